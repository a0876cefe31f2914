package vn.qms.stats.ingest;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.qms.stats.ingest.guard.Reasons;

/**
 * Step {@code loadSubmission}: reads and validates the file and, if it has no error,
 * stores its submissions and the problems listed for it (its warnings). Runs in the
 * step's transaction, so a file is stored entirely or not at all, with its verdict
 * ({@link IngestVerdicts}) for the next step.
 */
class LoadSubmissionTasklet implements Tasklet {

	/** The guard's verdict on a file that changed while it was looked at. */
	static final String CHANGING = "ingest." + Reasons.CHANGING;

	private final Supplier<SubmissionReader> reader;

	/** The default of {@code qms.ingest.bm04-max-error-rate}: 0.1 % of the rows. */
	static final double DEFAULT_MAX_ERROR_RATE = 0.001;

	private final SubmissionStore store;

	private final SubmissionProblems problems;

	private final BadRowTolerance tolerance;

	private final SubmissionLocks locks;

	private final BiPredicate<String, String> covers;

	/** The reader is made at run time, when the reference units are loaded. */
	LoadSubmissionTasklet(Supplier<SubmissionReader> reader, SubmissionStore store) {
		this(reader, store, DEFAULT_MAX_ERROR_RATE);
	}

	LoadSubmissionTasklet(Supplier<SubmissionReader> reader, SubmissionStore store, double maxErrorRate) {
		this(reader, store, maxErrorRate, SubmissionLocks.NONE);
	}

	/**
	 * @param maxErrorRate the share of rows a form that skips bad rows (BM04) may lose
	 * before the whole file is rejected
	 * @param locks the approved keys: a file for one is held, not stored
	 */
	LoadSubmissionTasklet(Supplier<SubmissionReader> reader, SubmissionStore store, double maxErrorRate,
			SubmissionLocks locks) {
		this(reader, store, maxErrorRate, locks, SenderUnit.ITSELF);
	}

	/**
	 * @param covers whether a unit covers another (a secretariat's account reports for
	 * the units its unit covers: {@link SenderUnit#covering})
	 */
	LoadSubmissionTasklet(Supplier<SubmissionReader> reader, SubmissionStore store, double maxErrorRate,
			SubmissionLocks locks, BiPredicate<String, String> covers) {
		this.covers = covers;
		this.reader = reader;
		this.locks = locks;
		this.store = store;
		this.problems = store.problems();
		this.tolerance = new BadRowTolerance(maxErrorRate);
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobExecution job = contribution.getStepExecution().getJobExecution();
		JobParameters parameters = job.getJobParameters();
		Path file = Path.of(parameters.getString("file"));
		String sha256 = parameters.getString("sha256");
		long jobInstanceId = job.getJobInstance().getId();
		if (this.store.storedByRunOf(sha256, jobInstanceId) && this.store.verdicts().find(jobInstanceId).isPresent()) {
			// run again after a crash that came after this step's commit: its verdict,
			// stored with the submission, stands (never a duplicate of itself)
			return RepeatStatus.FINISHED;
		}
		IngestVerdict verdict = load(file, sha256, job.getId(), SenderUnit.of(parameters));
		contribution.incrementWriteCount((verdict.outcome() == IngestVerdict.Outcome.ACCEPTED) ? verdict.rows() : 0);
		// in the step's transaction, with the submission it stored
		this.store.verdicts().save(jobInstanceId, ResultDocument.of(verdict, sha256).json());
		return RepeatStatus.FINISHED;
	}

	private IngestVerdict load(Path file, String sha256, long jobExecutionId, Optional<String> senderUnit) {
		List<SubmissionStore.Stored> stored = this.store.findBySha256(sha256);
		if (!stored.isEmpty()) {
			return storedBefore(file, stored, senderUnit);
		}
		FileReading reading = this.tolerance.apply(this.reader.get().read(file));
		Optional<Problem> changing = reading.problems()
			.stream()
			.filter((problem) -> CHANGING.equals(problem.messageKey()))
			.findFirst();
		if (changing.isPresent()) {
			// still being written: no verdict on its content yet
			return new IngestVerdict(file, IngestVerdict.Outcome.CHANGING, null, null, null, 0, List.of(changing.get()),
					null);
		}
		List<Submission> submissions = reading.submissions();
		String form = join(submissions, (submission) -> submission.form().code());
		String unit = join(submissions, (submission) -> submission.reportingUnit().code());
		String period = join(submissions, (submission) -> submission.period().code());
		int rows = submissions.stream().mapToInt(Submission::rowCount).sum();
		FileReading.Identity read = reading.rejectedAs();
		Optional<IngestVerdict> otherUnit = submissions.isEmpty() ? SenderUnit.check(file,
				(read != null) ? read.form() : null, (read != null) ? read.reportingUnit() : null,
				(read != null) ? read.period() : null, senderUnit, this.covers)
				: SenderUnit.check(file, form, unit, period, senderUnit, this.covers);
		if (otherUnit.isPresent()) {
			// before the lock: an approved key of another unit is none of the sender's
			// business
			return otherUnit.get();
		}
		Optional<SubmissionLocks.Lock> lock = lockOf(submissions, reading.rejectedAs());
		if (lock.isPresent()) {
			// its title block names an approved key: held whatever its rows hold, which
			// are judged again when it is applied
			FileReading.Identity identity = reading.rejectedAs();
			return submissions.isEmpty()
					? IngestVerdict.held(file, identity.form(), identity.reportingUnit(), identity.period(), rows,
							lock.get(), reading.problems())
					: IngestVerdict.held(file, form, unit, period, rows, lock.get(), reading.problems());
		}
		if (reading.hasErrors() || submissions.isEmpty()) {
			FileReading.Identity identity = reading.rejectedAs();
			if (submissions.isEmpty() && identity != null) {
				// refused before it made a submission, but its title block told what it
				// is
				return new IngestVerdict(file, IngestVerdict.Outcome.REJECTED, identity.form(),
						identity.reportingUnit(), identity.period(), rows, reading.problems(), null);
			}
			return new IngestVerdict(file, IngestVerdict.Outcome.REJECTED, form, unit, period, rows, reading.problems(),
					null);
		}
		// the same bytes may be stored by another run (another name, another process)
		// while this one read them: looked for again, in turn, in this transaction
		this.store.lockFile(sha256);
		stored = this.store.findBySha256(sha256);
		if (!stored.isEmpty()) {
			return storedBefore(file, stored, senderUnit);
		}
		Map<String, Long> bySheet = new HashMap<>();
		long first = 0;
		for (Submission submission : submissions) {
			long id = this.store.store(submission, reading.fileName(), sha256, reading.warningCount(), jobExecutionId);
			first = (first == 0) ? id : first;
			for (Submission.SheetRows sheet : submission.sheets()) {
				bySheet.put(sheet.sheet(), id);
			}
		}
		this.problems.store(first, bySheet, reading.problems());
		return new IngestVerdict(file, IngestVerdict.Outcome.ACCEPTED, form, unit, period, rows, reading.problems(),
				null);
	}

	/**
	 * The verdict on a file whose very bytes were stored before: a duplicate, unless they
	 * are of a unit its sender may not report for.
	 */
	private IngestVerdict storedBefore(Path file, List<SubmissionStore.Stored> stored, Optional<String> senderUnit) {
		Optional<IngestVerdict> otherUnit = SenderUnit.check(file, stored.get(0).form(),
				join(stored, SubmissionStore.Stored::reportingUnit), stored.get(0).period(), senderUnit, this.covers);
		if (otherUnit.isPresent()) {
			return otherUnit.get();
		}
		return IngestVerdict.duplicate(file, stored, this.problems
			.of(stored.stream().map(SubmissionStore.Stored::id).toList(), file.getFileName().toString()));
	}

	/**
	 * The lock of the first key of the file that is approved: the keys of its
	 * submissions, or, when it made none, what its title block told.
	 */
	private Optional<SubmissionLocks.Lock> lockOf(List<Submission> submissions, FileReading.Identity identity) {
		if (submissions.isEmpty()) {
			return (identity != null) ? this.locks.lockOf(identity.form(), identity.reportingUnit(), identity.period())
					: Optional.empty();
		}
		for (Submission submission : submissions) {
			Optional<SubmissionLocks.Lock> lock = this.locks.lockOf(submission.form().code(),
					submission.reportingUnit().code(), submission.period().code());
			if (lock.isPresent()) {
				return lock;
			}
		}
		return Optional.empty();
	}

	private static <T> String join(List<T> items, Function<T, String> part) {
		return items.isEmpty() ? null : String.join(", ", items.stream().map(part).distinct().toList());
	}

}
