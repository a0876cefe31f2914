package vn.qms.stats.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import vn.qms.stats.ingest.IngestVerdict.Outcome;
import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.ingest.samples.Bm02Sheet;
import vn.qms.stats.ingest.samples.FormSheet;
import vn.qms.stats.ingest.samples.SampleUnits;
import vn.qms.stats.ingest.samples.SampleWorkbooks;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file whose content a parser cannot read (a sheet cut short or malformed in an
 * {@code .xlsx}, a damaged record in an {@code .xls}) that the guard lets through is
 * rejected with a message of ours in Vietnamese and English: never the parser's own
 * English words, which go to the log only.
 */
class DamagedFileVerdictTests {

	static final String CORRUPT_VI = "Tệp bị hỏng, không đọc được như bảng tính Excel. Xin mở tệp bằng Excel, lưu lại "
			+ "dưới dạng .xlsx rồi gửi lại.";

	static final String CORRUPT_EN = "The file is damaged and cannot be read as an Excel workbook. Please open it in "
			+ "Excel, save it as .xlsx and send it again.";

	private static TestDatabase database;

	private static ConfigurableApplicationContext context;

	@TempDir
	Path input;

	@BeforeAll
	static void start() {
		database = TestDatabase.of("h2");
		context = database.start();
	}

	@AfterAll
	static void stop() {
		database.close();
	}

	@Test
	void shouldRejectAnXlsxWhoseSheetIsCutShortInOurOwnWords() throws Exception {
		// given a workbook whose sheet's XML ends midway (its zip is whole)
		Path whole = SampleWorkbooks.write(this.input.resolve("whole.xlsx"), ministries(30));
		Path file = rewriteSheet(whole, this.input.resolve("bo-nganh-cut.xlsx"),
				(xml) -> xml.substring(0, xml.length() / 2));
		// when
		IngestVerdict verdict = context.getBean(Ingestor.class).ingest(file, false);
		// then
		assertRejectedWith(verdict, CORRUPT_VI, CORRUPT_EN);
	}

	@Test
	void shouldRejectAnXlsWithADamagedRecordInOurOwnWords() throws Exception {
		// given an Excel 97-2003 workbook one of whose records is overwritten
		Path file = damagedXls(this.input.resolve("bo-nganh.xls"));
		// when
		IngestVerdict verdict = context.getBean(Ingestor.class).ingest(file, false);
		// then
		assertRejectedWith(verdict, CORRUPT_VI, CORRUPT_EN);
	}

	@Test
	void shouldRejectAStreamedLogThatBreaksOffInOurOwnWords() throws Exception {
		// given a one-sheet dossier log (streamed: the rows the route sniffs are sound)
		// whose row 90 is malformed XML
		FormSheet log = new FormSheet("SO", Forms.BM04).title("Kỳ báo cáo: 2026-Q3", "Mã đơn vị báo cáo: 91");
		for (int i = 1; i <= 100; i++) {
			log.row("H91.26." + i, "1.001757", "H91.07", LocalDateTime.of(2026, 7, 15, 8, 0), "30/07/2026",
					"28/07/2026 10:15", "Trực tuyến");
		}
		Path whole = SampleWorkbooks.write(this.input.resolve("log.xlsx"), log);
		Path file = rewriteSheet(whole, this.input.resolve("bm04-hong.xlsx"),
				(xml) -> xml.replace("<row r=\"90\"", "<row r=\"90\" <<"));
		// when
		IngestVerdict verdict = context.getBean(Ingestor.class).ingest(file, false);
		// then
		assertRejectedWith(verdict,
				"Tệp bị hỏng từ dòng 90: phần còn lại của trang tính không đọc được. Không dòng nào của tệp được lưu. "
						+ "Xin mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi gửi lại.",
				"The file is damaged from row 90: the rest of the sheet cannot be read. None of its rows were stored. "
						+ "Please open it in Excel, save it as .xlsx and send it again.");
		assertThat(verdict.problems()).filteredOn(Problem::isError)
			.singleElement()
			.satisfies((error) -> assertThat(error.arguments()).containsExactly("90"));
	}

	private static void assertRejectedWith(IngestVerdict verdict, String vietnamese, String english) {
		assertThat(verdict.outcome()).isEqualTo(Outcome.REJECTED);
		assertThat(verdict.problems()).filteredOn(Problem::isError).singleElement().satisfies((error) -> {
			assertThat(error.message(ProblemMessages.VIETNAMESE)).isEqualTo(vietnamese);
			assertThat(error.message(Locale.ENGLISH)).isEqualTo(english);
		});
		// and the result file the sender reads says no more
		String result = verdict.problems().toString();
		assertThat(result).doesNotContainIgnoringCase("exception").doesNotContain("Unexpected").doesNotContain("EOF");
	}

	private static Bm02Sheet ministries(int rows) {
		Bm02Sheet sheet = new Bm02Sheet("Bộ ngành").title("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "Kỳ báo cáo: Năm 2020",
				"Mã đơn vị báo cáo: VN");
		for (int i = 1; i <= Math.min(rows, SampleUnits.MINISTRIES.size()); i++) {
			SampleUnits.Named ministry = SampleUnits.MINISTRIES.get(i - 1);
			sheet.row(ministry.code(), ministry.name(), 10, 8);
		}
		return sheet.withoutTotal();
	}

	/** The workbook with its sheet's XML changed. */
	private static Path rewriteSheet(Path xlsx, Path target, java.util.function.UnaryOperator<String> change)
			throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] bytes = in.readAllBytes();
				if (entry.getName().startsWith("xl/worksheets/")) {
					bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(bytes);
				out.closeEntry();
			}
		}
		return target;
	}

	/**
	 * An .xls of a few rows whose record after the workbook's first BOF record is
	 * overwritten with bytes that make no record (its container is whole).
	 */
	private static Path damagedXls(Path file) throws IOException {
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Bộ ngành");
			List<List<Object>> rows = ministries(5).rows();
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					if (rows.get(r).get(c) != null) {
						row.createCell(c).setCellValue(String.valueOf(rows.get(r).get(c)));
					}
				}
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		byte[] bytes = Files.readAllBytes(file);
		// BIFF8's BOF: record 0x0809 of 16 bytes, version 0x0600
		byte[] bof = { 0x09, 0x08, 0x10, 0x00, 0x00, 0x06 };
		int at = indexOf(bytes, bof);
		assertThat(at).isPositive();
		for (int i = at + 20; i < at + 20 + 64; i++) {
			bytes[i] = (byte) 0xFF;
		}
		return Files.write(file, bytes);
	}

	private static int indexOf(byte[] bytes, byte[] part) {
		outer: for (int i = 0; i + part.length <= bytes.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (bytes[i + j] != part[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
