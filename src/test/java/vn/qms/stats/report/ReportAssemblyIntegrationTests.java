package vn.qms.stats.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.ingest.Ingestor;
import vn.qms.stats.approval.Approvals;
import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.reference.CutOffRule;
import vn.qms.stats.reference.Period;
import vn.qms.stats.report.IngestModel.IngestedFile;
import vn.qms.stats.report.IngestModel.Outcome;
import vn.qms.stats.report.QuarterlyModel.AttentionItem;
import vn.qms.stats.report.QuarterlyModel.AttentionList;
import vn.qms.stats.report.StatusModel.ExpectedUnit;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The assemblers read what the reports need from the database: the quarterly lists from
 * BM01 and BM03 rows, the reporting status from the submissions, the ingestion report
 * from the ingestJob runs.
 */
class ReportAssemblyIntegrationTests {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@TempDir
	Path input;

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldListAgencyTypesAndWhatNeedsAttentionFromBm01(String kind) {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given An Giang's BM01 and BM03 for Q3/2026
			ConfigurableApplicationContext context = database.start();
			Rows rows = new Rows(context.getBean(JdbcTemplate.class));
			long q3 = rows.submission(1, "BM01", "91", "2026-Q3");
			rows.bm01(q3, "A1", "DEPARTMENT", "ANNOUNCED", "'2015'", 10, 9, "true", "true", 0, 0);
			rows.bm01(q3, "A2", "DEPARTMENT", "BUILDING", "null", 5, 0, "null", "null", 0, 0);
			rows.bm01(q3, "A3", "COMMUNE_PC", "ANNOUNCED", "'2008'", 4, 4, "false", "null", 3, 1);
			long bm03 = rows.submission(3, "BM03", "91", "2026-Q3");
			rows.jdbc.update("insert into bm03_row (submission_id, sheet, row_no, procedure_code, procedure_name,"
					+ " agency_code, statutory_days, actual_days, reduced_days) values (?, 'S', 1, 'P1',"
					+ " 'Đăng ký khai sinh', 'A1', 10, 6, 4)", bm03);
			// when
			QuarterlyModel model = context.getBean(QuarterlyReports.class).model(scope("91", "2026-Q3"), VIETNAMESE);
			// then
			assertThat(model.unitName()).isEqualTo("UBND tỉnh An Giang");
			assertThat(model.place()).isEqualTo("An Giang");
			assertThat(model.byAgencyType())
				.extracting(QuarterlyModel.AgencyTypeFigures::agencyType, QuarterlyModel.AgencyTypeFigures::bodies,
						QuarterlyModel.AgencyTypeFigures::announced, QuarterlyModel.AgencyTypeFigures::procedures,
						QuarterlyModel.AgencyTypeFigures::withProcess)
				.containsExactly(tuple("DEPARTMENT", 2L, 1L, 15L, 9L), tuple("COMMUNE_PC", 1L, 1L, 4L, 4L));
			assertThat(model.attention()).extracting(AttentionItem::list, AttentionItem::code, AttentionItem::detail)
				.containsExactly(tuple(AttentionList.NOT_ANNOUNCED, "A2", "BUILDING"),
						tuple(AttentionList.NO_AUDIT_OR_REVIEW, "A3", "BOTH"),
						tuple(AttentionList.OPEN_NONCONFORMITIES, "A3", "2/3"),
						tuple(AttentionList.LEGACY_VERSION, "A3", "2008"));
			assertThat(model.processing().largestCuts()).singleElement()
				.satisfies((cut) -> assertThat(cut.agencyName()).isEqualTo("Agency A1"));
			assertThat(model.trend()).hasSize(8).last().extracting(PeriodFigures::periodLabel).isEqualTo("Q3/2026");
			assertThat(model.quality()).as("the data-quality checks ran").isNotNull();
			assertThat(model.attention()).filteredOn((item) -> item.list() == AttentionList.NOT_SUBMITTED).isEmpty();
			assertThat(model.keyFigures()).extracting((figure) -> figure.id())
				.contains("mandatory_announced_rate", "reporting_rate");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldCountUnitsReportedInTheNationalBm02AsSubmitted(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given the national BM02 of 2020, ingested once
			ConfigurableApplicationContext context = database.start();
			context.getBean(Ingestor.class).ingest(sample(), true);
			// when
			StatusModel model = context.getBean(StatusReports.class).model(scope("VN", "2020"), VIETNAMESE);
			// then 22 ministries and 63 provinces existed in 2020, each a row of the BM02
			assertThat(model.units()).hasSize(85).allMatch(ExpectedUnit::submitted);
			assertThat(model.units().get(0).submissions().get(0).form()).isEqualTo("BM02 (VN)");
			assertThat(model.unitName()).isEqualTo("Bộ Khoa học và Công nghệ");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldSayWhatEachIngestedFileBrought(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given the sample twice (accepted, then duplicate) and a file that is no
			// workbook
			ConfigurableApplicationContext context = database.start();
			Ingestor ingestor = context.getBean(Ingestor.class);
			ingestor.ingest(sample(), true);
			ingestor.ingest(sample(), true);
			ingestor.ingest(Files.writeString(this.input.resolve("ảnh chụp.xlsx"), "not a workbook"), true);
			// when
			IngestModel model = context.getBean(IngestReports.class).model(scope("VN", "2020"), VIETNAMESE);
			// then
			assertThat(model.files()).extracting(IngestedFile::fileName, IngestedFile::outcome, IngestedFile::period)
				.containsExactly(tuple("bm02_quoc-gia_2020.xlsx", Outcome.ACCEPTED, "2020"),
						tuple("bm02_quoc-gia_2020.xlsx", Outcome.DUPLICATE, "2020"),
						tuple("ảnh chụp.xlsx", Outcome.REJECTED, null));
			assertThat(model.files().get(0).rows()).isEqualTo(85);
			assertThat(model.files().get(0).earlier()).isNull();
			assertThat(model.files().get(1).earlier()).startsWith("Đã nhập lần đầu lúc ")
				.endsWith("(tệp “bm02_quoc-gia_2020.xlsx”), thành bản nộp số 1 (BM02 VN 2020)");
			assertThat(model.files().get(2).problems()).singleElement()
				.satisfies((problem) -> assertThat(problem.error()).isTrue());
			assertThat(model.files().get(2).resultFile()).isEqualTo("ảnh chụp.xlsx.result.txt");
		}
	}

	private Path sample() throws Exception {
		Path copy = this.input.resolve("bm02_quoc-gia_2020.xlsx");
		if (!Files.exists(copy)) {
			Files.copy(Path.of("input-samples/bm02_quoc-gia_2020.xlsx"), copy);
		}
		return copy;
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldSayWhetherTheQuarterlyFiguresAreApproved(String kind) {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given An Giang's BM01 and BM03 for Q3/2026, BM01 approved
			ConfigurableApplicationContext context = database.start();
			Rows rows = new Rows(context.getBean(JdbcTemplate.class));
			rows.submission(1, "BM01", "91", "2026-Q3");
			rows.submission(3, "BM03", "91", "2026-Q3");
			QuarterlyReports reports = context.getBean(QuarterlyReports.class);
			String before = reports.model(scope("91", "2026-Q3"), VIETNAMESE).marker();
			context.getBean(Approvals.class).approve("BM01", "91", "2026-Q3", "thu-ky-ag");
			// when
			String partly = reports.model(scope("91", "2026-Q3"), VIETNAMESE).marker();
			context.getBean(Approvals.class).approve("BM03", "91", "2026-Q3", "thu-ky-ag");
			String approved = reports.model(scope("91", "2026-Q3"), Locale.ENGLISH).marker();
			// then
			assertThat(before).isEqualTo("Số liệu chưa được phê duyệt (số liệu tạm thời).");
			assertThat(partly).isEqualTo("Số liệu đã phê duyệt: BM01; chưa phê duyệt (tạm thời): BM03.");
			assertThat(approved).startsWith("Figures approved (BM01, BM03; thu-ky-ag, on ");
		}
	}

	private static FigureScope scope(String unit, String period) {
		return FigureScope.of(unit, Period.parse(period).orElseThrow(), CutOffRule.of("calendar"));
	}

	/** Submissions and BM01 rows inserted with SQL. */
	private record Rows(JdbcTemplate jdbc) {

		long submission(long id, String form, String unit, String period) {
			this.jdbc.update("insert into submission (id, form, reporting_unit, period, file_name, file_sha256,"
					+ " received_at, row_count, warning_count) values (?, ?, ?, ?, ?, ?, timestamp"
					+ " '2026-10-02 09:00:00', 0, 0)", id, form, unit, period, form + ".xlsx", "sha" + id);
			this.jdbc.update("insert into submission_current (form, reporting_unit, period, submission_id)"
					+ " values (?, ?, ?, ?)", form, unit, period, id);
			return id;
		}

		void bm01(long submission, String agency, String type, String status, String version, int procedures,
				int withProcess, String audit, String review, int ncFound, int ncClosed) {
			this.jdbc.update("insert into bm01_row (submission_id, sheet, row_no, agency_code, agency_name,"
					+ " agency_type, obligation, status, standard_version, tthc_total, tthc_with_process,"
					+ " internal_audit_done, management_review_done, nc_found, nc_closed) values (" + submission
					+ ", 'S', " + agency.substring(1) + ", '" + agency + "', 'Agency " + agency + "', '" + type
					+ "', 'MANDATORY', '" + status + "', " + version + ", " + procedures + ", " + withProcess + ", "
					+ audit + ", " + review + ", " + ncFound + ", " + ncClosed + ")");
		}

	}

}
