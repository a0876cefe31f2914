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

class IngestReportRendererTests {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private static final IngestReportRenderer renderer = new IngestReportRenderer(new ReportTemplates());

	@TempDir
	Path out;

	@Test
	void shouldSayWhatEachFileBroughtPerPeriod() throws IOException {
		// given files of two periods and one not recognised
		IngestModel ingest = StatusFixtures.files();
		// when
		List<Path> files = renderer.render(ingest, VIETNAMESE, EnumSet.allOf(ReportFormat.class), this.out);
		// then
		assertThat(files).extracting((file) -> file.getFileName().toString())
			.containsExactly("ingest_VN_2026-Q3.pdf", "ingest_VN_2026-Q3.xlsx");
		RenderedFiles.assertOnlyEmbeddedLiberationSerif(files.get(0));
		String text = pdfText(files.get(0));
		assertThat(text)
			.contains("I. KỲ BÁO CÁO Quý III/2026", "Đã tiếp nhận 3 tệp: 1 được chấp nhận, 1 trùng lặp, 1 bị từ chối.",
					"Chấp nhận", "Trùng lặp", "Từ chối", "1.204 dòng, 0 cảnh báo",
					"giá trị “Đã áp dụng rồi” không hợp lệ", "Ửng dụng số thủ tục")
			.contains("II. KỲ BÁO CÁO Quý II/2026", "III. TỆP CHƯA XÁC ĐỊNH ĐƯỢC KỲ BÁO CÁO", "ảnh chụp.pdf",
					"Không phải tệp Excel hoặc CSV");
	}

	@Test
	void shouldWriteRowCountsAsNumbers() throws IOException {
		// given
		IngestModel ingest = StatusFixtures.files();
		// when
		Path xlsx = renderer.render(ingest, VIETNAMESE, EnumSet.of(ReportFormat.XLSX), this.out).get(0);
		// then
		try (Workbook workbook = RenderedFiles.workbook(xlsx)) {
			Row rejected = rowWith(workbook.getSheetAt(0), "BM01_DakLak_Q3.xlsx");
			assertThat(numbers(rejected)).containsExactly(1204.0);
			assertThat(formats(rejected)).containsExactly("#,##0");
		}
	}

	@Test
	void shouldUseEnglishLabelsForEnglishLocale() throws IOException {
		// given
		IngestModel ingest = StatusFixtures.files();
		// when
		Path pdf = renderer.render(ingest, Locale.ENGLISH, EnumSet.of(ReportFormat.PDF), this.out).get(0);
		// then
		assertThat(pdfText(pdf))
			.contains("REPORTING PERIOD Quý III/2026", "3 files received: 1 accepted", "Rejected",
					"FILES WITHOUT A RECOGNISED PERIOD")
			.doesNotContain("Từ chối");
	}

}
