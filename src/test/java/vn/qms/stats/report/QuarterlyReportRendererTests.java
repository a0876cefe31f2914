package vn.qms.stats.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.qms.stats.system.SignerProperties;
import vn.qms.stats.system.SignerProperties.Signer;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qms.stats.report.RenderedFiles.formats;
import static vn.qms.stats.report.RenderedFiles.numbers;
import static vn.qms.stats.report.RenderedFiles.pdfPages;
import static vn.qms.stats.report.RenderedFiles.pdfText;
import static vn.qms.stats.report.RenderedFiles.rowWith;

class QuarterlyReportRendererTests {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private static final QuarterlyReportRenderer renderer = new QuarterlyReportRenderer(new ReportTemplates());

	@TempDir
	Path out;

	@Test
	void shouldWritePdfAndXlsxNamedAfterReportUnitAndPeriod() throws IOException {
		// given
		QuarterlyModel report = QuarterlyFixtures.daklak();
		// when
		List<Path> files = renderer.render(report, VIETNAMESE, EnumSet.allOf(ReportFormat.class), this.out);
		// then
		assertThat(files).extracting((file) -> file.getFileName().toString())
			.containsExactly("quarterly_66_2026-Q3.pdf", "quarterly_66_2026-Q3.xlsx");
		try (var listing = Files.list(this.out)) {
			assertThat(listing).as("no temporary file left behind").hasSize(2);
		}
	}

	@Test
	void shouldShowKeyFiguresWithCountsInVietnameseStyle() throws IOException {
		// given
		QuarterlyModel report = QuarterlyFixtures.daklak();
		// when
		Path pdf = renderPdf(report, VIETNAMESE);
		// then
		RenderedFiles.assertOnlyEmbeddedLiberationSerif(pdf);
		assertThat(pdfText(pdf))
			.contains("UBND TỈNH ĐẮK LẮK", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
					"Đắk Lắk, ngày 05 tháng 10 năm 2026", "Kỳ báo cáo: Quý III/2026", "I. CÁC CHỈ SỐ CHÍNH")
			.contains("Cơ quan thuộc đối tượng bắt buộc đã công bố HTQLCL 124/132 93,9 %",
					"Hồ sơ được giải quyết đúng hạn 18.861/19.012 99,2 %", "Cơ quan áp dụng ISO điện tử 0/0 –")
			.contains("Sở, ban, ngành 17/18 94,4 % 1.180/1.204 98,0 %", "Tổng cộng 146/172 84,9 % 4.920/5.176 95,1 %")
			.contains("Sở Xây dựng", "Đang xây dựng", "Chi cục Thú y", "2008", "Hồ sơ chưa giải quyết đã quá hạn: 37",
					"Thời gian giải quyết trung bình: 4,3 ngày",
					"Thời gian giải quyết trung bình (ngày làm việc): 2,9 ngày",
					"Thời gian giải quyết (trung vị, ngày làm việc): 2,5 ngày",
					"HS-2026-000123 1.004227 Sở Xây dựng 03/08/2026 08:30",
					"1.004227 – Cấp giấy phép xây dựng nhà ở riêng lẻ", "53,3 %")
			.contains("V. DIỄN BIẾN QUA CÁC KỲ BÁO CÁO", "Q2/2026", "VI. CHẤT LƯỢNG SỐ LIỆU",
					"Biểu 02 không khớp biểu 01", "NGƯỜI LẬP BIỂU", "TM. BAN CHỈ ĐẠO");
	}

	@Test
	void shouldSayWhenAListIsEmpty() throws IOException {
		// given nothing needs attention
		QuarterlyModel report = QuarterlyFixtures.daklak(List.of());
		// when
		String text = pdfText(renderPdf(report, VIETNAMESE));
		// then
		assertThat(text).contains("Cơ quan thuộc đối tượng bắt buộc chưa công bố HTQLCL phù hợp: 0 Không có.",
				"Đơn vị chưa gửi báo cáo kỳ này: 0 Không có.");
	}

	@Test
	void shouldUseEnglishLabelsForEnglishLocale() throws IOException {
		// given
		QuarterlyModel report = QuarterlyFixtures.daklak();
		// when
		String text = pdfText(renderPdf(report, Locale.ENGLISH));
		// then
		assertThat(text)
			.contains("SOCIALIST REPUBLIC OF VIETNAM", "KEY FIGURES", "Dossiers resolved on time 18,861/19,012 99.2%",
					"Department 17/18 94.4%", "NEEDS ATTENTION", "DATA QUALITY", "Đắk Lắk, 5 October 2026")
			.doesNotContain("CỘNG HÒA", "Sở, ban, ngành");
	}

	@Test
	void shouldPrintTheColumnGroupHeadersWhole() throws IOException {
		for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("vi"))) {
			// when
			String text = pdfText(renderPdf(QuarterlyFixtures.daklak(), locale)).replaceAll("\\s+", " ");
			// then the header over the agency types' rates is not cut
			ReportText labels = new ReportText(locale);
			assertThat(text).as(locale.toString())
				.contains(labels.get("column.announcedGroup"), labels.get("column.tthc"));
		}
	}

	@Test
	void shouldWriteRatesAndCountsAsNumericCells() throws IOException {
		// given
		QuarterlyModel report = QuarterlyFixtures.daklak();
		// when
		Path xlsx = renderer.render(report, VIETNAMESE, Set.of(ReportFormat.XLSX), this.out).get(0);
		// then
		try (Workbook workbook = RenderedFiles.workbook(xlsx)) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			Sheet sheet = workbook.getSheetAt(0);
			Row mandatory = rowWith(sheet, "Cơ quan thuộc đối tượng bắt buộc đã công bố HTQLCL");
			assertThat(numbers(mandatory)).containsExactly(124.0, 132.0, 124.0 / 132);
			assertThat(formats(mandatory)).containsExactly("#,##0", "#,##0", "0.0%");
			Row departments = rowWith(sheet, "Sở, ban, ngành");
			assertThat(numbers(departments)).containsExactly(17.0, 18.0, 17.0 / 18, 1180.0, 1204.0, 1180.0 / 1204);
			Row eIso = rowWith(sheet, "Cơ quan áp dụng ISO điện tử");
			assertThat(numbers(eIso)).containsExactly(0.0, 0.0);
			assertThat(RenderedFiles.texts(eIso)).containsExactly("7", "Cơ quan áp dụng ISO điện tử", "–");
			Row cut = rowWith(sheet, "2.000889 – Đăng ký khai sinh");
			assertThat(numbers(cut)).containsExactly(3.0, 1.5, 0.5);
			assertThat(formats(cut)).containsExactly("#,##0.0", "#,##0.0", "0.0%");
		}
	}

	@Test
	void shouldShowAPeriodWithoutDataAsNoDataRatherThanZero() throws IOException {
		// given a trend whose Q4/2024 has no submission
		QuarterlyModel report = QuarterlyFixtures.daklak();
		// when
		String text = pdfText(renderPdf(report, VIETNAMESE));
		// then
		assertThat(text).contains("Q4/2024 – – – – – – Q1/2025 100,0 % (1/1)")
			.contains("Kỳ ghi “–” là kỳ chưa có số liệu")
			.doesNotContain("0,0 % (0/1)");
	}

	@Test
	void shouldSignWithTheConfiguredNamesAndListTheRecipients() throws IOException {
		// given
		Signer signer = new Signer("Nguyễn Thị Lan", null, "DEPUTY HEAD", "Phạm Văn Minh",
				List.of("Bộ Khoa học và Công nghệ;", "Lưu: VT, Sở KH&CN"));
		QuarterlyReportRenderer signed = new QuarterlyReportRenderer(new ReportTemplates(),
				new Signatures(new SignerProperties(Map.of(QuarterlyFixtures.UNIT, signer))));
		QuarterlyModel report = QuarterlyFixtures.daklak();
		// when
		String vietnamese = pdfText(signed.render(report, VIETNAMESE, Set.of(ReportFormat.PDF), this.out).get(0));
		String english = pdfText(
				signed.render(report, Locale.ENGLISH, Set.of(ReportFormat.PDF), this.out.resolve("en")).get(0));
		// then
		assertThat(vietnamese).contains("NGƯỜI LẬP BIỂU (Ký, ghi rõ họ tên) Phạm Văn Minh")
			.contains("TM. BAN CHỈ ĐẠO TRƯỞNG BAN (Ký, ghi rõ họ tên) Nguyễn Thị Lan")
			.contains("Nơi nhận: - Bộ Khoa học và Công nghệ; - Lưu: VT, Sở KH&CN.");
		assertThat(english).contains("DEPUTY HEAD", "Nguyễn Thị Lan", "Recipients: - Bộ Khoa học và Công nghệ;");
	}

	@Test
	void shouldLeaveTheNamesBlankForAUnitWithoutConfiguredSigners() throws IOException {
		// given no qms.signers for Đắk Lắk
		QuarterlyModel report = QuarterlyFixtures.daklak();
		// when
		String text = pdfText(renderPdf(report, VIETNAMESE));
		// then the names are left to write by hand, the archive is the only recipient
		assertThat(text).containsPattern("TRƯỞNG BAN \\(Ký, ghi rõ họ tên\\) Nơi nhận: - Lưu: VT\\. \\d+/\\d+ $");
	}

	@Test
	void shouldKeepTheSignatureOnThePageOfTheLastSectionWhateverItsLength() throws IOException {
		for (int findings = 1; findings <= 24; findings++) {
			// given a data-quality section (the last) of so many findings
			List<QualityIssue> quality = new ArrayList<>();
			for (int i = 1; i <= findings; i++) {
				quality.add(new QualityIssue("BM02_VS_BM01", "66", "Đắk Lắk", "Phát hiện số " + i + " hết"));
			}
			QuarterlyModel report = QuarterlyFixtures.daklakWithQuality(quality);
			// when
			List<String> pages = pdfPages(
					renderer.render(report, VIETNAMESE, Set.of(ReportFormat.PDF), this.out.resolve("q" + findings))
						.get(0));
			// then
			String last = pages.get(pages.size() - 1);
			assertThat(last).as("the last page of a report with %d findings", findings)
				.contains("TM. BAN CHỈ ĐẠO", "Nơi nhận:", "Phát hiện số " + findings + " hết")
				.endsWith(pages.size() + "/" + pages.size() + " ");
			assertThat(pages).as("a heading never ends a page")
				.noneMatch((page) -> page
					.matches(".*VI\\. CHẤT LƯỢNG SỐ LIỆU (STT Đơn vị Nội dung Chi tiết )?\\d+/\\d+ $"));
		}
	}

	private Path renderPdf(QuarterlyModel report, Locale locale) throws IOException {
		return renderer.render(report, locale, Set.of(ReportFormat.PDF), this.out).get(0);
	}

}
