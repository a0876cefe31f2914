package vn.qms.stats.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.ingest.IngestVerdict.Outcome;
import vn.qms.stats.ingest.samples.AnGiangAgencies;
import vn.qms.stats.ingest.samples.AnGiangForms;
import vn.qms.stats.ingest.samples.FormSheet;
import vn.qms.stats.ingest.samples.SampleWorkbooks;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** BM01, BM03 and BM04 stored by the generic store, the same on H2 and PostgreSQL. */
class FormStorageIntegrationTests {

	private static final String CURRENT = " r join submission_current c on c.submission_id = r.submission_id ";

	@TempDir
	Path input;

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldStoreEachSampleWithItsRowsAsStableCodesDatesAndNumbers(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given
			ConfigurableApplicationContext context = database.start();
			List<Path> samples = List
				.of(SampleWorkbooks.AN_GIANG_BM01, SampleWorkbooks.AN_GIANG_BM03, SampleWorkbooks.AN_GIANG_BM04)
				.stream()
				.map((name) -> copy(Path.of("input-samples", name)))
				.toList();
			// when
			List<IngestVerdict> verdicts = context.getBean(Ingestor.class).ingestAll(samples, true);
			// then
			assertThat(verdicts)
				.extracting(IngestVerdict::outcome, IngestVerdict::form, IngestVerdict::reportingUnit,
						IngestVerdict::period, IngestVerdict::rows)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(Outcome.ACCEPTED, "BM01", "91", "2026-Q3", 65),
						org.assertj.core.groups.Tuple.tuple(Outcome.ACCEPTED, "BM03", "91", "2026-Q3", 246),
						org.assertj.core.groups.Tuple.tuple(Outcome.ACCEPTED, "BM04", "91", "2026-Q3", 3000));
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			Map<String, Object> committee = jdbc.queryForMap("select agency_type, obligation, status, "
					+ "standard_version, announced_on, tthc_total, docs_complete from bm01_row where agency_code = 'H91'");
			assertThat(committee).containsEntry("agency_type", "PROVINCIAL_PC")
				.containsEntry("obligation", "MANDATORY")
				.containsEntry("status", "ANNOUNCED")
				.containsEntry("standard_version", "2015")
				.containsEntry("announced_on", java.sql.Date.valueOf(LocalDate.of(2019, 1, 1)))
				.containsEntry("docs_complete", true);
			assertThat(count(jdbc, "bm01_row" + CURRENT + "where r.agency_type = 'COMMUNE_PC'")).isEqualTo(40);
			assertThat(count(jdbc, "bm03_row where statutory_days - actual_days <> reduced_days")).isZero();
			assertThat(count(jdbc, "bm03_row where reduced_days is null or actual_days is null")).isZero();
			assertThat(count(jdbc, "bm04_row where completed_at is null")).isEqualTo(300);
			assertThat(jdbc.queryForObject("select min(received_at) from bm04_row", Timestamp.class))
				.isEqualTo(Timestamp.valueOf(LocalDateTime.of(2026, 7, 1, 7, 30)));
			assertThat(count(jdbc, "bm04_row where channel not in ('IN_PERSON', 'ONLINE', 'POSTAL')")).isZero();
			// the dossier log took the streaming path
			assertThat(count(jdbc, "batch_step_execution where step_name = 'swapBm04'")).isOne();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldReplaceABm01WithItsCorrectionAndKeepTheFirstInHistory(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given
			ConfigurableApplicationContext context = database.start();
			Ingestor ingestor = context.getBean(Ingestor.class);
			ingestor.ingest(copy(Path.of("input-samples", SampleWorkbooks.AN_GIANG_BM01)), true);
			FormSheet corrected = AnGiangForms.bm01();
			corrected.data().remove(corrected.data().size() - 1);
			corrected.data().get(0)[8] = 210;
			Path file = SampleWorkbooks.write(this.input.resolve("bm01_an-giang_2026-q3_sua.xlsx"), corrected);
			// when
			IngestVerdict verdict = ingestor.ingest(file, true);
			// then
			assertThat(verdict.outcome()).isEqualTo(Outcome.ACCEPTED);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			List<Map<String, Object>> history = jdbc
				.queryForList("select id, replaced_by, row_count from submission where form = 'BM01' order by id");
			assertThat(history).extracting((row) -> ((Number) row.get("row_count")).intValue()).containsExactly(65, 64);
			assertThat(history.get(0).get("replaced_by")).isEqualTo(history.get(1).get("id"));
			assertThat(count(jdbc, "bm01_row" + CURRENT + "where c.form = 'BM01'")).isEqualTo(64);
			assertThat(jdbc.queryForObject("select r.tthc_total from bm01_row" + CURRENT + "where r.agency_code = '"
					+ AnGiangAgencies.PROVINCE + "'", Integer.class))
				.isEqualTo(210);
			assertThat(count(jdbc, "bm01_row")).isEqualTo(65 + 64);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldStoreADossierLogWithoutItsBadRowsAndRejectOneAboveTheRate(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given
			ConfigurableApplicationContext context = database.start("qms.ingest.bm04-max-error-rate=0.002");
			Ingestor ingestor = context.getBean(Ingestor.class);
			Path tolerable = SampleWorkbooks.write(this.input.resolve("a.xlsx"), log(1000, 10, 20));
			Path tooBad = SampleWorkbooks.write(this.input.resolve("b.xlsx"), log(1000, 10, 20, 30));
			// when
			IngestVerdict accepted = ingestor.ingest(tolerable, true);
			IngestVerdict rejected = ingestor.ingest(tooBad, true);
			// then
			assertThat(accepted.outcome()).isEqualTo(Outcome.ACCEPTED);
			assertThat(accepted.rows()).isEqualTo(998);
			assertThat(accepted.problems().get(0).messageKey()).isEqualTo("ingest.rows.skipped");
			assertThat(accepted.problems().get(0).arguments()).startsWith("2", "1000", "2");
			assertThat(rejected.outcome()).isEqualTo(Outcome.REJECTED);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(count(jdbc, "bm04_row")).isEqualTo(998);
			assertThat(count(jdbc, "submission")).isOne();
			assertThat(count(jdbc, "batch_step_execution where step_name = 'swapBm04'")).isEqualTo(2);
		}
	}

	private static FormSheet log(int rows, int... badRows) {
		FormSheet sheet = AnGiangForms.bm04(rows);
		for (int bad : badRows) {
			sheet.data().get(bad)[4] = "01/01/2026";
		}
		return sheet;
	}

	private static int count(JdbcTemplate jdbc, String from) {
		return jdbc.queryForObject("select count(*) from " + from, Integer.class);
	}

	private Path copy(Path sample) {
		try {
			return Files.copy(sample, this.input.resolve(sample.getFileName()));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
