package vn.qms.stats.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.ingest.IngestVerdict.Outcome;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A verdict of 10,001 problems over long values lives in the table made for verdicts, not
 * in Spring Batch's execution contexts (whose write of such a verdict once left H2
 * unopenable): the contexts hold identifiers and counters, and the database opens again.
 */
class IngestVerdictsIntegrationTests {

	/** A context of identifiers and counters: a few hundred bytes. */
	private static final int MAX_CONTEXT_CHARS = 4096;

	@TempDir
	Path input;

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldKeepAVerdictOfTenThousandProblemsOutOfTheExecutionContexts(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given a dossier log read in memory whose 10,001 rows each hold 2,000
			// characters where a date belongs
			Path file = BadBm04Csv.write(this.input.resolve("so-ho-so.csv"), 10_001,
					BadBm04Csv.Fault.RECEIVED_LONG_TEXT);
			IngestVerdict verdict;
			try (ConfigurableApplicationContext context = database.start()) {
				// when
				verdict = context.getBean(Ingestor.class).ingest(file, false);
				// then
				JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
				assertThat(longest(jdbc, "batch_job_execution_context")).isLessThan(MAX_CONTEXT_CHARS);
				assertThat(longest(jdbc, "batch_step_execution_context")).isLessThan(MAX_CONTEXT_CHARS);
			}
			assertThat(verdict.outcome()).isEqualTo(Outcome.REJECTED);
			assertThat(verdict.problems()).hasSize(10_001);
			assertThat(verdict.problems().get(0).messageKey()).isEqualTo("ingest.file.too.many.problems");
			Path result = this.input.resolve("rejected").resolve("so-ho-so.csv.result.json");
			assertThat(ResultDocument.parse(Files.readString(result)).problems()).hasSize(10_001);
			// the database opens again, and takes the next file
			try (ConfigurableApplicationContext again = database.start()) {
				Path next = BadBm04Csv.write(this.input.resolve("so-ho-so-2.csv"), 3,
						BadBm04Csv.Fault.RECEIVED_NOT_A_DATE);
				assertThat(again.getBean(Ingestor.class).ingest(next, false).problems()).hasSize(4);
			}
		}
	}

	private static int longest(JdbcTemplate jdbc, String table) {
		List<Integer> lengths = jdbc.queryForList("select coalesce(length(short_context), 0) + "
				+ "coalesce(length(serialized_context), 0) from " + table, Integer.class);
		return lengths.stream().mapToInt(Integer::intValue).max().orElse(0);
	}

}
