package vn.qms.stats.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qms.stats.report.RenderedFiles.formats;
import static vn.qms.stats.report.RenderedFiles.numbers;
import static vn.qms.stats.report.RenderedFiles.pdfText;
import static vn.qms.stats.report.RenderedFiles.rowWith;

class StatusReportRendererTests {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private static final StatusReportRenderer renderer = new StatusReportRenderer(new ReportTemplates());

	@TempDir
	Path out;

	@Test
	void shouldListTheUnitsToChaseAndTheFilesReceived() throws IOException {
		// given 3 of 5 units submitted
		StatusModel status = StatusFixtures.national();
		// when
		List<Path> files = renderer.render(status, VIETNAMESE, EnumSet.allOf(ReportFormat.class), this.out);
		// then
		assertThat(files).extracting((file) -> file.getFileName().toString())
			.containsExactly("status_VN_2026-Q3.pdf", "status_VN_2026-Q3.xlsx");
		RenderedFiles.assertOnlyEmbeddedLiberationSerif(files.get(0));
		String text = pdfText(files.get(0));
		assertThat(text).contains("60,0 % đơn vị (3/5) đã gửi báo cáo", "2 đơn vị chưa gửi báo cáo")
			.contains("II. ĐƠN VỊ CHƯA GỬI BÁO CÁO", "Bộ Y tế (BYT) Bộ, ngành 02/07/2026 14:00", "An Giang (91)")
			.contains("III. ĐƠN VỊ ĐÃ GỬI BÁO CÁO", "Đắk Lắk (66)", "BM03_DakLak_Q3.xlsx", "04/10/2026 09:15", "5.176",
					"Ứng dụng ISO - Huế.xlsx", "Thừa Thiên Huế");
		String missing = text.substring(text.indexOf("II. ĐƠN VỊ CHƯA"), text.indexOf("III. ĐƠN VỊ ĐÃ"));
		assertThat(missing).doesNotContain("Đắk Lắk", "Bộ Khoa học");
	}

	@Test
	void shouldWriteTheReportingRateAndRowsAsNumbers() throws IOException {
		// given
		StatusModel status = StatusFixtures.national();
		// when
		Path xlsx = renderer.render(status, VIETNAMESE, EnumSet.of(ReportFormat.XLSX), this.out).get(0);
		// then
		try (Workbook workbook = RenderedFiles.workbook(xlsx)) {
			Row rate = rowWith(workbook.getSheetAt(0), "Đơn vị đã gửi báo cáo");
			assertThat(numbers(rate)).containsExactly(3.0, 5.0, 0.6);
			assertThat(formats(rate)).containsExactly("#,##0", "#,##0", "0.0%");
			Row bm03 = rowWith(workbook.getSheetAt(0), "BM03_DakLak_Q3.xlsx");
			assertThat(numbers(bm03)).containsExactly(5176.0);
		}
	}

	@Test
	void shouldUseEnglishLabelsForEnglishLocale() throws IOException {
		// given
		StatusModel status = StatusFixtures.national();
		// when
		Path pdf = renderer.render(status, Locale.ENGLISH, EnumSet.of(ReportFormat.PDF), this.out).get(0);
		// then
		assertThat(pdfText(pdf))
			.contains("60.0% of units (3/5) have submitted", "UNITS THAT HAVE NOT SUBMITTED", "Bộ Y tế (BYT) Ministry")
			.doesNotContain("ĐƠN VỊ CHƯA");
	}

}
