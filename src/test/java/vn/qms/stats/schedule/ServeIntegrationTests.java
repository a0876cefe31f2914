package vn.qms.stats.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve} in process on H2: a file still being written is left alone until it is
 * complete, files being edited or hidden are never taken, and a report due while the
 * server was down is rendered when it starts again.
 */
class ServeIntegrationTests {

	@TempDir
	Path folder;

	@Test
	void shouldNotReadAFileWrittenInSlowChunksBeforeItIsComplete() throws Exception {
		try (TestDatabase database = TestDatabase.h2()) {
			// given a running server, and files a user is still editing or copying
			Path input = Files.createDirectories(this.folder.resolve("input"));
			Path source = DroppedFiles.good(this.folder.resolve("staging"), 1).get(0);
			for (String name : List.of(".hidden.xlsx", "~$open.xlsx", ".~lock.open.xlsx#", "copying.xlsx.part")) {
				Files.copy(source, input.resolve(name));
			}
			ConfigurableApplicationContext context = database
				.start(properties(input, "0/1 * * * * ?", "0 0 0 1 1 ? 2099"));
			Thread server = start(context);
			try {
				// when a file is written in 10 chunks over 10 seconds
				DroppedFiles.writeSlowly(source, input.resolve("slow.xlsx"), 10, 1100);
				long written = System.currentTimeMillis();
				Path processed = input.resolve("processed").resolve("slow.xlsx.result.json");
				ServerProcess.await(() -> Files.exists(processed), Duration.ofSeconds(30), "slow.xlsx to be ingested");
				// then it was read once complete, and accepted
				assertThat(Files.getLastModifiedTime(processed).toMillis()).isGreaterThanOrEqualTo(written);
				assertThat(Files.readString(processed)).contains("ACCEPTED");
				assertThat(input.resolve("rejected").resolve("slow.xlsx")).doesNotExist();
				assertThat(DroppedFiles.spreadsheets(input)).containsExactly(".hidden.xlsx", "~$open.xlsx");
				assertThat(input.resolve("copying.xlsx.part")).exists();
				assertThat(input.resolve(".~lock.open.xlsx#")).exists();
			}
			finally {
				stop(context, server);
			}
		}
	}

	@Test
	void shouldRenderAReportDueWhileTheServerWasDownWhenItStarts() throws Exception {
		try (TestDatabase database = TestDatabase.h2()) {
			// given a report due in 3 seconds, registered by a server that then went down
			Path input = Files.createDirectories(this.folder.resolve("input"));
			LocalDateTime due = LocalDateTime.now().plusSeconds(3).withNano(0);
			String[] properties = properties(input, "0 0 0 1 1 ? 2099", ServeClusterFunctionalTests.oneShot(due));
			ConfigurableApplicationContext before = database.start(properties);
			before.getBean(Schedules.class).register(before.getBean(Scheduler.class));
			before.close();
			Thread.sleep(Duration.between(LocalDateTime.now(), due.plusSeconds(3)).toMillis());
			// when it starts again, after the due date and the misfire threshold
			ConfigurableApplicationContext after = database.start(properties);
			Thread server = start(after);
			try {
				Path report = this.folder.resolve("out").resolve("review_VN_2020.pdf");
				ServerProcess.await(() -> Files.exists(report), Duration.ofSeconds(30), "the missed report");
				// then it was rendered once, for the due date it missed
				JdbcTemplate jdbc = after.getBean(JdbcTemplate.class);
				List<String> dues = jdbc.queryForList("select p.parameter_value from batch_job_execution_params p "
						+ "where p.parameter_name = 'due'", String.class);
				assertThat(dues).containsExactly(due.atZone(ZoneId.systemDefault()).toInstant().toString());
				// and its run completed (it does not stay STARTED or end FAILED)
				String status = "select e.status from batch_job_execution e join batch_job_instance i"
						+ " on i.job_instance_id = e.job_instance_id where i.job_name = 'reportJob'";
				ServerProcess.await(() -> !jdbc.queryForList(status, String.class).contains("STARTED"),
						Duration.ofSeconds(30), "the report run to end");
				assertThat(jdbc.queryForList(status, String.class)).containsExactly("COMPLETED");
			}
			finally {
				stop(after, server);
			}
		}
	}

	private String[] properties(Path input, String poll, String reportCron) {
		return new String[] { "qms.input=" + input, "qms.output=" + this.folder.resolve("out"),
				"qms.schedule.poll=" + poll, "qms.schedule.stable-for=3s", "qms.schedule.reports[0].kind=review",
				"qms.schedule.reports[0].unit=VN", "qms.schedule.reports[0].period=2020",
				"qms.schedule.reports[0].cron=" + reportCron, "qms.language=en",
				"spring.quartz.properties.org.quartz.jobStore.misfireThreshold=1000" };
	}

	private static Thread start(ConfigurableApplicationContext context) {
		Server server = context.getBean(Server.class);
		Thread thread = new Thread(() -> {
			try {
				server.run();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}, "serve");
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	/** Stops as SIGTERM does, and waits for the server to finish. */
	private static void stop(ConfigurableApplicationContext context, Thread thread) throws InterruptedException {
		context.getBean(Server.class).stop();
		thread.join(TimeUnit.SECONDS.toMillis(30));
		assertThat(thread.isAlive()).as("server stopped").isFalse();
	}

}
