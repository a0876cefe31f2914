package vn.qms.stats.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.bench.Bm04Generator;
import vn.qms.stats.ingest.IngestVerdict.Outcome;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sender bound to one unit (an agency's account in the web console) cannot store a file
 * for another unit: the file is rejected with that reason and nothing is stored, on both
 * the in-memory and the streaming (dossier log) path, and even when the very same file
 * was stored before for its own unit.
 */
class SenderUnitIntegrationTests {

	private static final Path SAMPLE_BM01 = Path.of("input-samples", "bm01_an-giang_2026-q3.xlsx");

	@TempDir
	Path input;

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldRejectAFileForAnotherUnitThanItsSendersAndStoreNothing(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given
			ConfigurableApplicationContext context = database.start();
			Path file = Files.copy(SAMPLE_BM01, this.input.resolve("bm01.xlsx"));
			// when
			IngestVerdict verdict = context.getBean(Ingestor.class).ingest(file, false, "79");
			// then
			assertThat(verdict.outcome()).isEqualTo(Outcome.REJECTED);
			assertThat(verdict.problems()).extracting(Problem::messageKey).containsExactly("ingest.file.other-unit");
			assertThat(verdict.problems().get(0).message(Locale.ENGLISH)).contains("reporting unit 91", "unit 79");
			assertThat(verdict.movedTo()).isEqualTo(this.input.resolve("rejected").resolve("bm01.xlsx"));
			assertThat(submissions(context)).isZero();
		}
	}

	@Test
	void shouldAcceptAFileForTheSendersOwnUnit() throws Exception {
		try (TestDatabase database = TestDatabase.h2()) {
			// given
			ConfigurableApplicationContext context = database.start();
			Path file = Files.copy(SAMPLE_BM01, this.input.resolve("bm01.xlsx"));
			// when
			IngestVerdict verdict = context.getBean(Ingestor.class).ingest(file, false, "91");
			// then
			assertThat(verdict.outcome()).isEqualTo(Outcome.ACCEPTED);
			assertThat(submissions(context)).isEqualTo(1);
		}
	}

	@Test
	void shouldLetASecretariatSendForTheUnitsItCoversOnly() throws Exception {
		try (TestDatabase database = TestDatabase.h2()) {
			// given An Giang's (91) BM01 and its dossier log
			ConfigurableApplicationContext context = database.start();
			Ingestor ingestor = context.getBean(Ingestor.class);
			Path bm01 = Files.copy(SAMPLE_BM01, this.input.resolve("bm01.xlsx"));
			Path log = Bm04Generator.of(2_000).write(this.input.resolve("bm04.xlsx"));
			// when Hồ Chí Minh City's secretariat sends them
			IngestVerdict other = ingestor.ingest(bm01, false, SenderUnit.covering("79"));
			IngestVerdict otherLog = ingestor.ingest(log, false, SenderUnit.covering("79"));
			// then both are rejected, nothing stored
			assertThat(other.outcome()).isEqualTo(Outcome.REJECTED);
			assertThat(other.problems()).extracting(Problem::messageKey).containsExactly("ingest.file.outside-units");
			assertThat(other.problems().get(0).message(Locale.ENGLISH)).contains("reporting unit 91",
					"neither unit 79 nor a unit under it");
			assertThat(otherLog.outcome()).isEqualTo(Outcome.REJECTED);
			assertThat(otherLog.problems()).extracting(Problem::messageKey)
				.containsExactly("ingest.file.outside-units");
			assertThat(submissions(context)).isZero();
			// and An Giang's own secretariat, and the national one, may send them
			Path again = Files.copy(SAMPLE_BM01, this.input.resolve("bm01-again.xlsx"));
			assertThat(ingestor.ingest(again, false, SenderUnit.covering("91")).outcome()).isEqualTo(Outcome.ACCEPTED);
			Path logAgain = Bm04Generator.of(2_000).write(this.input.resolve("bm04-again.xlsx"));
			assertThat(ingestor.ingest(logAgain, false, SenderUnit.covering("VN")).outcome())
				.isEqualTo(Outcome.ACCEPTED);
			assertThat(submissions(context)).isEqualTo(2);
		}
	}

	@Test
	void shouldNotTellAnotherUnitsSenderAboutTheSameFileStoredBefore() throws Exception {
		try (TestDatabase database = TestDatabase.h2()) {
			// given
			ConfigurableApplicationContext context = database.start();
			Ingestor ingestor = context.getBean(Ingestor.class);
			ingestor.ingest(Files.copy(SAMPLE_BM01, this.input.resolve("first.xlsx")), false, "91");
			Path again = Files.copy(SAMPLE_BM01, this.input.resolve("again.xlsx"));
			// when
			IngestVerdict verdict = ingestor.ingest(again, false, "79");
			// then
			assertThat(verdict.outcome()).isEqualTo(Outcome.REJECTED);
			assertThat(verdict.earlier()).isNull();
			assertThat(verdict.problems()).extracting(Problem::messageKey).containsExactly("ingest.file.other-unit");
		}
	}

	@Test
	void shouldRejectADossierLogForAnotherUnitBeforeStagingARow() throws Exception {
		try (TestDatabase database = TestDatabase.h2()) {
			// given
			ConfigurableApplicationContext context = database.start();
			Path log = Bm04Generator.of(2_000).write(this.input.resolve("bm04.xlsx"));
			// when
			IngestVerdict verdict = context.getBean(Ingestor.class).ingest(log, false, "01");
			// then
			assertThat(verdict.outcome()).isEqualTo(Outcome.REJECTED);
			assertThat(verdict.problems()).extracting(Problem::messageKey).containsExactly("ingest.file.other-unit");
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from bm04_staging", Long.class)).isZero();
			assertThat(submissions(context)).isZero();
		}
	}

	private static long submissions(ConfigurableApplicationContext context) {
		return context.getBean(JdbcTemplate.class).queryForObject("select count(*) from submission", Long.class);
	}

}
