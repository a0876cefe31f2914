package vn.qms.stats.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.bench.Bm04Generator;
import vn.qms.stats.ingest.IngestVerdict.Outcome;
import vn.qms.stats.ingest.bulk.Bm04Staging;
import vn.qms.stats.metrics.Figure;
import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.metrics.FigureService;
import vn.qms.stats.reference.CutOffRule;
import vn.qms.stats.reference.Period;
import vn.qms.stats.system.JobHistory;
import vn.qms.stats.system.QmsProperties;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qms.stats.ingest.Bm04IngestIntegrationTests.count;

/**
 * The BM04 load made to fail halfway on purpose, then restarted, in the manner of Spring
 * Batch's {@code RestartFunctionalTests}: a check constraint added by the test refuses
 * the problems of rows past 30,000, so the second chunk of 20,000 rows fails after the
 * first was committed.
 */
class Bm04RestartFunctionalTests {

	private static final Bm04Generator LOG = new Bm04Generator(50_000, 0.001, 20, 30, 5);

	private static final String FAULT = "fault_injected";

	@TempDir
	Path work;

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldStoreTheRowsOfAnUninterruptedRunAfterARestart(String kind) throws Exception {
		try (TestDatabase uninterrupted = TestDatabase.of(kind); TestDatabase database = TestDatabase.of(kind)) {
			// given
			List<String> expected = rowsOfAnUninterruptedRun(uninterrupted);
			ConfigurableApplicationContext context = database.start();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			Path file = LOG.write(Files.createDirectories(this.work.resolve("input")).resolve("bm04.xlsx"));
			jdbc.execute("alter table bm04_problem add constraint " + FAULT + " check (row_no < 30000)");
			// when
			IngestVerdict failed = context.getBean(Ingestor.class).ingest(file, false);
			// then: the first chunk stays staged, nothing is stored, the file waits
			assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
			assertThat(staged(context) + count(jdbc, "(select distinct row_no from bm04_problem) p")).isEqualTo(20_000);
			assertThat(count(jdbc, "submission")).isZero();
			assertThat(count(jdbc, "bm04_row")).isZero();
			assertThat(file).isRegularFile();
			// when
			jdbc.execute("alter table bm04_problem drop constraint " + FAULT);
			BatchStatus restarted = restartLastFailed(context);
			// then
			assertThat(restarted).isEqualTo(BatchStatus.COMPLETED);
			assertThat(rows(jdbc)).isEqualTo(expected);
			assertThat(count(jdbc, "submission")).isOne();
			assertThat(file.resolveSibling("processed").resolve("bm04.xlsx")).isRegularFile();
			// and the figures are those of the uninterrupted run (whose load counted the
			// summary; after a restart the figures make it from the stored rows)
			assertThat(count(jdbc, "bm04_log_summary")).isZero();
			assertThat(figures(context)).isEqualTo(this.uninterruptedFigures);
		}
	}

	private List<Figure> uninterruptedFigures;

	private static List<Figure> figures(ConfigurableApplicationContext context) {
		return context.getBean(FigureService.class)
			.figures(FigureScope.of("91", Period.ofQuarter(2026, 3),
					CutOffRule.of(context.getBean(QmsProperties.class).cutOffRule())));
	}

	private List<String> rowsOfAnUninterruptedRun(TestDatabase database) throws Exception {
		ConfigurableApplicationContext context = database.start();
		Path file = LOG.write(Files.createDirectories(this.work.resolve("uninterrupted")).resolve("bm04.xlsx"));
		assertThat(context.getBean(Ingestor.class).ingest(file, false).outcome()).isEqualTo(Outcome.ACCEPTED);
		List<String> rows = rows(context.getBean(JdbcTemplate.class));
		assertThat(rows).hasSizeGreaterThan(49_900);
		assertThat(count(context.getBean(JdbcTemplate.class), "bm04_log_summary")).isOne();
		this.uninterruptedFigures = figures(context);
		return rows;
	}

	private static List<String> rows(JdbcTemplate jdbc) {
		return jdbc.queryForList(
				"select row_no || ' ' || dossier_code || ' ' || agency_code || ' ' || received_at "
						+ "|| ' ' || coalesce(cast(completed_at as varchar), '-') from bm04_row order by row_no",
				String.class);
	}

	private static int staged(ConfigurableApplicationContext context) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		long instance = jdbc.queryForObject("select max(job_instance_id) from batch_job_instance", Long.class);
		String table = new Bm04Staging(context.getBean(DataSource.class), instance).table();
		return count(jdbc, table + (table.equals("bm04_staging") ? " where job_instance_id = " + instance : ""));
	}

	private static BatchStatus restartLastFailed(ConfigurableApplicationContext context) throws Exception {
		long failed = context.getBean(JobHistory.class).runs(true, 1).get(0).id();
		Long restarted = context.getBean(JobOperator.class).restart(failed);
		return context.getBean(JobRepository.class).getJobExecution(restarted).getStatus();
	}

}
