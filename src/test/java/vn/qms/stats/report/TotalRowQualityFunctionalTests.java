package vn.qms.stats.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.ingest.IngestVerdict;
import vn.qms.stats.ingest.Ingestor;
import vn.qms.stats.ingest.samples.AnGiangForms;
import vn.qms.stats.ingest.samples.Bm02Sheet;
import vn.qms.stats.ingest.samples.FormSheet;
import vn.qms.stats.ingest.samples.NationalBm02;
import vn.qms.stats.ingest.samples.SampleWorkbooks;
import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.reference.CutOffRule;
import vn.qms.stats.reference.Period;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A total row that disagrees with its column, from the dropped file (accepted, with a
 * warning) to the data-quality section of the reports, in Vietnamese and English.
 */
class TotalRowQualityFunctionalTests {

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldShowAProvinceTotalRowThatDisagreesInTheQuarterlyDataQualitySection(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given An Giang's BM01 whose total row says 7 procedures in scope
			ConfigurableApplicationContext context = database.start();
			FormSheet bm01 = AnGiangForms.bm01().totalStated("tthc_total", 7);
			Path file = SampleWorkbooks.write(this.folder.resolve("bm01.xlsx"), bm01);
			IngestVerdict verdict = context.getBean(Ingestor.class).ingest(file, false);
			long sum = context.getBean(JdbcTemplate.class)
				.queryForObject("select sum(tthc_total) from bm01_row", Long.class);
			// when
			QuarterlyReports reports = context.getBean(QuarterlyReports.class);
			FigureScope scope = scope("91", "2026-Q3");
			List<Path> files = reports.render(scope, Locale.forLanguageTag("vi"), EnumSet.of(ReportFormat.PDF),
					this.folder.resolve("out"));
			QuarterlyModel english = reports.model(scope, Locale.ENGLISH);
			// then
			assertThat(verdict.outcome()).isEqualTo(IngestVerdict.Outcome.ACCEPTED);
			String where = "dòng " + bm01.dataRowNumber(bm01.data().size()) + ", cột "
					+ bm01.columnLetter("tthc_total");
			assertThat(RenderedFiles.pdfText(files.get(0))).contains("CHẤT LƯỢNG SỐ LIỆU",
					"Dòng tổng cộng không khớp tổng các dòng",
					"BM01, trang tính “BM01”, " + where
							+ " (Số TTHC thuộc thẩm quyền): dòng tổng ghi 7, cộng các dòng được "
							+ shown(Locale.forLanguageTag("vi"), sum));
			assertThat(english.quality()).filteredOn((issue) -> issue.check().equals("TOTAL_ROW_MISMATCH"))
				.singleElement()
				.satisfies((issue) -> {
					assertThat(issue.unitCode()).isEqualTo("91");
					assertThat(issue.detail()).isEqualTo("BM01, sheet “BM01”, row "
							+ bm01.dataRowNumber(bm01.data().size()) + ", column " + bm01.columnLetter("tthc_total")
							+ " (Số TTHC thuộc thẩm quyền): the total row says 7, the rows add up to "
							+ shown(Locale.ENGLISH, sum));
				});
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldShowTheTotalRowOfTheNationalCompilationInTheReview(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given the national BM02 of 2020 whose ministries' total row says 999
			// mandatory bodies, and a correct one of 2019
			ConfigurableApplicationContext context = database.start();
			Ingestor ingestor = context.getBean(Ingestor.class);
			Bm02Sheet ministries = NationalBm02.ministries("Năm 2020").total(999);
			ingestor.ingest(SampleWorkbooks.write(this.folder.resolve("2020.xlsx"), ministries,
					NationalBm02.provinces("Năm 2020")), false);
			ingestor.ingest(SampleWorkbooks.write(this.folder.resolve("2019.xlsx"), NationalBm02.ministries("Năm 2019"),
					NationalBm02.provinces("Năm 2019")), false);
			// when
			ReviewReports reviews = context.getBean(ReviewReports.class);
			ReviewModel of2020 = reviews.model(List.of(scope("VN", "2020")), Locale.ENGLISH);
			ReviewModel of2019 = reviews.model(List.of(scope("VN", "2019")), Locale.ENGLISH);
			// then
			assertThat(of2020.quality()).filteredOn((issue) -> issue.check().equals("TOTAL_ROW_MISMATCH"))
				.extracting(QualityIssue::unitCode, QualityIssue::detail)
				.containsExactly(tuple("VN",
						"BM02, sheet “Bộ ngành”, row " + ministries.dataRowNumber(22) + ", column "
								+ ministries.columnLetter("mandatory_total")
								+ " (Số cơ quan thuộc đối tượng bắt buộc): the total row says 999, the rows add up to "
								+ ministries.data().stream().mapToInt((row) -> (Integer) row[2]).sum()));
			assertThat(of2019.quality()).noneMatch((issue) -> issue.check().equals("TOTAL_ROW_MISMATCH"));
		}
	}

	private static String shown(Locale locale, long count) {
		return NumberStyle.of(locale).count(BigDecimal.valueOf(count));
	}

	private static FigureScope scope(String unit, String period) {
		return FigureScope.of(unit, Period.parse(period).orElseThrow(), CutOffRule.of("calendar"));
	}

}
