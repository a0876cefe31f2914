package vn.qms.stats.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.ingest.IngestVerdict.Outcome;
import vn.qms.stats.ingest.samples.Bm02Sheet;
import vn.qms.stats.ingest.samples.NationalBm02;
import vn.qms.stats.ingest.samples.SampleWorkbooks;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole {@code ingestJob} from a dropped file to its place and result files. The same
 * file twice (duplicate) and a corrected file (replaces, history kept) are in
 * {@link IngestorIntegrationTests}.
 */
class IngestFunctionalTests {

	@TempDir
	Path work;

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldWriteAnAnnotatedCopyBesideARejectedWorkbook(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given
			ConfigurableApplicationContext context = database.start();
			Path input = Files.createDirectories(this.work.resolve("input"));
			Path file = BadBm02.announcedAboveTotal(input.resolve("c-above.xlsx"));
			// when
			IngestVerdict verdict = context.getBean(Ingestor.class).ingest(file, false);
			// then
			assertThat(verdict.outcome()).isEqualTo(Outcome.REJECTED);
			Path rejected = input.resolve("rejected");
			assertThat(rejected.resolve("c-above.xlsx.annotated.xlsx")).isRegularFile();
			assertThat(rejected.resolve("c-above.xlsx.result.txt")).content()
				.contains("Bản có đánh dấu lỗi: c-above.xlsx.annotated.xlsx",
						"Annotated copy: c-above.xlsx.annotated.xlsx");
			assertThat(rejected.resolve("c-above.xlsx.result.json")).content()
				.contains("\"annotatedCopy\" : \"" + rejected.resolve("c-above.xlsx.annotated.xlsx") + "\"");
			assertThat(input.resolve("processed")).doesNotExist();
		}
	}

	/**
	 * Two different files for the same key at once: the store takes a row lock on the
	 * current submission, so when one exists the two are serialised and both are
	 * accepted, the later replacing the earlier. When none exists yet both may try to
	 * insert it; the primary key of {@code submission_current} lets one win and fails the
	 * other's job, whose file stays in the input folder (verdict FAILED) and is accepted
	 * when ingested again.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldKeepOneCurrentSubmissionAndLoseNoFileWhenTwoFilesForOneKeyArriveTogether(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given
			ConfigurableApplicationContext context = database.start();
			Ingestor ingestor = context.getBean(Ingestor.class);
			Path input = Files.createDirectories(this.work.resolve("input"));
			List<Path> files = List.of(national(input.resolve("a.xlsx"), 20), national(input.resolve("b.xlsx"), 21));
			// when
			List<IngestVerdict> verdicts = together(ingestor, files);
			// then
			assertThat(verdicts).extracting(IngestVerdict::outcome).containsAnyOf(Outcome.ACCEPTED);
			assertThat(verdicts).extracting(IngestVerdict::outcome).doesNotContain(Outcome.REJECTED, Outcome.DUPLICATE);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			long accepted = verdicts.stream().filter((verdict) -> verdict.outcome() == Outcome.ACCEPTED).count();
			assertThat(count(jdbc, "submission_current")).isEqualTo(1);
			assertThat(count(jdbc, "submission")).isEqualTo(accepted);
			assertThat(count(jdbc, "bm02_row")).isEqualTo(85 * accepted);
			assertThat(count(jdbc, "submission where replaced_by is null")).isEqualTo(1);
			for (IngestVerdict verdict : verdicts) {
				Path place = (verdict.outcome() == Outcome.ACCEPTED)
						? input.resolve("processed").resolve(verdict.file().getFileName()) : verdict.file();
				assertThat(place).as(verdict.line(java.util.Locale.ENGLISH)).isRegularFile();
			}
			// and a file that lost the race is accepted when ingested again
			for (IngestVerdict verdict : verdicts) {
				if (verdict.outcome() == Outcome.FAILED) {
					assertThat(ingestor.ingest(verdict.file(), false).outcome()).isEqualTo(Outcome.ACCEPTED);
				}
			}
			assertThat(count(jdbc, "submission_current")).isEqualTo(1);
			assertThat(count(jdbc, "submission")).isEqualTo(2);
			assertThat(input.resolve("processed").resolve("a.xlsx")).isRegularFile();
			assertThat(input.resolve("processed").resolve("b.xlsx")).isRegularFile();
		}
	}

	/** The national sample, with BQP's mandatory bodies set to {@code bqpMandatory}. */
	static Path national(Path file, int bqpMandatory) throws Exception {
		Bm02Sheet ministries = NationalBm02.ministries("Năm 2020");
		Object[] bqp = ministries.data().get(0);
		bqp[2] = bqpMandatory;
		bqp[3] = bqpMandatory - 3;
		Path written = SampleWorkbooks.write(file.resolveSibling(file.getFileName() + ".tmp"), ministries,
				NationalBm02.provinces("Năm 2020"));
		return Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);
	}

	static long count(JdbcTemplate jdbc, String tableAndCondition) {
		return jdbc.queryForObject("select count(*) from " + tableAndCondition, Long.class);
	}

	/** Each file ingested by a thread of its own, all started at once. */
	static List<IngestVerdict> together(Ingestor ingestor, List<Path> files) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(files.size());
		try {
			CountDownLatch ready = new CountDownLatch(files.size());
			List<Future<IngestVerdict>> futures = new ArrayList<>();
			for (Path file : files) {
				futures.add(threads.submit(() -> {
					ready.countDown();
					ready.await();
					return ingestor.ingest(file, false);
				}));
			}
			List<IngestVerdict> verdicts = new ArrayList<>();
			for (Future<IngestVerdict> future : futures) {
				verdicts.add(future.get());
			}
			return verdicts;
		}
		finally {
			threads.shutdownNow();
		}
	}

}
