package vn.qms.stats.forms;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.ingest.IngestVerdict;
import vn.qms.stats.ingest.IngestVerdict.Outcome;
import vn.qms.stats.ingest.Ingestor;
import vn.qms.stats.ingest.Problem;
import vn.qms.stats.ingest.form.Choice;
import vn.qms.stats.ingest.form.Choices;
import vn.qms.stats.ingest.form.FormDefinition;
import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.reference.CutOffRule;
import vn.qms.stats.reference.Period;
import vn.qms.stats.reference.ReferenceUnits;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each blank form, filled in with POI as an agency fills it (values of its drop-downs,
 * numbers, date cells), goes through the real ingestion on H2 and is accepted for the
 * unit and period its title block names, with its rows stored. The storage itself is the
 * same on PostgreSQL ({@code FormStorageIntegrationTests}); what is tried here is that
 * the form the product hands out is the form it reads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BlankFormRoundTripIntegrationTests {

	private static final Period Q3_2026 = Period.ofQuarter(2026, 3);

	@TempDir
	Path folder;

	private TestDatabase database;

	private ConfigurableApplicationContext context;

	private BlankForms forms;

	private JdbcTemplate jdbc;

	@BeforeAll
	void start() {
		this.database = TestDatabase.h2();
		this.context = this.database.start();
		this.forms = this.context.getBean(BlankForms.class);
		this.jdbc = this.context.getBean(JdbcTemplate.class);
	}

	@AfterAll
	void stop() {
		this.database.close();
	}

	@Test
	void shouldAcceptAFilledBm01WithEveryValueOfItsDropDownsStoredAsItsCode() throws Exception {
		// given one agency of each type, the other lists' values in turn, and a report
		// date
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < Choices.AGENCY_TYPES.size(); i++) {
			rows.add(agency(i));
		}
		Path file = filled(Forms.BM01, "91", Q3_2026, LocalDate.of(2026, 9, 30), rows);
		// when
		IngestVerdict verdict = ingest(file);
		// then
		assertAccepted(verdict, "BM01", "91", "2026-Q3", 10);
		assertThat(verdict.problems()).extracting(Problem::messageKey)
			.doesNotContain("ingest.title.report.date.invalid");
		assertThat(this.jdbc.queryForList("select distinct agency_type from bm01_row", String.class))
			.containsExactlyInAnyOrderElementsOf(codes(Choices.AGENCY_TYPES));
		assertThat(this.jdbc.queryForList("select distinct status from bm01_row", String.class))
			.containsExactlyInAnyOrderElementsOf(codes(Choices.STATUSES));
		assertThat(this.jdbc.queryForList(
				"select distinct standard_version from bm01_row where standard_version" + " is not null", String.class))
			.containsExactlyInAnyOrderElementsOf(codes(Choices.STANDARD_VERSIONS));
		assertThat(this.jdbc.queryForObject("select count(*) from bm01_row where e_iso", Integer.class)).isEqualTo(5);
		assertThat(
				this.jdbc.queryForObject("select count(*) from bm01_row where obligation = 'MANDATORY'", Integer.class))
			.isEqualTo(5);
		assertThat(this.jdbc.queryForObject("select sum(tthc_total) from bm01_row", Integer.class))
			.isEqualTo(10 * 100 + 45);
	}

	@Test
	void shouldAcceptAFilledNationalBm02ForVnAndStoreItsCounts() throws Exception {
		// given three ministries and two provinces of 2020, named as the reference names
		// them
		Period year = Period.ofYear(2020);
		ReferenceUnits units = this.context.getBean(ReferenceUnits.class);
		List<Map<String, Object>> rows = new ArrayList<>();
		int i = 0;
		for (String code : List.of("BKHCN", "BTC", "BNV", "01", "79")) {
			String name = units.find(code, year.start(CutOffRule.CALENDAR), year.end(CutOffRule.CALENDAR))
				.orElseThrow()
				.nameVi();
			rows.add(Map.of("unit_code", code, "unit_name", name, "mandatory_total", 20 + i, "mandatory_announced",
					18 + i, "tthc_total", 300, "tthc_with_process", 250));
			i++;
		}
		Path file = filled(Forms.BM02, "VN", year, null, rows);
		// when
		IngestVerdict verdict = ingest(file);
		// then
		assertAccepted(verdict, "BM02", "VN", "2020", 5);
		assertThat(verdict.warningCount()).isZero();
		assertThat(this.jdbc.queryForObject("select sum(mandatory_total) from bm02_row", Integer.class))
			.isEqualTo(20 + 21 + 22 + 23 + 24);
		assertThat(this.jdbc.queryForList("select unit_kind from bm02_row order by unit_code", String.class))
			.containsExactly("PROVINCE", "PROVINCE", "MINISTRY", "MINISTRY", "MINISTRY");
	}

	@Test
	void shouldAcceptAFilledBm03AndWorkOutTheDaysCut() throws Exception {
		// given
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			Map<String, Object> row = new HashMap<>(Map.of("procedure_code", "1.00123" + i, "procedure_name",
					"Cấp giấy phép xây dựng " + i, "field", "Xây dựng", "agency_code", "SXD91", "statutory_days", 15,
					"actual_days", 10.5, "dossiers_received", 40, "dossiers_on_time", 35, "dossiers_late", 5));
			row.put("has_iso_process", Choices.YES_NO.get(i % 2).labelVi());
			rows.add(row);
		}
		Path file = filled(Forms.BM03, "91", Q3_2026, null, rows);
		// when
		IngestVerdict verdict = ingest(file);
		// then
		assertAccepted(verdict, "BM03", "91", "2026-Q3", 4);
		assertThat(verdict.warningCount()).isZero();
		assertThat(this.jdbc.queryForList("select reduced_days from bm03_row", Double.class)).containsOnly(4.5);
		assertThat(this.jdbc.queryForObject("select count(*) from bm03_row where has_iso_process", Integer.class))
			.isEqualTo(2);
	}

	@Test
	void shouldStreamAFilledBm04AndStoreEveryDossierWithItsChannel() throws Exception {
		// given
		List<Map<String, Object>> rows = new ArrayList<>();
		LocalDateTime first = LocalDateTime.of(2026, 7, 1, 7, 30);
		for (int i = 0; i < 30; i++) {
			Map<String, Object> row = new HashMap<>(Map.of("dossier_code", "HS-" + i, "procedure_code", "1.001234",
					"agency_code", "SXD91", "received_at", first.plusHours(i), "due_at", first.plusDays(10), "channel",
					Choices.CHANNELS.get(i % 3).labelVi()));
			if (i % 5 != 0) {
				row.put("completed_at", first.plusHours(i).plusDays(1 + i % 12));
			}
			rows.add(row);
		}
		Path file = filled(Forms.BM04, "91", Q3_2026, null, rows);
		// when
		IngestVerdict verdict = ingest(file);
		// then
		assertAccepted(verdict, "BM04", "91", "2026-Q3", 30);
		assertThat(this.jdbc.queryForList("select distinct channel from bm04_row", String.class))
			.containsExactlyInAnyOrderElementsOf(codes(Choices.CHANNELS));
		assertThat(this.jdbc.queryForObject("select count(*) from bm04_row where completed_at is null", Integer.class))
			.isEqualTo(6);
		// a single-sheet dossier log: the streaming path, whatever its length
		assertThat(this.jdbc.queryForObject("select count(*) from batch_step_execution where step_name = 'swapBm04'",
				Integer.class))
			.isOne();
	}

	private Map<String, Object> agency(int i) {
		Choice status = Choices.STATUSES.get(i % 4);
		Map<String, Object> row = new HashMap<>();
		row.put("agency_code", "A91-" + i);
		row.put("agency_name", "Cơ quan số " + i);
		row.put("agency_type", Choices.AGENCY_TYPES.get(i).labelVi());
		row.put("parent_code", (i == 0) ? null : "A91-0");
		row.put("obligation", Choices.OBLIGATIONS.get(i % 2).labelVi());
		row.put("status", status.labelVi());
		if (status.code().equals("APPLIED") || status.code().equals("ANNOUNCED")) {
			row.put("standard_version", Choices.STANDARD_VERSIONS.get(i % 3).labelVi());
		}
		if (status.code().equals("ANNOUNCED")) {
			row.put("announced_on", LocalDate.of(2026, 8, 1 + i));
		}
		row.put("tthc_total", 100 + i);
		row.put("tthc_with_process", 50 + i);
		row.put("docs_complete", Choices.YES_NO.get(i % 2).labelVi());
		row.put("e_iso", Choices.YES_NO.get((i + 1) % 2).labelVi());
		row.put("nc_found", 3);
		row.put("nc_closed", 2);
		row.put("note", "Ghi chú của cơ quan " + i);
		return row;
	}

	private Path filled(FormDefinition form, String unit, Period period, LocalDate reportDate,
			List<Map<String, Object>> rows) throws Exception {
		BlankForm blank = this.forms.blank(form.code(), unit, period);
		Path empty = this.forms.write(blank, this.folder.resolve("blank"));
		return BlankWorkbook.fill(empty, this.folder.resolve(blank.fileName()), form, reportDate, rows);
	}

	private IngestVerdict ingest(Path file) {
		return this.context.getBean(Ingestor.class).ingest(file, true);
	}

	private static void assertAccepted(IngestVerdict verdict, String form, String unit, String period, int rows) {
		assertThat(verdict.outcome()).as(verdict.line(java.util.Locale.ENGLISH)).isEqualTo(Outcome.ACCEPTED);
		assertThat(verdict.errorCount()).isZero();
		assertThat(verdict.form()).isEqualTo(form);
		assertThat(verdict.reportingUnit()).isEqualTo(unit);
		assertThat(verdict.period()).isEqualTo(period);
		assertThat(verdict.rows()).isEqualTo(rows);
	}

	private static List<String> codes(List<Choice> choices) {
		return choices.stream().map(Choice::code).toList();
	}

}
