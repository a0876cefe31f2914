package vn.qms.stats.schedule;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.qms.stats.ingest.Ingestor;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two {@code serve} processes on one PostgreSQL database, as two servers of a
 * secretariat: every dropped file ends in processed/ or rejected/ exactly once, the
 * scheduled report is rendered once, and when one is killed the other carries on.
 */
class ServeClusterFunctionalTests {

	private static final String FIGURES = """
			select s.reporting_unit, s.period, count(*) as units, sum(r.mandatory_total) as total,
				sum(r.mandatory_announced) as announced
			from submission_current c join submission s on s.id = c.submission_id
			join bm02_row r on r.submission_id = s.id
			group by s.reporting_unit, s.period order by s.reporting_unit, s.period""";

	@TempDir
	Path folder;

	private final List<ServerProcess> servers = new ArrayList<>();

	@AfterEach
	void stopServers() throws InterruptedException {
		for (ServerProcess server : this.servers) {
			server.close();
		}
	}

	@Test
	void shouldIngestEveryFileOnceAndRenderTheReportOnceWithTwoInstances() throws Exception {
		TestDatabase database = TestDatabase.postgres();
		try {
			// given 63 distinct good files, 57 copies of them, 60 bad files, 20 copies
			// written slowly
			Path staging = this.folder.resolve("staging");
			List<Path> good = DroppedFiles.good(staging.resolve("good"), 63);
			List<Path> reference = DroppedFiles.copies(good, this.folder.resolve("reference"), "ref", 63);
			List<Path> dropped = new ArrayList<>(good);
			dropped.addAll(DroppedFiles.bad(staging.resolve("bad"), 60));
			dropped.addAll(DroppedFiles.copies(good, staging.resolve("again"), "again", 57));
			List<Path> slow = DroppedFiles.copies(good, staging.resolve("slow"), "slow", 20);
			Path input = this.folder.resolve("input");
			Path out = this.folder.resolve("out");
			LocalDateTime due = LocalDateTime.now().plusSeconds(40);
			startTwo(database, input, out, config(oneShot(due)));
			// when the files are dropped while both run
			runOnce(() -> writeSlowly(slow, input), () -> DroppedFiles.drop(dropped, input));
			awaitAllDone(input, 200, Duration.ofSeconds(150));
			JdbcTemplate jdbc = jdbc(database);
			// a render takes seconds on a busy machine: wait for it to end, not just to
			// start
			ServerProcess.await(
					() -> reportRuns(jdbc) > 0 && unfinishedReportRuns(jdbc) == 0
							&& LocalDateTime.now().isAfter(due.plusSeconds(3)),
					Duration.ofSeconds(60), "the scheduled report");
			// then
			assertThat(DroppedFiles.spreadsheets(input.resolve("processed"))).hasSize(140);
			assertThat(DroppedFiles.spreadsheets(input.resolve("rejected"))).hasSize(60)
				.allMatch((name) -> name.startsWith("bad-"));
			assertThat(DroppedFiles.resultFiles(input.resolve("processed"))).isEqualTo(140);
			assertThat(DroppedFiles.resultFiles(input.resolve("rejected"))).isEqualTo(60);
			assertThat(jdbc.queryForObject("select count(*) from submission", Integer.class)).isEqualTo(63);
			assertThat(verdictLines()).isEqualTo(200);
			assertThat(reportRuns(jdbc)).isEqualTo(1);
			assertThat(out.resolve("review_VN_2020.pdf")).isNotEmptyFile();
			assertThat(out.resolve("review_VN_2020.xlsx")).isNotEmptyFile();
			assertThat(jdbc.queryForList(FIGURES)).isEqualTo(singleInstanceFigures(reference));
			for (ServerProcess server : this.servers) {
				assertThat(server.terminate(Duration.ofSeconds(30))).isZero();
			}
		}
		catch (Throwable ex) {
			this.servers.forEach((server) -> System.err.println(server.describe()));
			throw ex;
		}
		finally {
			// before the database is dropped
			stopServers();
			database.close();
		}
	}

	@Test
	void shouldFinishTheWorkOfAnInstanceKilledMidIngest() throws Exception {
		TestDatabase database = TestDatabase.postgres();
		try {
			// given two instances and 50 dropped files
			Path staging = this.folder.resolve("staging");
			List<Path> good = DroppedFiles.good(staging.resolve("good"), 30);
			List<Path> dropped = new ArrayList<>(good);
			dropped.addAll(DroppedFiles.bad(staging.resolve("bad"), 10));
			dropped.addAll(DroppedFiles.copies(good, staging.resolve("again"), "again", 10));
			Path input = this.folder.resolve("input");
			startTwo(database, input, this.folder.resolve("out"), config("0 0 0 1 1 ? 2099"));
			DroppedFiles.drop(dropped, input);
			ServerProcess.await(() -> this.servers.stream().anyMatch((server) -> server.verdictCount() >= 3),
					Duration.ofSeconds(90), "an instance to ingest");
			// when the one that has started working is killed mid-ingest
			ServerProcess victim = this.servers.stream()
				.filter((server) -> server.verdictCount() >= 3)
				.findFirst()
				.get();
			victim.kill();
			ServerProcess survivor = (victim == this.servers.get(0)) ? this.servers.get(1) : this.servers.get(0);
			JdbcTemplate jdbc = jdbc(database);
			List<String> claimsOfTheDead = jdbc.queryForList("select path from inbox_claim where owner = ?",
					String.class, instanceOf(victim));
			// then the other finishes the work: nothing lost, nothing twice
			awaitAllDone(input, 50, Duration.ofSeconds(120));
			assertThat(DroppedFiles.spreadsheets(input.resolve("processed"))).hasSize(40);
			assertThat(DroppedFiles.spreadsheets(input.resolve("rejected"))).hasSize(10);
			assertThat(DroppedFiles.resultFiles(input.resolve("processed"))).isEqualTo(40);
			assertThat(jdbc.queryForObject("select count(*) from submission", Integer.class)).isEqualTo(30);
			// the last run completes and releases its claim just after moving its file
			ServerProcess.await(
					() -> jdbc.queryForObject("select count(*) from inbox_claim", Integer.class) == 0
							&& jdbc.queryForObject("select count(*) from batch_job_execution where status in "
									+ "('STARTING', 'STARTED')", Integer.class) == 0,
					Duration.ofSeconds(10), "no claim and no run left behind");
			for (String claimed : claimsOfTheDead) {
				assertThat(survivor.log()).contains("Taking over " + Path.of(claimed).getFileName());
			}
			assertThat(survivor.terminate(Duration.ofSeconds(30))).isZero();
		}
		catch (Throwable ex) {
			this.servers.forEach((server) -> System.err.println(server.describe()));
			throw ex;
		}
		finally {
			// before the database is dropped
			stopServers();
			database.close();
		}
	}

	private void startTwo(TestDatabase database, Path input, Path out, String config) throws Exception {
		for (String name : new String[] { "a", "b" }) {
			this.servers.add(ServerProcess.start("server " + name, this.folder.resolve("server-" + name),
					database.url(), input, out, config));
		}
		for (ServerProcess server : this.servers) {
			server.awaitLog("serve: database", Duration.ofSeconds(90));
		}
	}

	static String config(String reportCron) {
		return """
				qms:
				  schedule:
				    poll: "0/2 * * * * ?"
				    stable-for: 3s
				    reports:
				      - kind: review
				        unit: VN
				        period: "2020"
				        cron: "%s"
				spring:
				  quartz:
				    properties:
				      org.quartz.jobStore.clusterCheckinInterval: 2000
				""".formatted(reportCron);
	}

	/** A cron expression that fires once, at that second. */
	static String oneShot(LocalDateTime time) {
		return "%d %d %d %d %d ? %d".formatted(time.getSecond(), time.getMinute(), time.getHour(), time.getDayOfMonth(),
				time.getMonthValue(), time.getYear());
	}

	private static void writeSlowly(List<Path> sources, Path input) throws Exception {
		ExecutorService writers = Executors.newFixedThreadPool(sources.size());
		try {
			List<Future<?>> done = new ArrayList<>();
			for (Path source : sources) {
				done.add(writers.submit(() -> {
					DroppedFiles.writeSlowly(source, input.resolve(source.getFileName()), 4, 1500);
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			writers.shutdownNow();
		}
	}

	private interface Work {

		void run() throws Exception;

	}

	/** Runs the slow writers beside the drop, and waits for both. */
	private static void runOnce(Work slow, Work drop) throws Exception {
		ExecutorService background = Executors.newSingleThreadExecutor();
		try {
			Future<?> writing = background.submit(() -> {
				slow.run();
				return null;
			});
			drop.run();
			writing.get(60, TimeUnit.SECONDS);
		}
		finally {
			background.shutdownNow();
		}
	}

	private static void awaitAllDone(Path input, int files, Duration timeout) throws InterruptedException {
		ServerProcess.await(() -> {
			try {
				return DroppedFiles.spreadsheets(input).isEmpty()
						&& DroppedFiles.spreadsheets(input.resolve("processed")).size()
								+ DroppedFiles.spreadsheets(input.resolve("rejected")).size() >= files;
			}
			catch (IOException ex) {
				return false;
			}
		}, timeout, files + " files to be ingested");
	}

	private long verdictLines() {
		return this.servers.stream().mapToLong(ServerProcess::verdictCount).sum();
	}

	private static String instanceOf(ServerProcess server) {
		String log = server.log();
		int at = log.indexOf("; instance ") + "; instance ".length();
		return log.substring(at, log.indexOf(';', at));
	}

	private static int reportRuns(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select count(*) from batch_job_execution e join batch_job_instance i "
				+ "on i.job_instance_id = e.job_instance_id where i.job_name = 'reportJob'", Integer.class);
	}

	private static int unfinishedReportRuns(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select count(*) from batch_job_execution e join batch_job_instance i "
				+ "on i.job_instance_id = e.job_instance_id where i.job_name = 'reportJob' and e.end_time is null",
				Integer.class);
	}

	private static JdbcTemplate jdbc(TestDatabase database) {
		return new JdbcTemplate(new DriverManagerDataSource(database.url(), database.user(), ""));
	}

	/** The same good files ingested by one instance, in process, on H2. */
	private static List<Map<String, Object>> singleInstanceFigures(List<Path> files) {
		try (TestDatabase single = TestDatabase.h2()) {
			ConfigurableApplicationContext context = single.start();
			Path folder = files.get(0).getParent();
			context.getBean(Ingestor.class).ingestAll(List.of(folder), false);
			return context.getBean(JdbcTemplate.class).queryForList(FIGURES);
		}
	}

}
