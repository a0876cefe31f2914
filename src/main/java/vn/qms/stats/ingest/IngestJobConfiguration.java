package vn.qms.stats.ingest;

import java.time.Clock;
import java.util.function.BiPredicate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import vn.qms.stats.account.UnitAccess;
import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.ingest.guard.GuardLimits;
import vn.qms.stats.ingest.worker.ParseWorkers;
import vn.qms.stats.ingest.worker.WorkerSettings;
import vn.qms.stats.reference.ReferenceUnits;
import vn.qms.stats.reference.Succession;
import vn.qms.stats.reference.calendar.WorkingCalendar;
import vn.qms.stats.system.GuardProperties;
import vn.qms.stats.system.IngestProperties;

/**
 * {@code ingestJob}: one file per run, identified by its path, its SHA-256 and an attempt
 * number (so that the same file dropped again runs again).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ GuardProperties.class, IngestProperties.class })
public class IngestJobConfiguration {

	static final String JOB_NAME = "ingestJob";

	/**
	 * The parsing workers every untrusted file is opened in: the guard, the readers, the
	 * BM04 stream and the annotated copy.
	 */
	@Bean(destroyMethod = "close")
	ParseWorkers parseWorkers(GuardProperties guard, IngestProperties ingest) {
		return workers(guard, ingest);
	}

	/** Parsing workers with the configured limits, heap and pool. */
	public static ParseWorkers workers(GuardProperties guard, IngestProperties ingest) {
		return new ParseWorkers(new WorkerSettings(ingest.workerHeapMb(), ingest.workers(), limits(guard)));
	}

	@Bean
	Job ingestJob(JobRepository jobRepository, Step loadSubmission, Step loadBm04, Step swapBm04, Step fileOutcome,
			ObjectProvider<ReferenceUnits> referenceUnits, ObjectProvider<Succession> succession, JdbcTemplate jdbc,
			ParseWorkers workers, ObjectProvider<SubmissionLocks> locks) {
		DefaultJobParametersValidator parameters = new DefaultJobParametersValidator(new String[] { "file", "sha256" },
				new String[] { "attempt", "keep", SenderUnit.PARAMETER, Ingestor.OWNER });
		Bm04Route route = new Bm04Route(referenceUnits::getObject, new SubmissionStore(jdbc), workers, locks(locks),
				covers(referenceUnits, succession));
		return new JobBuilder(JOB_NAME, jobRepository).validator(parameters)
			.start(route)
			.on(Bm04Route.BM04)
			.to(loadBm04)
			.next(swapBm04)
			.next(fileOutcome)
			.from(route)
			.on(Bm04Route.SUBMISSION)
			.to(loadSubmission)
			.next(fileOutcome)
			.from(route)
			.on(Bm04Route.HELD)
			.to(fileOutcome)
			.from(route)
			.on(Bm04Route.JUDGED)
			.to(fileOutcome)
			.end()
			.build();
	}

	// step 0: route a BM04 workbook to the streaming path (ingest/bulk: loadBm04,
	// swapBm04), or, for an approved key or another unit than the sender's, straight to
	// fileOutcome (held or rejected)

	/** The approved keys, if the approval feature is in the context. */
	public static SubmissionLocks locks(ObjectProvider<SubmissionLocks> locks) {
		return locks.getIfAvailable(() -> SubmissionLocks.NONE);
	}

	// step 1: read, validate and store, all or nothing; rows held in memory up to
	// qms.ingest.max-rows-in-memory, problems listed up to qms.ingest.max-problems

	@Bean
	Step loadSubmission(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ObjectProvider<ReferenceUnits> referenceUnits, ObjectProvider<Succession> succession, JdbcTemplate jdbc,
			ParseWorkers workers, IngestProperties ingest, ObjectProvider<SubmissionLocks> locks,
			WorkingCalendar calendar) {
		return new StepBuilder("loadSubmission", jobRepository)
			.tasklet(new LoadSubmissionTasklet(
					() -> new SubmissionReader(referenceUnits.getObject(), Forms.all(), workers,
							ingest.maxRowsInMemory(), ingest.maxProblems(), Clock.systemDefaultZone(), calendar),
					new SubmissionStore(jdbc), ingest.bm04MaxErrorRate(), locks(locks),
					covers(referenceUnits, succession)), transactionManager)
			.build();
	}

	/**
	 * Whether a unit covers another as the console's access has it ({@link UnitAccess}):
	 * what a secretariat's account may send files for.
	 */
	private static BiPredicate<String, String> covers(ObjectProvider<ReferenceUnits> referenceUnits,
			ObjectProvider<Succession> succession) {
		return (ancestor, unit) -> new UnitAccess(referenceUnits.getObject(), succession.getObject()).covers(ancestor,
				unit);
	}

	/**
	 * The guard's limits as configured: {@code ingest} and {@code inspect} share them.
	 */
	public static GuardLimits limits(GuardProperties guard) {
		return GuardLimits.ofMegabytes(guard.maxFileMb(), guard.maxXlsxFileMb(), guard.maxXlsxUnpackedMb());
	}

	// step 2: move the file (to processed/, rejected/ or held/) and write its result
	// files

	@Bean
	Step fileOutcome(JobRepository jobRepository, PlatformTransactionManager transactionManager, ParseWorkers workers,
			IngestVerdicts verdicts, JdbcTemplate jdbc) {
		return new StepBuilder("fileOutcome", jobRepository)
			.tasklet(new FileOutcomeTasklet(workers, workers::sha256, verdicts, new HeldFileRecords(jdbc)),
					transactionManager)
			.build();
	}

}
