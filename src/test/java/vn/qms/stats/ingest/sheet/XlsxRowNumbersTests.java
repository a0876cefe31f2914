package vn.qms.stats.ingest.sheet;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.qms.stats.ingest.Problem;
import vn.qms.stats.ingest.form.Forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An {@code .xlsx} is read by its row numbers as Excel shows it: a row stored out of
 * order, a row number given twice, a cell naming another row, or a row number no
 * spreadsheet has rejects the file naming the sheet and the row, never adding or dropping
 * rows unsaid.
 */
class XlsxRowNumbersTests {

	@TempDir
	Path folder;

	@Test
	void shouldReadTheRowsOfAWorkbookAsExcelWroteThem() throws Exception {
		// given
		Path file = workbook(UnaryOperator.identity());
		// when
		List<String> read = read(file);
		// then
		assertThat(read).containsExactly("1:H91", "2:H92", "3:H93", "5:An Giang");
	}

	@Test
	void shouldRejectARowStoredAfterTheSignatureBlock() throws Exception {
		// given row 2 moved to the end of the sheet data, as a generator may store it
		Path file = workbook((xml) -> {
			String row2 = xml.substring(xml.indexOf("<row r=\"2\""), xml.indexOf("<row r=\"3\""));
			return xml.replace(row2, "").replace("</sheetData>", row2 + "</sheetData>");
		});
		// when
		UnreadableSheetException rejected = rejection(file);
		// then: not read as three rows without H92
		assertThat(rejected.messageKey()).isEqualTo("ingest.file.row.order");
		assertThat(rejected.arguments()).containsExactly("BM01", "2", "5");
	}

	@Test
	void shouldRejectADataRowStoredBelowTheFooterThatEndsTheReading() throws Exception {
		// given a BM02 whose second data row (row 3) is stored after the signature block
		Path file = this.folder.resolve("bm02.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("BM02");
			List<String> header = List.of("Mã đơn vị", "Tên đơn vị", "Số cơ quan thuộc đối tượng bắt buộc",
					"Số cơ quan bắt buộc đã công bố");
			sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				sheet.getRow(0).createCell(i).setCellValue(header.get(i));
			}
			for (int i = 1; i <= 3; i++) {
				sheet.createRow(i).createCell(0).setCellValue("BY" + i);
				sheet.getRow(i).createCell(1).setCellValue("Bộ " + i);
				sheet.getRow(i).createCell(2).setCellValue(10);
				sheet.getRow(i).createCell(3).setCellValue(10);
			}
			sheet.createRow(5).createCell(0).setCellValue("Người lập biểu");
			sheet.createRow(6).createCell(0).setCellValue("Nguyễn Văn A");
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		rewrite(file, (xml) -> {
			String row3 = xml.substring(xml.indexOf("<row r=\"3\""), xml.indexOf("<row r=\"4\""));
			return xml.replace(row3, "").replace("</sheetData>", row3 + "</sheetData>");
		});
		// when
		UnreadableSheetException rejected = catchThrowableOfType(UnreadableSheetException.class, () -> {
			try (WorkbookSource source = WorkbookSources.open(file); Stream<SourceRow> rows = source.rows(0)) {
				new SheetReader(Forms.all()).read("BM02", rows);
			}
		});
		// then: not two rows read and the third dropped below the footer
		assertThat(rejected).isNotNull();
		assertThat(rejected.messageKey()).isEqualTo("ingest.file.row.order");
		assertThat(rejected.arguments()).containsExactly("BM02", "3", "7");
	}

	@Test
	void shouldRejectARowNumberGivenTwice() throws Exception {
		// given row 3 stored as a second row 2, its cells too
		Path file = workbook((xml) -> xml.replace("<row r=\"3\"", "<row r=\"2\"")
			.replace("r=\"A3\"", "r=\"A2\"")
			.replace("r=\"B3\"", "r=\"B2\""));
		// when
		UnreadableSheetException rejected = rejection(file);
		// then
		assertThat(rejected.messageKey()).isEqualTo("ingest.file.row.order");
		assertThat(rejected.arguments()).containsExactly("BM01", "2", "2");
	}

	@Test
	void shouldRejectACellThatNamesAnotherRowThanItsOwn() throws Exception {
		// given row 3 renumbered 4, its cells still saying A3 and B3
		Path file = workbook((xml) -> xml.replace("<row r=\"3\"", "<row r=\"4\""));
		// when
		UnreadableSheetException rejected = rejection(file);
		// then
		assertThat(rejected.messageKey()).isEqualTo("ingest.file.row.cell");
		assertThat(rejected.arguments()).containsExactly("BM01", "4", "A3");
	}

	@Test
	void shouldRejectARowNumberNoSpreadsheetHasAsPastExcelsBounds() throws Exception {
		// given
		Path file = workbook((xml) -> xml.replace("<row r=\"3\"", "<row r=\"99999999999\""));
		// when
		UnreadableSheetException rejected = rejection(file);
		// then: the bound a user can act on, not a parser's words
		assertThat(rejected.messageKey()).isEqualTo("ingest.file.bound.row");
		assertThat(rejected.arguments()).containsExactly("BM01", "99999999999", "99999999999");
		Problem problem = rejected.problem();
		assertThat(problem.arguments()).doesNotContain("For input string: \"99999999999\"");
	}

	@Test
	void shouldReadRowsAndCellsStoredWithoutTheirNumbersInTheirOrder() throws Exception {
		// given a writer that leaves the optional references out
		Path file = workbook((xml) -> xml.replaceAll(" r=\"[A-Z]*[0-9]+\"", ""));
		// when
		List<String> read = read(file);
		// then: each row numbered by its place, as Excel reads it
		assertThat(read).containsExactly("1:H91", "2:H92", "3:H93", "4:An Giang");
	}

	private UnreadableSheetException rejection(Path file) {
		return catchThrowableOfType(UnreadableSheetException.class, () -> read(file));
	}

	private static List<String> read(Path file) throws Exception {
		try (WorkbookSource source = WorkbookSources.open(file); Stream<SourceRow> rows = source.rows(0)) {
			return rows.filter((row) -> !row.isEmpty())
				.map((row) -> row.number() + ":" + row.cells().get(0).display())
				.toList();
		}
	}

	private Path workbook(UnaryOperator<String> sheetXml) throws Exception {
		Path file = this.folder.resolve("bm01.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("BM01");
			for (int i = 0; i < 3; i++) {
				sheet.createRow(i).createCell(0).setCellValue("H9" + (i + 1));
				sheet.getRow(i).createCell(1).setCellValue(i + 1);
			}
			sheet.createRow(4).createCell(0).setCellValue("An Giang");
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		return rewrite(file, sheetXml);
	}

	private Path rewrite(Path file, UnaryOperator<String> sheetXml) throws Exception {
		Path copy = this.folder.resolve("rewritten.xlsx");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] bytes = in.readAllBytes();
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(entry.getName().equals("xl/worksheets/sheet1.xml")
						? sheetXml.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
						: bytes);
				out.closeEntry();
			}
		}
		return Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING);
	}

}
