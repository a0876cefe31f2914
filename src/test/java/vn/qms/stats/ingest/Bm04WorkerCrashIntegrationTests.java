package vn.qms.stats.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.bench.Bm04Generator;
import vn.qms.stats.ingest.IngestVerdict.Outcome;
import vn.qms.stats.ingest.worker.ParseWorkers;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of the parsing worker that streams a dossier log, once its first chunk
 * is staged: the run fails, is restarted once, reads on from the rows staged, and stores
 * every row exactly once; the next file is read by a fresh worker.
 */
class Bm04WorkerCrashIntegrationTests {

	private static final int ROWS = 200_000;

	@TempDir
	Path input;

	@Test
	@Timeout(300)
	void shouldStoreEveryRowOnceWhenTheStreamingWorkerIsKilledMidway() throws Exception {
		try (TestDatabase database = TestDatabase.h2()) {
			// given
			ConfigurableApplicationContext context = database.start();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			ParseWorkers workers = context.getBean(ParseWorkers.class);
			Path file = new Bm04Generator(ROWS, 0.0, 20, 30, 5).write(this.input.resolve("so-ho-so.xlsx"));
			Path next = new Bm04Generator(2_000, 0.0, 20, 30, 6).write(this.input.resolve("so-ho-so-2.xlsx"));
			AtomicInteger killed = new AtomicInteger();
			Thread killer = new Thread(() -> killOnceStaging(jdbc, workers, killed));
			killer.setDaemon(true);
			killer.start();
			// when
			IngestVerdict verdict = context.getBean(Ingestor.class).ingest(file, false);
			killer.join(Duration.ofSeconds(5).toMillis());
			// then
			assertThat(killed.get()).as("workers killed mid-stream").isPositive();
			assertThat(verdict.outcome()).as(verdict.line(java.util.Locale.ENGLISH)).isEqualTo(Outcome.ACCEPTED);
			assertThat(verdict.rows()).isEqualTo(ROWS);
			assertThat(jdbc.queryForObject("select count(*) from bm04_row", Integer.class)).isEqualTo(ROWS);
			assertThat(jdbc.queryForObject("select count(*) from batch_job_execution where status = 'FAILED'",
					Integer.class))
				.isOne();
			assertThat(context.getBean(Ingestor.class).ingest(next, false).outcome()).isEqualTo(Outcome.ACCEPTED);
		}
	}

	/** Kills every worker once the load has committed its first chunk. */
	private static void killOnceStaging(JdbcTemplate jdbc, ParseWorkers workers, AtomicInteger killed) {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() < deadline) {
			Integer staged = jdbc.queryForObject("select coalesce(max(read_count), 0) from batch_step_execution "
					+ "where step_name = 'loadBm04' and status = 'STARTED'", Integer.class);
			if (staged != null && staged > 0) {
				workers.pids().forEach((pid) -> ProcessHandle.of(pid).ifPresent((process) -> {
					process.destroyForcibly();
					killed.incrementAndGet();
				}));
				return;
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

}
