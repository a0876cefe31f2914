package vn.qms.stats.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;

import vn.qms.stats.ingest.Ingestor;
import vn.qms.stats.ingest.samples.ByteNamedFiles;
import vn.qms.stats.ingest.worker.ParseWorkers;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file of the input folder whose name is not text (bytes of an old code page) is
 * renamed before it is read: the claim that keeps it to one poll covers it under its new
 * name, so that a poll that starts while it is read (the schedule starts one each
 * interval, and another instance polls too) leaves it alone.
 */
class InboxRenamedFileTests {

	@TempDir
	Path work;

	@Test
	void shouldIngestARenamedFileOnceWhileAnotherPollRunsAndLeaveNoClaim() throws Exception {
		ByteNamedFiles.assumeSupported();
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try (TestDatabase database = TestDatabase.of("h2")) {
			// given a workbook named in bytes of cp1258 (0xE1 is "á"), ready in the input
			// folder
			Path input = Files.createDirectories(this.work.resolve("input"));
			ConfigurableApplicationContext context = database.start("qms.input=" + input, "qms.schedule.stable-for=1s");
			Path made = DroppedFiles.bad(this.work.resolve("staging"), 1).get(0);
			Files.setLastModifiedTime(made, FileTime.from(Instant.now().minusSeconds(60)));
			ByteNamedFiles.moveAsCp1258(made, input);
			// and the first poll held while it reads the file, as a large file holds it
			CountDownLatch reading = new CountDownLatch(1);
			CountDownLatch release = new CountDownLatch(1);
			holdFirstRead(context, reading, release);
			Inbox inbox = context.getBean(Inbox.class);
			// when a second poll runs meanwhile
			Future<Integer> first = executor.submit(inbox::poll);
			assertThat(reading.await(60, TimeUnit.SECONDS)).isTrue();
			int second = inbox.poll();
			release.countDown();
			// then the file is ingested once, by the first, under its new name
			assertThat(first.get(120, TimeUnit.SECONDS)).isEqualTo(1);
			assertThat(second).isZero();
			Path rejected = input.resolve("rejected");
			assertThat(names(rejected)).containsExactly("b_o-c_o.xlsx", "b_o-c_o.xlsx.annotated.xlsx",
					"b_o-c_o.xlsx.result.json", "b_o-c_o.xlsx.result.txt");
			assertThat(names(input)).containsExactly("rejected");
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from batch_job_instance", Integer.class)).isOne();
			assertThat(jdbc.queryForList("select path from inbox_claim", String.class)).isEmpty();
		}
		finally {
			executor.shutdownNow();
		}
	}

	/**
	 * The first read of a file (its hash, before its run) waits to be released, once
	 * {@code reading} says it has begun.
	 */
	private static void holdFirstRead(ConfigurableApplicationContext context, CountDownLatch reading,
			CountDownLatch release) throws Exception {
		ParseWorkers held = Mockito.spy(context.getBean(ParseWorkers.class));
		AtomicBoolean first = new AtomicBoolean(true);
		Mockito.doAnswer((call) -> {
			if (first.getAndSet(false)) {
				reading.countDown();
				release.await(60, TimeUnit.SECONDS);
			}
			return call.callRealMethod();
		}).when(held).sha256(Mockito.any());
		ReflectionTestUtils.setField(context.getBean(Ingestor.class), "workers", held);
	}

	private static List<String> names(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((path) -> path.getFileName().toString()).sorted().toList();
		}
	}

}
