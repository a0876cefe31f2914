package vn.qms.stats.ingest.bulk;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.bench.Bm04Generator;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

class Bm04LoadIntegrationTests {

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldStageEveryGoodRowAndRecordEveryBadOne(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given 50,000 dossiers of which about 1 % break a rule
			Path file = new Bm04Generator(50_000, 0.01, 20, 30, 7).write(this.folder.resolve("bm04.xlsx"));
			ConfigurableApplicationContext context = database.start();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			// when only the load step runs over it
			JobExecution execution = run(context, file);
			// then every row is either staged or has problems, never both, never neither
			assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
			String table = new Bm04Staging(context.getBean(javax.sql.DataSource.class),
					execution.getJobInstance().getId())
				.table();
			String where = table.equals("bm04_staging")
					? " where job_instance_id = " + execution.getJobInstance().getId() : "";
			Integer staged = jdbc.queryForObject("select count(*) from " + table + where, Integer.class);
			Integer bad = jdbc.queryForObject(
					"select count(distinct row_no) from bm04_problem where job_instance_id = ?", Integer.class,
					execution.getJobInstance().getId());
			assertThat(staged + bad).isEqualTo(50_000);
			assertThat(bad).isBetween(300, 700);
			assertThat(jdbc.queryForObject("select min(row_no) from " + table + where, Integer.class))
				.isEqualTo(Bm04Generator.FIRST_DATA_ROW);
			assertThat(jdbc.queryForList("select distinct message_key from bm04_problem", String.class))
				.containsExactlyInAnyOrder("ingest.rule.not.before", "ingest.cell.not.datetime",
						"ingest.value.required");
		}
	}

	@org.junit.jupiter.api.Test
	// a COPY left open makes the rollback wait forever: fail instead
	@org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
	void shouldCancelTheChunksCopyWhenTheChunkFailsMidway() throws Exception {
		try (TestDatabase database = TestDatabase.postgres()) {
			// given two connections in the pool and a chunk that streams its first rows
			// into its COPY, then fails
			ConfigurableApplicationContext context = database.start("spring.datasource.hikari.maximum-pool-size=2");
			javax.sql.DataSource dataSource = context.getBean(javax.sql.DataSource.class);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			Bm04Staging staging = new Bm04Staging(dataSource, 99, "BM04",
					new Bm04Days(context.getBean(vn.qms.stats.reference.calendar.WorkingCalendar.class)),
					new Bm04Tally(null));
			staging.prepare();
			java.time.LocalDateTime received = java.time.LocalDateTime.of(2026, 7, 1, 8, 0);
			java.util.List<Bm04Row> rows = java.util.List.of(new Bm04Row(7, "H1", "1.001", "91.001", received,
					received.plusDays(5), received.plusDays(2), "TRUC_TIEP"));
			org.springframework.transaction.support.TransactionTemplate transaction = new org.springframework.transaction.support.TransactionTemplate(
					new org.springframework.jdbc.datasource.DataSourceTransactionManager(dataSource));
			// when
			org.assertj.core.api.Assertions.assertThatIllegalStateException()
				.isThrownBy(() -> transaction.executeWithoutResult((status) -> {
					try {
						staging.block(rows, java.util.List.of(), 1);
					}
					catch (java.sql.SQLException ex) {
						throw new IllegalStateException(ex);
					}
					throw new IllegalStateException("the reader failed");
				}))
				.withMessage("the reader failed");
			// then the connection went back to the pool out of COPY mode, nothing staged,
			// and the next chunk stages its rows
			assertThat(jdbc.queryForObject("select count(*) from " + staging.table(), Integer.class)).isZero();
			transaction.executeWithoutResult((status) -> {
				try {
					staging.block(rows, java.util.List.of(), 1);
					staging.load(java.util.List.of());
				}
				catch (java.sql.SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			assertThat(jdbc.queryForObject("select count(*) from " + staging.table(), Integer.class)).isOne();
		}
	}

	private static JobExecution run(ConfigurableApplicationContext context, Path file) throws Exception {
		Job job = new JobBuilder("bm04LoadTest", context.getBean(JobRepository.class))
			.start(context.getBean("loadBm04", Step.class))
			.build();
		return context.getBean(JobOperator.class)
			.start(job, new JobParametersBuilder().addString("file", file.toString()).toJobParameters());
	}

}
