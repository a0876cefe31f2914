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

	private static JobExecution run(ConfigurableApplicationContext context, Path file) throws Exception {
		Job job = new JobBuilder("bm04LoadTest", context.getBean(JobRepository.class))
			.start(context.getBean("loadBm04", Step.class))
			.build();
		return context.getBean(JobOperator.class)
			.start(job, new JobParametersBuilder().addString("file", file.toString()).toJobParameters());
	}

}
