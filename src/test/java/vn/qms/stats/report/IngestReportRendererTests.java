package vn.qms.stats.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
					"Chấp nhận", "Trùng lặp", "Từ chối", "1.204 dòng, 2 lỗi, 0 cảnh báo",
					"[LỖI] trang tính “BM01”, dòng 17, cột G (Tình trạng), giá trị “Đã áp dụng rồi”: Không thuộc",
					"Ửng dụng số thủ tục", "21 dòng, 0 lỗi, 1 cảnh báo",
					"[CẢNH BÁO] trang tính “Bộ ngành”, dòng 30, cột F (Tổng số cơ quan), giá trị “40”",
					"21 dòng, 0 lỗi, 1 cảnh báo Đã nhập lần đầu lúc 03/10/2026 09:15 (tệp “BM02_BKHCN_Q3-2026.xlsx”), "
							+ "thành bản nộp số 7 (BM02 BKHCN 2026-Q3) [CẢNH BÁO] trang tính “Bộ ngành”, dòng 30")
			.contains("II. KỲ BÁO CÁO Quý II/2026", "III. TỆP CHƯA XÁC ĐỊNH ĐƯỢC KỲ BÁO CÁO", "ảnh chụp.pdf",
					"Không phải tệp Excel hoặc CSV");
	}

	@Test
	void shouldWriteFileNamesAndValuesThatLookLikeFormulasAsTextCellsInTheXlsx() throws IOException {
		// given a file name and a cell value sent as formulas
		String name = "=HYPERLINK(\"http://evil.example\",\"Bấm\").xlsx";
		IngestModel ingest = new IngestModel("VN", "Việt Nam", "2026-Q3", "Quý III/2026", null,
				java.time.LocalDate.of(2026, 10, 15),
				List.of(new IngestModel.IngestedFile(
						name, null, null, null, null, null, java.time.LocalDateTime.of(2026, 10, 3, 9, 15),
						IngestModel.Outcome.REJECTED, 0, 1, 0, List.of(new IngestModel.ListedProblem(true, "S", 3, "A",
								"Mã", "@SUM(1+1)*cmd|' /C calc'!A0", "Không phải tệp Excel hoặc CSV")),
						"rejected/x.result.txt", null)));
		// when
		List<Path> files = renderer.render(ingest, VIETNAMESE, EnumSet.of(ReportFormat.XLSX), this.out);
		// then not one cell of the workbook is a formula; the name is there as text
		try (Workbook workbook = RenderedFiles.workbook(files.get(0))) {
			List<String> texts = new ArrayList<>();
			workbook.getSheetAt(0).forEach((row) -> row.forEach((cell) -> {
				assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
				if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
					texts.add(cell.getStringCellValue());
				}
			}));
			assertThat(texts).anySatisfy((text) -> assertThat(text).contains(name));
		}
	}

	@Test
	void shouldListTheFirstProblemsOfAFileAndPointToItsResultFileForTheRest() throws IOException {
		// given a dossier log rejected with 10,001 errors, of which the model keeps the
		// first 20
		IngestModel ingest = StatusFixtures.manyErrors();
		// when
		List<Path> files = renderer.render(ingest, VIETNAMESE, EnumSet.allOf(ReportFormat.class), this.out);
		// then at most two pages, each problem on its own line with its place, then what
		// is left
		String text = pdfText(files.get(0));
		assertThat(text).contains("0 dòng, 10.001 lỗi, 0 cảnh báo",
				"[LỖI] trang tính “Sổ hồ sơ”, dòng 10007: Tệp có quá nhiều lỗi",
				"[LỖI] trang tính “Sổ hồ sơ”, dòng 7, cột D (Ngày tiếp nhận), giá trị “ngày 32/13/2026”: Không phải "
						+ "là ngày giờ (dùng dạng dd/MM/yyyy HH:mm)",
				"dòng 25, cột D", "… và 9.981 lỗi, cảnh báo khác: xem tệp kết quả rejected/so-ho-so.csv.result.txt");
		assertThat(text).doesNotContain("dòng 26, cột D");
		assertThat(text.split("Không phải là ngày giờ", -1)).hasSize(20);
		try (PDDocument pdf = Loader.loadPDF(files.get(0).toFile())) {
			assertThat(pdf.getNumberOfPages()).isLessThanOrEqualTo(2);
		}
		try (Workbook workbook = RenderedFiles.workbook(files.get(1))) {
			List<String> cells = new ArrayList<>();
			workbook.getSheetAt(0).forEach((row) -> cells.addAll(RenderedFiles.texts(row)));
			assertThat(cells).contains(
					"[LỖI] trang tính “Sổ hồ sơ”, dòng 8, cột D (Ngày tiếp nhận), giá trị “ngày 32/13/2026”: Không "
							+ "phải là ngày giờ (dùng dạng dd/MM/yyyy HH:mm)",
					"… và 9.981 lỗi, cảnh báo khác: xem tệp kết quả rejected/so-ho-so.csv.result.txt");
		}
	}

	@Test
	void shouldListProblemsInEnglishForEnglishLocale() throws IOException {
		// given
		IngestModel ingest = StatusFixtures.manyErrors();
		// when
		Path pdf = renderer.render(ingest, Locale.ENGLISH, EnumSet.of(ReportFormat.PDF), this.out).get(0);
		// then the place and the counts in English (the messages are the verdict's)
		assertThat(pdfText(pdf)).contains("0 rows, 10,001 errors, 0 warnings",
				"[ERROR] sheet “Sổ hồ sơ”, row 7, column D (Ngày tiếp nhận), value “ngày 32/13/2026”:",
				"… and 9,981 more problems: see the result file rejected/so-ho-so.csv.result.txt");
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
