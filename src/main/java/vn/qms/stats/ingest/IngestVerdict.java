package vn.qms.stats.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import vn.qms.stats.system.text.OneLine;

/**
 * What became of one file: the answer of {@link Ingestor}, printed by the command line as
 * one line per file.
 *
 * @param file the file as given (absolute)
 * @param outcome accepted, duplicate, rejected, held (for an approved, locked key: moved
 * to {@code held/}, nothing stored), failed (a system error: the file stays in place for
 * a restart), or changing (still being written: the file stays in place)
 * @param form form code(s) of the submission(s), or null
 * @param reportingUnit reporting unit code(s), or null
 * @param period period code(s) ({@code 2020}, {@code 2026-Q3}), or null
 * @param rows data rows read (stored, when accepted)
 * @param problems every error and warning, or, when reading stopped at the problem limit,
 * the error saying where and the problems listed before it
 * @param movedTo where the file now is ({@code processed/}, {@code rejected/} or
 * {@code held/}), or null when kept in place
 * @param earlier for a duplicate, the ingest of the same file it repeats (whose problems
 * it lists again), else null
 */
public record IngestVerdict(Path file, Outcome outcome, String form, String reportingUnit, String period, int rows,
		List<Problem> problems, Path movedTo, Earlier earlier) {

	/** The outcome of one file. */
	public enum Outcome {

		ACCEPTED, DUPLICATE, REJECTED, FAILED,

		/**
		 * For a key (form, unit, period) that is approved and locked: nothing stored, the
		 * file moved to {@code held/}, to be applied after a withdrawal.
		 */
		HELD,

		/**
		 * Still being written or copied: left in place, unread, to be ingested once
		 * complete (no result files).
		 */
		CHANGING

	}

	public IngestVerdict {
		problems = (problems != null) ? List.copyOf(problems) : List.of();
	}

	/** A verdict of a file's own ingest (no duplicate). */
	public IngestVerdict(Path file, Outcome outcome, String form, String reportingUnit, String period, int rows,
			List<Problem> problems, Path movedTo) {
		this(file, outcome, form, reportingUnit, period, rows, problems, movedTo, null);
	}

	/**
	 * The ingest of the very same file (same SHA-256) that a duplicate repeats.
	 *
	 * @param receivedAt when it was stored
	 * @param fileName the name the file had then; null where it is not told (the
	 * console's reader may not see that file: {@link #withoutFileName()})
	 * @param submissions the submissions it was stored as
	 */
	public record Earlier(LocalDateTime receivedAt, String fileName, List<Submitted> submissions) {

		private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

		public Earlier {
			submissions = List.copyOf(submissions);
		}

		/**
		 * One submission stored from it.
		 *
		 * @param id its number
		 * @param form the form
		 * @param reportingUnit the reporting unit
		 * @param period the period code
		 * @param replacedBy the submission that has replaced it since, or null while it
		 * is the current one
		 */
		public record Submitted(long id, String form, String reportingUnit, String period, Long replacedBy) {
		}

		/**
		 * The same without the earlier file's name: a file with the same content was
		 * ingested, when and as which submissions.
		 */
		public Earlier withoutFileName() {
			return new Earlier(this.receivedAt, null, this.submissions);
		}

		/** When and as which submissions, in Vietnamese ({@code vi}) or English. */
		public String describe(Locale locale) {
			List<String> stored = this.submissions.stream()
				.map((each) -> (each.replacedBy() == null)
						? ProblemMessages.text(locale, "ingest.duplicate.submission", String.valueOf(each.id()),
								each.form(), each.reportingUnit(), each.period())
						: ProblemMessages.text(locale, "ingest.duplicate.submission.replaced",
								String.valueOf(each.id()), each.form(), each.reportingUnit(), each.period(),
								String.valueOf(each.replacedBy())))
				.toList();
			if (this.fileName == null) {
				return ProblemMessages.text(locale, "ingest.duplicate.of.unnamed", when(this.receivedAt),
						String.join(", ", stored));
			}
			return ProblemMessages.text(locale, "ingest.duplicate.of", when(this.receivedAt), this.fileName,
					String.join(", ", stored));
		}

		/** A time as verdicts show it ({@code 06/12/2026 16:26}). */
		static String when(LocalDateTime time) {
			return time.format(WHEN);
		}

	}

	static IngestVerdict rejected(Path file, Problem problem) {
		return new IngestVerdict(file, Outcome.REJECTED, null, null, null, 0, List.of(problem), null);
	}

	/**
	 * A file that kept changing while {@code ingest} waited for it: left in place,
	 * unread.
	 */
	static IngestVerdict changing(Path file, Duration waited) {
		Problem problem = Problem.error("ingest.file.changing", waited.toSeconds())
			.inFile(file.getFileName().toString());
		return new IngestVerdict(file, Outcome.CHANGING, null, null, null, 0, List.of(problem), null);
	}

	/**
	 * A file for a locked key: the lock's problem first, then whatever reading found
	 * (none for a dossier log held on its title block); nothing stored.
	 */
	static IngestVerdict held(Path file, String form, String reportingUnit, String period, int rows,
			SubmissionLocks.Lock lock, List<Problem> found) {
		List<Problem> problems = new ArrayList<>();
		problems.add(lock.problem(file.getFileName().toString()));
		problems.addAll(found);
		return new IngestVerdict(file, Outcome.HELD, form, reportingUnit, period, rows, problems, null);
	}

	public static IngestVerdict failed(Path file, String reason) {
		return failed(file, Problem.error("ingest.job.failed", reason));
	}

	/** A file that could not be read now, for the reason a problem gives. */
	static IngestVerdict failed(Path file, Problem problem) {
		return new IngestVerdict(file, Outcome.FAILED, null, null, null, 0,
				List.of(problem.inFile(file.getFileName().toString())), null);
	}

	/**
	 * The verdict on the very same file as stored submissions: nothing changes, and the
	 * problems of its first ingest are listed again.
	 */
	static IngestVerdict duplicate(Path file, List<SubmissionStore.Stored> stored, List<Problem> problems) {
		SubmissionStore.Stored first = stored.get(0);
		Earlier earlier = new Earlier(first.receivedAt(), first.fileName(),
				stored.stream()
					.map((each) -> new Earlier.Submitted(each.id(), each.form(), each.reportingUnit(), each.period(),
							each.replacedBy()))
					.toList());
		return new IngestVerdict(file, Outcome.DUPLICATE, join(stored, SubmissionStore.Stored::form),
				join(stored, SubmissionStore.Stored::reportingUnit), join(stored, SubmissionStore.Stored::period),
				stored.stream().mapToInt(SubmissionStore.Stored::rows).sum(), problems, null, earlier);
	}

	private static <T> String join(List<T> items, Function<T, String> part) {
		return String.join(", ", items.stream().map(part).distinct().toList());
	}

	IngestVerdict movedTo(Path target) {
		return new IngestVerdict(this.file, this.outcome, this.form, this.reportingUnit, this.period, this.rows,
				this.problems, target, this.earlier);
	}

	/** The same verdict with one more problem, listed last. */
	IngestVerdict noting(Problem problem) {
		List<Problem> noted = new ArrayList<>(this.problems);
		noted.add(problem);
		return new IngestVerdict(this.file, this.outcome, this.form, this.reportingUnit, this.period, this.rows, noted,
				this.movedTo, this.earlier);
	}

	public long errorCount() {
		return this.problems.stream().filter(Problem::isError).count();
	}

	public long warningCount() {
		return this.problems.size() - errorCount();
	}

	/**
	 * One line for the command line and logs: outcome, file, submission, counts, where
	 * the file went (its whole path), when a duplicate was first ingested, and the first
	 * error; control characters of names and values {@link OneLine escaped}.
	 */
	public String line(Locale locale) {
		return line(locale, (this.movedTo != null) ? this.movedTo.toString() : null);
	}

	/**
	 * The same line for the result file, which the console hands to whoever sent the
	 * file: where it went by its folder and name ({@code rejected/x.csv}), never the
	 * server's path.
	 */
	String resultLine(Locale locale) {
		return line(locale, (this.movedTo != null) ? folderAndName(this.movedTo) : null);
	}

	private static String folderAndName(Path file) {
		Path folder = file.getParent();
		return (folder != null && folder.getFileName() != null) ? folder.getFileName() + "/" + file.getFileName()
				: String.valueOf(file.getFileName());
	}

	private String line(Locale locale, String place) {
		StringBuilder line = new StringBuilder();
		line.append(ProblemMessages.text(locale, "ingest.verdict." + this.outcome.name().toLowerCase(Locale.ROOT)));
		line.append(" ").append(this.file.getFileName());
		if (this.form != null) {
			line.append(" ").append(this.form).append(" ").append(this.reportingUnit).append(" ").append(this.period);
		}
		line.append(": ").append(ProblemMessages.text(locale, "ingest.verdict.rows", String.valueOf(this.rows)));
		line.append(", ").append(ProblemMessages.text(locale, "ingest.verdict.errors", String.valueOf(errorCount())));
		line.append(", ")
			.append(ProblemMessages.text(locale, "ingest.verdict.warnings", String.valueOf(warningCount())));
		if (place != null) {
			line.append(" -> ").append(place);
		}
		if (this.earlier != null) {
			line.append(" | ").append(this.earlier.describe(locale));
		}
		this.problems.stream()
			.filter(Problem::isError)
			.findFirst()
			.ifPresent((problem) -> line.append(" | ").append(problem.describe(locale)));
		// names and values come from the file: one verdict is one line
		return OneLine.escape(line.toString());
	}

}
