package vn.qms.stats.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import vn.qms.stats.ingest.IngestVerdict;
import vn.qms.stats.ingest.Ingestor;
import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.reference.CutOffRule;
import vn.qms.stats.reference.Period;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file with ten thousand errors, from the input folder to the ingestion report: the
 * report lists its first problems, each with its place, and points to the result files,
 * which list every one.
 */
class IngestReportFunctionalTests {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** Rows above the first dossier: title block, blank row, header. */
	private static final int FIRST_DATA_ROW = 7;

	@TempDir
	Path folder;

	@Test
	void shouldListTheFirstOfTenThousandErrorsAndPointToTheResultFileThatListsThemAll() throws IOException {
		try (TestDatabase database = TestDatabase.h2()) {
			// given a dossier log sent as CSV whose 12,000 rows all lack a valid received
			// date
			ConfigurableApplicationContext context = database.start();
			Path file = badDossierLog(this.folder.resolve("so-ho-so.csv"), 12_000);
			// when
			IngestVerdict verdict = context.getBean(Ingestor.class).ingest(file, false);
			Path out = this.folder.resolve("out");
			List<Path> reports = context.getBean(IngestReports.class)
				.render(thisQuarter(), VIETNAMESE, EnumSet.allOf(ReportFormat.class), out);
			// then the result files list every problem read, one structured entry each
			assertThat(verdict.outcome()).isEqualTo(IngestVerdict.Outcome.REJECTED);
			Path rejected = this.folder.resolve("rejected");
			JsonNode result = new ObjectMapper().readTree(rejected.resolve("so-ho-so.csv.result.json").toFile());
			assertThat(result.path("errors").asInt()).isEqualTo(10_001);
			assertThat(result.path("problems")).hasSize(10_001);
			JsonNode first = result.path("problems").get(1);
			assertThat(List.of(first.path("sheet").asText(), first.path("row").asText(), first.path("column").asText(),
					first.path("header").asText(), first.path("value").asText(), first.path("messageEn").asText()))
				.containsExactly("so-ho-so", "7", "D", "Ngày tiếp nhận", "ngày 32/13/2026",
						"Not a date and time (write dd/MM/yyyy HH:mm)");
			String text = Files.readString(rejected.resolve("so-ho-so.csv.result.txt"));
			assertThat(text).contains("\n10001. [LỖI] trang tính “so-ho-so”, dòng 10006, cột D (Ngày tiếp nhận)");
			// and the report lists the first twenty, one line each, on at most two pages
			String pdf = RenderedFiles.pdfText(reports.get(0));
			assertThat(pdf).contains("so-ho-so.csv", "0 dòng, 10.001 lỗi, 0 cảnh báo",
					"[LỖI] trang tính “so-ho-so”, dòng 10007: Tệp có quá nhiều lỗi",
					"[LỖI] trang tính “so-ho-so”, dòng 7, cột D (Ngày tiếp nhận), giá trị “ngày 32/13/2026”: Không",
					"dòng 25, cột D",
					"… và 9.981 lỗi, cảnh báo khác: xem tệp kết quả rejected/so-ho-so.csv.result.txt");
			assertThat(pdf).doesNotContain("dòng 26, cột D");
			try (PDDocument document = Loader.loadPDF(reports.get(0).toFile())) {
				assertThat(document.getNumberOfPages()).isLessThanOrEqualTo(2);
			}
			// and no cell of the XLSX is beyond what Excel opens (32,767 characters)
			try (Workbook workbook = RenderedFiles.workbook(reports.get(1))) {
				List<String> texts = new ArrayList<>();
				workbook.getSheetAt(0).forEach((row) -> row.forEach((cell) -> texts.add(text(cell))));
				assertThat(texts)
					.contains("… và 9.981 lỗi, cảnh báo khác: xem tệp kết quả " + "rejected/so-ho-so.csv.result.txt");
				assertThat(texts).allSatisfy((cell) -> assertThat(cell).hasSizeLessThan(1_000));
			}
		}
	}

	private static String text(Cell cell) {
		return (cell.getCellType() == CellType.STRING) ? cell.getStringCellValue() : "";
	}

	/**
	 * A file of no recognised period is in the national report of the quarter it came in.
	 */
	private static FigureScope thisQuarter() {
		LocalDate today = LocalDate.now();
		return FigureScope.of("VN", Period.ofQuarter(today.getYear(), (today.getMonthValue() + 2) / 3),
				CutOffRule.of("calendar"));
	}

	private static Path badDossierLog(Path file, int rows) throws IOException {
		StringBuilder csv = new StringBuilder("UBND TỈNH AN GIANG\nSỔ THEO DÕI HỒ SƠ THỦ TỤC HÀNH CHÍNH\n")
			.append("Kỳ báo cáo: Quý III/2026\nMã đơn vị báo cáo: 91\n\n")
			.append("Mã hồ sơ,Mã TTHC,Mã cơ quan,Ngày tiếp nhận,Ngày hẹn trả,Ngày trả kết quả,Hình thức nộp\n");
		for (int i = 1; i <= rows; i++) {
			csv.append(String.format("H001.26.%08d,1.001001,91.001,ngày 32/13/2026,10/08/2026 16:30,,Trực tiếp\n", i));
		}
		assertThat(csv.toString().lines().toList().get(FIRST_DATA_ROW - 1)).startsWith("H001.26.00000001");
		return Files.writeString(file, csv);
	}

}
