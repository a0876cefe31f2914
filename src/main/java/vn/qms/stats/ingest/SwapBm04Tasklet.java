package vn.qms.stats.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.ingest.bulk.Bm04Swap;
import vn.qms.stats.ingest.bulk.Bm04Tally;
import vn.qms.stats.reference.calendar.WorkingCalendar;

/**
 * Step {@code swapBm04}, in one transaction: finds the duplicate dossier codes, applies
 * the bad-row tolerance, and if the file passes stores its submission and the problems
 * listed for it, moves the staged rows into {@code bm04_row} and makes it current (as
 * {@link SubmissionStore} does for the other forms); then drops the staging. Hands the
 * verdict on like {@code loadSubmission}.
 */
public final class SwapBm04Tasklet implements Tasklet {

	private final DataSource dataSource;

	private final SubmissionStore store;

	private final BadRowTolerance tolerance;

	private final Bm04Tally tally;

	private final SubmissionLocks locks;

	private final WorkingCalendar calendar;

	public SwapBm04Tasklet(DataSource dataSource, double maxErrorRate, Bm04Tally tally) {
		this(dataSource, maxErrorRate, tally, SubmissionLocks.NONE);
	}

	public SwapBm04Tasklet(DataSource dataSource, double maxErrorRate, Bm04Tally tally, SubmissionLocks locks) {
		this(dataSource, maxErrorRate, tally, locks, WorkingCalendar.standard());
	}

	/**
	 * @param tally the log's summary as the load counted it (the job execution's),
	 * written with the submission
	 * @param locks the approved keys, asked again in the swap's transaction: a log whose
	 * key was approved while it was loaded is held, not stored
	 * @param calendar the working-day calendar the load counted with: its years are named
	 * in the warning of dossiers outside them ({@link OutsideCalendar})
	 */
	public SwapBm04Tasklet(DataSource dataSource, double maxErrorRate, Bm04Tally tally, SubmissionLocks locks,
			WorkingCalendar calendar) {
		this.calendar = calendar;
		this.dataSource = dataSource;
		this.locks = locks;
		this.store = new SubmissionStore(new JdbcTemplate(dataSource));
		this.tolerance = new BadRowTolerance(maxErrorRate);
		this.tally = tally;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobExecution job = contribution.getStepExecution().getJobExecution();
		Path file = Path.of(job.getJobParameters().getString("file"));
		String sha256 = job.getJobParameters().getString("sha256");
		IngestVerdicts verdicts = this.store.verdicts();
		long jobInstanceId = job.getJobInstance().getId();
		if (this.store.storedByRunOf(sha256, jobInstanceId) && verdicts.find(jobInstanceId).isPresent()) {
			// run again after a crash that came after this step's commit: its verdict
			// stands (the staging went with the same commit)
			return RepeatStatus.FINISHED;
		}
		Bm04Route.Bm04Context context = Bm04Route.Bm04Context.from(verdicts, jobInstanceId);
		Bm04Swap swap = new Bm04Swap(this.dataSource, jobInstanceId);
		IngestVerdict verdict = swap(swap, file, sha256, context, job.getId());
		swap.clean();
		if (verdict.outcome() == IngestVerdict.Outcome.ACCEPTED) {
			contribution.incrementWriteCount(verdict.rows());
		}
		// in the step's transaction, with the submission it made
		verdicts.save(jobInstanceId, ResultDocument.of(verdict, sha256).json());
		return RepeatStatus.FINISHED;
	}

	private IngestVerdict swap(Bm04Swap swap, Path file, String sha256, Bm04Route.Bm04Context context,
			long jobExecutionId) {
		// in turn with any other run of the same bytes (another name, another process),
		// and looked for once the turn is this run's, in the transaction that stores it
		this.store.lockFile(sha256);
		List<SubmissionStore.Stored> stored = this.store.findBySha256(sha256);
		if (!stored.isEmpty()) {
			return IngestVerdict.duplicate(file, stored, this.store.problems()
				.of(stored.stream().map(SubmissionStore.Stored::id).toList(), file.getFileName().toString()));
		}
		String name = file.getFileName().toString();
		int duplicates = swap.findDuplicates();
		int staged = swap.staged(this.tally);
		int bad = swap.badRows() + duplicates;
		int total = staged + swap.badRows();
		Optional<Bm04Swap.Recorded> damage = swap.damage();
		boolean accepted = damage.isEmpty() && this.tolerance.tolerates(bad, total);
		List<Problem> problems = new ArrayList<>(context.warnings());
		swap.outsideCalendar(this.tally)
			.ifPresent((outside) -> problems
				.add(OutsideCalendar.warning(outside.dossiers(), outside.firstRow(), this.calendar)
					.inFile(name)
					.inSheet(context.sheet())));
		// rows that look like data below the end of the data: said, as the generic path
		// says them
		swap.notRead()
			.ifPresent((notRead) -> problems.add(Problem.warning(notRead.messageKey(), notRead.arguments().toArray())
				.inFile(name)
				.inSheet(context.sheet())
				.atRow(notRead.row())));
		if (damage.isPresent()) {
			// the rest of the sheet is unknown: no rate of bad rows to give
			problems.addAll(0, Bm04Problems.of(List.of(damage.get()), List.of(), context, name, false));
		}
		else if (bad > 0) {
			problems.add(0, this.tolerance.summary(bad, total, "BM04").inFile(name));
		}
		problems.addAll(Bm04Problems.of(swap.problems(), swap.duplicates(), context, name, accepted));
		if (!accepted) {
			return new IngestVerdict(file, IngestVerdict.Outcome.REJECTED, "BM04", context.reportingUnit(),
					context.period(), total, problems, null);
		}
		int rows = staged - duplicates;
		Optional<SubmissionLocks.Lock> lock = this.locks.lockOf("BM04", context.reportingUnit(), context.period());
		if (lock.isPresent()) {
			return IngestVerdict.held(file, "BM04", context.reportingUnit(), context.period(), rows, lock.get(),
					problems);
		}
		SubmissionStore.Key key = new SubmissionStore.Key("BM04", context.reportingUnit(), context.period());
		int warnings = (int) problems.stream().filter((problem) -> !problem.isError()).count();
		long id = this.store.insertSubmission(key, name, sha256, rows, warnings, jobExecutionId);
		swap.leaveOutDuplicates(this.tally);
		swap.moveTo(id);
		swap.writeSummary(this.tally, id);
		swap.analyze(id, this.tally);
		this.store.makeCurrent(id, key);
		this.store.problems().store(id, Map.of(), problems);
		return new IngestVerdict(file, IngestVerdict.Outcome.ACCEPTED, "BM04", context.reportingUnit(),
				context.period(), rows, problems, null);
	}

}
