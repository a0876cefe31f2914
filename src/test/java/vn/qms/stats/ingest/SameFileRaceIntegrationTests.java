package vn.qms.stats.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.bench.Bm04Generator;
import vn.qms.stats.ingest.IngestVerdict.Outcome;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qms.stats.ingest.IngestFunctionalTests.count;
import static vn.qms.stats.ingest.IngestFunctionalTests.national;
import static vn.qms.stats.ingest.IngestFunctionalTests.together;

/**
 * The very same bytes under several names, ingested at the same time (an input folder
 * polled twice at once, two instances sharing the database): one run stores them, the
 * others are duplicates of it, on H2 and PostgreSQL, on the generic path and on the
 * dossier log's streaming path.
 */
class SameFileRaceIntegrationTests {

	@TempDir
	Path input;

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldStoreTheSameBytesUnderThreeNamesOnceWhenIngestedTogether(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given the same national compilation under three names
			ConfigurableApplicationContext context = database.start();
			Path first = national(this.input.resolve("quoc-gia.xlsx"), 20);
			Path second = Files.copy(first, this.input.resolve("quoc-gia (1).xlsx"));
			Path third = Files.copy(first, this.input.resolve("ban-sao.xlsx"));
			// when
			List<IngestVerdict> verdicts = together(context.getBean(Ingestor.class), List.of(first, second, third));
			// then one is accepted, the others are duplicates naming it, stored once
			assertThat(verdicts).extracting(IngestVerdict::outcome)
				.containsExactlyInAnyOrder(Outcome.ACCEPTED, Outcome.DUPLICATE, Outcome.DUPLICATE);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(count(jdbc, "submission")).isOne();
			assertThat(count(jdbc, "bm02_row")).isEqualTo(85);
			String accepted = acceptedName(verdicts);
			long id = jdbc.queryForObject("select id from submission", Long.class);
			assertThat(jdbc.queryForObject("select file_name from submission", String.class)).isEqualTo(accepted);
			assertThat(verdicts).filteredOn((verdict) -> verdict.outcome() == Outcome.DUPLICATE)
				.allSatisfy((duplicate) -> assertThat(duplicate.line(Locale.ENGLISH))
					.contains("(as “" + accepted + "”), as submission " + id + " (BM02 VN 2020)"));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldStoreTheSameDossierLogUnderTwoNamesOnceWhenIngestedTogether(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given the same dossier log under two names, read on the streaming path
			ConfigurableApplicationContext context = database.start();
			Path first = new Bm04Generator(3_000, 0.0, 2, 30, 11).write(this.input.resolve("bm04.xlsx"));
			Path second = Files.copy(first, this.input.resolve("bm04 (1).xlsx"));
			// when
			List<IngestVerdict> verdicts = together(context.getBean(Ingestor.class), List.of(first, second));
			// then
			assertThat(verdicts).extracting(IngestVerdict::outcome)
				.containsExactlyInAnyOrder(Outcome.ACCEPTED, Outcome.DUPLICATE);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(count(jdbc, "submission")).isOne();
			assertThat(count(jdbc, "bm04_row")).isPositive().isEqualTo(accepted(verdicts).rows());
			assertThat(count(jdbc, "bm04_log_summary")).isOne();
			assertThat(verdicts).filteredOn((verdict) -> verdict.outcome() == Outcome.DUPLICATE)
				.singleElement()
				.satisfies((duplicate) -> assertThat(duplicate.line(Locale.ENGLISH))
					.contains("(as “" + acceptedName(verdicts) + "”)"));
		}
	}

	private static IngestVerdict accepted(List<IngestVerdict> verdicts) {
		return verdicts.stream().filter((verdict) -> verdict.outcome() == Outcome.ACCEPTED).findFirst().orElseThrow();
	}

	private static String acceptedName(List<IngestVerdict> verdicts) {
		return accepted(verdicts).file().getFileName().toString();
	}

}
