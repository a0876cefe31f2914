package vn.qms.stats.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What became of one file: the answer of {@link Ingestor}, printed by the command line as
 * one line per file.
 *
 * @param file the file as given (absolute)
 * @param outcome accepted, duplicate, rejected, or failed (a system error: the file stays
 * in place for a restart)
 * @param form form code(s) of the submission(s), or null
 * @param reportingUnit reporting unit code(s), or null
 * @param period period code(s) ({@code 2020}, {@code 2026-Q3}), or null
 * @param rows data rows read (stored, when accepted)
 * @param problems every error and warning, or, when reading stopped at the problem limit,
 * the error saying where and the problems listed before it
 * @param movedTo where the file now is ({@code processed/} or {@code rejected/}), or null
 * when kept in place
 */
public record IngestVerdict(Path file, Outcome outcome, String form, String reportingUnit, String period, int rows,
		List<Problem> problems, Path movedTo) {

	/** The outcome of one file. */
	public enum Outcome {

		ACCEPTED, DUPLICATE, REJECTED, FAILED

	}

	public IngestVerdict {
		problems = (problems != null) ? List.copyOf(problems) : List.of();
	}

	static IngestVerdict rejected(Path file, Problem problem) {
		return new IngestVerdict(file, Outcome.REJECTED, null, null, null, 0, List.of(problem), null);
	}

	static IngestVerdict failed(Path file, String reason) {
		Problem problem = Problem.error("ingest.job.failed", reason).inFile(file.getFileName().toString());
		return new IngestVerdict(file, Outcome.FAILED, null, null, null, 0, List.of(problem), null);
	}

	IngestVerdict movedTo(Path target) {
		return new IngestVerdict(this.file, this.outcome, this.form, this.reportingUnit, this.period, this.rows,
				this.problems, target);
	}

	public long errorCount() {
		return this.problems.stream().filter(Problem::isError).count();
	}

	public long warningCount() {
		return this.problems.size() - errorCount();
	}

	/**
	 * One line for the command line: outcome, file, submission, counts, where the file
	 * went, and the first error of a rejected file.
	 */
	public String line(Locale locale) {
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
		if (this.movedTo != null) {
			line.append(" -> ").append(this.movedTo);
		}
		this.problems.stream()
			.filter(Problem::isError)
			.findFirst()
			.ifPresent((problem) -> line.append(" | ").append(problem.describe(locale)));
		return line.toString();
	}

}
