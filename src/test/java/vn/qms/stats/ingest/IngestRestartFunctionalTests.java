package vn.qms.stats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.bench.Bm04Generator;
import vn.qms.stats.ingest.IngestVerdict.Outcome;
import vn.qms.stats.metrics.Figure;
import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.metrics.FigureService;
import vn.qms.stats.system.JobHistory;
import vn.qms.stats.system.TestDatabase;
import vn.qms.stats.system.io.FileHash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static vn.qms.stats.ingest.IngestFunctionalTests.count;
import static vn.qms.stats.ingest.IngestFunctionalTests.national;

/**
 * {@code ingestJob} made to fail on purpose, then restarted, in the manner of Spring
 * Batch's {@code RestartFunctionalTests}. Faults come from outside the code: a check
 * constraint that refuses the current-submission row (the store fails after the
 * submission and its rows were written), a file where {@code processed/} should be, and a
 * folder where a result file should be (the move is done, the step fails after it).
 */
class IngestRestartFunctionalTests {

	private static final FigureScope VN_2020 = new FigureScope("VN", "2020", LocalDate.of(2020, 1, 1),
			LocalDate.of(2020, 12, 31));

	private static final String FAULT = "fault_injected";

	@TempDir
	Path work;

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldStoreNothingWhenTheStoreFailsAndTheSameFiguresAfterRestart(String kind) throws Exception {
		try (TestDatabase uninterrupted = TestDatabase.of(kind); TestDatabase database = TestDatabase.of(kind)) {
			// given
			List<Figure> expected = figuresOfAnUninterruptedRun(uninterrupted);
			ConfigurableApplicationContext context = database.start();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			Path input = Files.createDirectories(this.work.resolve("input"));
			Path file = national(input.resolve("national.xlsx"), 20);
			jdbc.execute("alter table submission_current add constraint " + FAULT + " check (period <> '2020')");
			// when
			IngestVerdict failed = context.getBean(Ingestor.class).ingest(file, false);
			// then
			assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
			assertThat(count(jdbc, "submission")).isZero();
			assertThat(count(jdbc, "bm02_row")).isZero();
			assertThat(count(jdbc, "submission_current")).isZero();
			assertThat(file).isRegularFile();
			assertThat(input.resolve("processed")).doesNotExist();
			// when
			jdbc.execute("alter table submission_current drop constraint " + FAULT);
			BatchStatus restarted = restartLastFailed(context);
			// then
			assertThat(restarted).isEqualTo(BatchStatus.COMPLETED);
			assertThat(context.getBean(FigureService.class).figures(VN_2020)).isEqualTo(expected);
			assertThat(count(jdbc, "submission")).isEqualTo(1);
			assertThat(count(jdbc, "bm02_row")).isEqualTo(85);
			assertThat(workbooksIn(input)).isEmpty();
			assertThat(workbooksIn(input.resolve("processed"))).containsExactly("national.xlsx");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldNotStoreTwiceWhenTheFileCouldNotBeMovedAfterTheStore(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given: a file where the processed/ folder should be
			ConfigurableApplicationContext context = database.start();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			Ingestor ingestor = context.getBean(Ingestor.class);
			Path input = Files.createDirectories(this.work.resolve("input"));
			Path file = national(input.resolve("national.xlsx"), 20);
			Path blocker = Files.writeString(input.resolve("processed"), "not a folder");
			// when
			IngestVerdict failed = ingestor.ingest(file, false);
			// then: stored and committed by step 1, the file still in place
			assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
			assertThat(count(jdbc, "submission")).isEqualTo(1);
			assertThat(count(jdbc, "submission_current")).isEqualTo(1);
			assertThat(file).isRegularFile();
			List<Figure> committed = context.getBean(FigureService.class).figures(VN_2020);
			// when: ingested again, which restarts the failed run
			Files.delete(blocker);
			IngestVerdict again = ingestor.ingest(file, false);
			// then
			assertThat(again.outcome()).isEqualTo(Outcome.ACCEPTED);
			assertThat(again.movedTo()).isEqualTo(input.resolve("processed").resolve("national.xlsx"));
			assertThat(count(jdbc, "submission")).isEqualTo(1);
			assertThat(count(jdbc, "bm02_row")).isEqualTo(85);
			assertThat(context.getBean(FigureService.class).figures(VN_2020)).isEqualTo(committed);
			assertThat(workbooksIn(input)).isEmpty();
			assertThat(workbooksIn(input.resolve("processed"))).containsExactly("national.xlsx");
			assertThat(context.getBean(JobHistory.class).runs(false, 10)).hasSize(2);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldReportTheVerdictItHadWhenRestartedAfterACrashBetweenTheStoreAndTheMove(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given: stored by step 1, then the process was killed before the step's end
			// was recorded, so the restart runs step 1 again
			ConfigurableApplicationContext context = database.start();
			Path input = Files.createDirectories(this.work.resolve("input"));
			Path file = national(input.resolve("national.xlsx"), 20);
			IngestVerdict verdict = crashedAfterTheStore(context, file, "loadSubmission");
			// then: the verdict of step 1, not a duplicate of its own submission
			assertThat(verdict.outcome()).isEqualTo(Outcome.ACCEPTED);
			assertStoredOnceAndAccepted(context, input, "national.xlsx");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldReportTheVerdictItHadWhenRestartedAfterACrashBetweenTheSwapAndTheMove(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given: a dossier log stored by the swap, then the process was killed before
			// the step's end was recorded
			ConfigurableApplicationContext context = database.start();
			Path input = Files.createDirectories(this.work.resolve("input"));
			Path file = new Bm04Generator(3_000, 0.0, 2, 30, 11).write(input.resolve("bm04.xlsx"));
			IngestVerdict verdict = crashedAfterTheStore(context, file, "swapBm04");
			// then
			assertThat(verdict.outcome()).isEqualTo(Outcome.ACCEPTED);
			assertStoredOnceAndAccepted(context, input, "bm04.xlsx");
			assertThat(count(context.getBean(JdbcTemplate.class), "bm04_row")).isEqualTo(verdict.rows());
		}
	}

	/**
	 * Ingests a file whose move fails (a file where {@code processed/} should be), marks
	 * the step that stored it failed, as a process killed after that step's commit leaves
	 * it once a restarted instance has marked its run failed, and ingests it again, which
	 * restarts the run.
	 */
	private static IngestVerdict crashedAfterTheStore(ConfigurableApplicationContext context, Path file,
			String storingStep) throws Exception {
		Path blocker = Files.writeString(file.resolveSibling("processed"), "not a folder");
		Ingestor ingestor = context.getBean(Ingestor.class);
		assertThat(ingestor.ingest(file, false).outcome()).isEqualTo(Outcome.FAILED);
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		assertThat(count(jdbc, "submission")).isOne();
		assertThat(jdbc.update("update batch_step_execution set status = 'FAILED', exit_code = 'FAILED' "
				+ "where step_name = ? and status = 'COMPLETED'", storingStep))
			.isOne();
		Files.delete(blocker);
		return ingestor.ingest(file, false);
	}

	private static void assertStoredOnceAndAccepted(ConfigurableApplicationContext context, Path input, String name)
			throws Exception {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		assertThat(count(jdbc, "submission")).isOne();
		assertThat(jdbc.queryForList("select document from ingest_verdict where kind = 'verdict'", String.class))
			.singleElement(STRING)
			.contains("\"outcome\" : \"ACCEPTED\"")
			.doesNotContain("DUPLICATE");
		Path processed = input.resolve("processed");
		assertThat(workbooksIn(processed)).containsExactly(name);
		assertThat(processed.resolve(name + ".result.txt")).content()
			.contains("ĐÃ NHẬN", "ACCEPTED")
			.doesNotContain("TRÙNG LẶP", "DUPLICATE", "Đã nhập lần đầu");
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldFinishAfterACrashThatLostTheJobContextOfAStoredFile(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given: stored by step 1, not moved, and the process died before the job's
			// context was saved
			ConfigurableApplicationContext context = database.start();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			Ingestor ingestor = context.getBean(Ingestor.class);
			Path input = Files.createDirectories(this.work.resolve("input"));
			Path file = national(input.resolve("national.xlsx"), 20);
			Path blocker = Files.writeString(input.resolve("processed"), "not a folder");
			assertThat(ingestor.ingest(file, false).outcome()).isEqualTo(Outcome.FAILED);
			JobRepository jobs = context.getBean(JobRepository.class);
			long failed = context.getBean(JobHistory.class).runs(true, 1).get(0).id();
			JobExecution execution = jobs.getJobExecution(failed);
			execution.getExecutionContext()
				.entrySet()
				.stream()
				.map(java.util.Map.Entry::getKey)
				.toList()
				.forEach(execution.getExecutionContext()::remove);
			jobs.updateExecutionContext(execution);
			// when
			Files.delete(blocker);
			IngestVerdict again = ingestor.ingest(file, false);
			// then: the verdict of step 1 was found where it stored it, with the
			// submission
			assertThat(again.outcome()).isEqualTo(Outcome.ACCEPTED);
			assertThat(count(jdbc, "submission")).isEqualTo(1);
			assertThat(workbooksIn(input.resolve("processed"))).containsExactly("national.xlsx");
		}
	}

	@Test
	void shouldIngestAFileWhoseJobInstanceACrashLeftWithoutAnyRun() throws Exception {
		try (TestDatabase database = TestDatabase.h2()) {
			// given: the instance of attempt 1 was created, then the process died before
			// its first run
			ConfigurableApplicationContext context = database.start();
			Path input = Files.createDirectories(this.work.resolve("input"));
			Path file = national(input.resolve("national.xlsx"), 20);
			context.getBean(JobRepository.class).createJobInstance(IngestJobConfiguration.JOB_NAME, firstAttempt(file));
			// when
			IngestVerdict verdict = context.getBean(Ingestor.class).ingest(file, false);
			// then
			assertThat(verdict.outcome()).isEqualTo(Outcome.ACCEPTED);
			assertThat(workbooksIn(input.resolve("processed"))).containsExactly("national.xlsx");
		}
	}

	@Test
	void shouldNameTheRunToRecoverWhenADeadProcessLeftItMarkedRunning() throws Exception {
		try (TestDatabase database = TestDatabase.h2()) {
			// given: a run of attempt 1 started, then its process was killed: still
			// STARTED
			ConfigurableApplicationContext context = database.start();
			Path input = Files.createDirectories(this.work.resolve("input"));
			Path file = national(input.resolve("national.xlsx"), 20);
			JobRepository jobs = context.getBean(JobRepository.class);
			JobParameters parameters = firstAttempt(file);
			JobInstance instance = jobs.createJobInstance(IngestJobConfiguration.JOB_NAME, parameters);
			JobExecution running = jobs.createJobExecution(instance, parameters, new ExecutionContext());
			running.setStatus(BatchStatus.STARTED);
			running.setStartTime(LocalDateTime.now());
			jobs.update(running);
			// when
			IngestVerdict verdict = context.getBean(Ingestor.class).ingest(file, false);
			// then the verdict says which run to recover, in both languages, and the file
			// stays
			assertThat(verdict.outcome()).isEqualTo(Outcome.FAILED);
			assertThat(verdict.line(Locale.ENGLISH)).contains("job execution " + running.getId(),
					"jobs recover " + running.getId());
			assertThat(verdict.line(Locale.forLanguageTag("vi"))).contains("jobs recover " + running.getId());
			assertThat(file).isRegularFile();
		}
	}

	@Test
	void shouldGiveAFileThatKeepsFailingAFreshRunAfterThreeFailuresWithoutCountingItTwice() throws Exception {
		try (TestDatabase database = TestDatabase.h2()) {
			// given: a file that cannot be moved, ingested three times
			ConfigurableApplicationContext context = database.start();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			Ingestor ingestor = context.getBean(Ingestor.class);
			Path input = Files.createDirectories(this.work.resolve("input"));
			Path file = national(input.resolve("national.xlsx"), 20);
			Path blocker = Files.writeString(input.resolve("processed"), "not a folder");
			for (int i = 0; i < 3; i++) {
				assertThat(ingestor.ingest(file, false).outcome()).isEqualTo(Outcome.FAILED);
			}
			// when: the fourth try is a fresh run, and the fifth comes after the cause is
			// fixed
			assertThat(ingestor.ingest(file, false).outcome()).isEqualTo(Outcome.FAILED);
			Files.delete(blocker);
			IngestVerdict fixed = ingestor.ingest(file, false);
			// then: the data was stored once, and the file is processed once
			assertThat(jdbc.queryForObject("select count(distinct job_instance_id) from batch_job_execution",
					Integer.class))
				.isEqualTo(2);
			assertThat(fixed.outcome()).isIn(Outcome.ACCEPTED, Outcome.DUPLICATE);
			assertThat(count(jdbc, "submission")).isEqualTo(1);
			assertThat(count(jdbc, "bm02_row")).isEqualTo(85);
			assertThat(workbooksIn(input.resolve("processed"))).containsExactly("national.xlsx");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldFinishAMoveThatAnInterruptedRunStartedWhenRestarted(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given: a folder where the result file should be, so the step fails after
			// the move
			ConfigurableApplicationContext context = database.start();
			Path input = Files.createDirectories(this.work.resolve("input"));
			Path file = national(input.resolve("national.xlsx"), 20);
			Path processed = input.resolve("processed");
			Path blocker = Files.createDirectories(processed.resolve("national.xlsx.result.json").resolve("x"));
			// when
			IngestVerdict failed = context.getBean(Ingestor.class).ingest(file, false);
			// then
			assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
			assertThat(file).doesNotExist();
			assertThat(processed.resolve("national.xlsx")).isRegularFile();
			// when
			Files.delete(blocker);
			Files.delete(blocker.getParent());
			BatchStatus restarted = restartLastFailed(context);
			// then: the results beside the moved file, nothing left in the input folder
			assertThat(restarted).isEqualTo(BatchStatus.COMPLETED);
			assertThat(processed.resolve("national.xlsx.result.json")).content()
				.contains("\"outcome\" : \"ACCEPTED\"", "\"movedTo\" : \"" + processed.resolve("national.xlsx"));
			assertThat(workbooksIn(processed)).containsExactly("national.xlsx");
			try (Stream<Path> left = Files.list(input)) {
				assertThat(left).containsExactly(processed);
			}
			assertThat(count(context.getBean(JdbcTemplate.class), "submission")).isEqualTo(1);
		}
	}

	private List<Figure> figuresOfAnUninterruptedRun(TestDatabase database) throws Exception {
		ConfigurableApplicationContext context = database.start();
		Path file = national(Files.createDirectories(this.work.resolve("uninterrupted")).resolve("national.xlsx"), 20);
		assertThat(context.getBean(Ingestor.class).ingest(file, false).outcome()).isEqualTo(Outcome.ACCEPTED);
		return context.getBean(FigureService.class).figures(VN_2020);
	}

	private static BatchStatus restartLastFailed(ConfigurableApplicationContext context) throws Exception {
		long failed = context.getBean(JobHistory.class).runs(true, 1).get(0).id();
		Long restarted = context.getBean(JobOperator.class).restart(failed);
		return context.getBean(JobRepository.class).getJobExecution(restarted).getStatus();
	}

	private static List<String> workbooksIn(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((path) -> path.getFileName().toString())
				.filter((name) -> name.endsWith(".xlsx"))
				.sorted()
				.toList();
		}
	}

	/** The parameters of a file's first run, as the ingestor gives them. */
	private static JobParameters firstAttempt(Path file) throws IOException {
		return new JobParametersBuilder().addString("file", file.toAbsolutePath().normalize().toString(), true)
			.addString("sha256", FileHash.sha256(file), true)
			.addLong("attempt", 1L, true)
			.toJobParameters();
	}

}
