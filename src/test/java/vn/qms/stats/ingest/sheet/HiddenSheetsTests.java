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

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.qms.stats.ingest.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * A sheet the sender hid is read, with a warning; a very hidden one, which Excel offers
 * no way to show, is not read: rows nobody could see in the workbook must not count.
 */
class HiddenSheetsTests {

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void shouldReadAHiddenSheetWithAWarningAndLeaveAVeryHiddenOneOut(String extension) throws Exception {
		// given
		Path file = this.folder.resolve("bm01." + extension);
		try (Workbook workbook = extension.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook()) {
			workbook.createSheet("BM01").createRow(0).createCell(0).setCellValue("shown");
			workbook.createSheet("An").createRow(0).createCell(0).setCellValue("hidden");
			workbook.createSheet("An sau").createRow(0).createCell(0).setCellValue("very hidden");
			workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
			workbook.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		// when
		try (WorkbookSource source = WorkbookSources.open(file)) {
			// then
			assertThat(source.sheetNames()).containsExactly("BM01", "An");
			assertThat(source.warnings()).extracting(Problem::sheet, Problem::messageKey)
				.containsExactly(tuple("An", "ingest.sheet.hidden"), tuple("An sau", "ingest.sheet.very-hidden"));
			assertThat(text(source, 1)).containsExactly("hidden");
		}
	}

	@Test
	void shouldReadASheetWhoseStateExcelDoesNotKnowAsAHiddenOneWithAWarning() throws Exception {
		// given a state no Excel writes ("VeryHidden"), which a reader may take as
		// visible
		Path file = this.folder.resolve("bm01.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("BM01").createRow(0).createCell(0).setCellValue("shown");
			workbook.createSheet("An").createRow(0).createCell(0).setCellValue("hidden");
			workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		rewrite(file, "xl/workbook.xml", (xml) -> xml.replace("state=\"hidden\"", "state=\"VeryHidden\""));
		// when
		try (WorkbookSource source = WorkbookSources.open(file)) {
			// then
			assertThat(source.sheetNames()).containsExactly("BM01", "An");
			assertThat(source.warnings()).extracting(Problem::sheet, Problem::messageKey)
				.containsExactly(tuple("An", "ingest.sheet.hidden"));
			assertThat(text(source, 1)).containsExactly("hidden");
		}
	}

	@Test
	void shouldReadHiddenColumnsWithAWarningNamingThem() throws Exception {
		// given columns J:K (hidden) and M (no width) holding counts, and the unused
		// columns on the right hidden to tidy the sheet
		Path file = this.folder.resolve("bm01.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("BM01");
			sheet.createRow(0).createCell(9).setCellValue(12);
			sheet.setColumnHidden(9, true);
			sheet.setColumnHidden(10, true);
			sheet.setColumnWidth(12, 0);
			sheet.setColumnHidden(20, true);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		rewrite(file, "xl/worksheets/sheet1.xml",
				(xml) -> xml.replaceFirst("<col min=\"21\" max=\"21\"", "<col min=\"21\" max=\"16384\""));
		// when
		try (WorkbookSource source = WorkbookSources.open(file)) {
			// then: read, and said
			assertThat(source.warnings()).singleElement().satisfies((warning) -> {
				assertThat(warning.sheet()).isEqualTo("BM01");
				assertThat(warning.messageKey()).isEqualTo("ingest.sheet.hidden.columns");
				assertThat(warning.arguments()).containsExactly("J:K, M", "3");
			});
			assertThat(text(source, 0)).containsExactly("12");
		}
	}

	@Test
	void shouldWarnOfTheColumnsAndRowsAnXlsHides() throws Exception {
		// given an .xls whose columns J:K (hidden), M (no width) and the unused ones from
		// U to the last are hidden, and rows 5-6 and 9
		Path file = this.folder.resolve("bm01.xls");
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("BM01");
			for (int row = 0; row < 10; row++) {
				sheet.createRow(row).createCell(9).setCellValue(row);
			}
			sheet.setColumnHidden(9, true);
			sheet.setColumnHidden(10, true);
			sheet.setColumnWidth(12, 0);
			for (int column = 20; column < 256; column++) {
				sheet.setColumnHidden(column, true);
			}
			sheet.getRow(4).setZeroHeight(true);
			sheet.getRow(5).setZeroHeight(true);
			sheet.getRow(8).setZeroHeight(true);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		// when
		try (WorkbookSource source = WorkbookSources.open(file)) {
			// then: all read, and said
			assertThat(source.warnings())
				.extracting(Problem::sheet, Problem::messageKey, Problem::row, (problem) -> problem.arguments())
				.containsExactly(tuple("BM01", "ingest.sheet.hidden.columns", null, List.of("J:K, M", "3")),
						tuple("BM01", HiddenRows.KEY, 5, List.of("5–6", "2")),
						tuple("BM01", HiddenRows.KEY, 9, List.of("9", "1")));
			assertThat(text(source, 0)).hasSize(10);
		}
	}

	@Test
	void shouldNameAHiddenXlsColumnHoldingValuesNextToTheHiddenUnusedOnes() throws Exception {
		// given two sheets whose columns from J to the last (IV) are hidden, J hidden on
		// its own: in BM01 J holds a count, in "Ghi chú" nothing right of I does
		Path file = this.folder.resolve("bm01.xls");
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			Sheet counted = workbook.createSheet("BM01");
			counted.createRow(0).createCell(9).setCellValue(12);
			Sheet notes = workbook.createSheet("Ghi chú");
			notes.createRow(0).createCell(8).setCellValue("ghi chú");
			for (Sheet sheet : List.of(counted, notes)) {
				sheet.setColumnHidden(9, true);
				for (int column = 10; column < 256; column++) {
					sheet.setColumnHidden(column, true);
				}
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		// when
		try (WorkbookSource source = WorkbookSources.open(file)) {
			// then: the column holding a count named, the unused ones not
			assertThat(source.warnings()).extracting(Problem::sheet, Problem::messageKey, Problem::arguments)
				.containsExactly(tuple("BM01", "ingest.sheet.hidden.columns", List.of("J", "1")));
			assertThat(text(source, 0)).containsExactly("12");
		}
	}

	@Test
	void shouldReadAnXlsWhoseLayoutCannotBeScannedWithoutItsLayoutWarnings() throws Exception {
		// given an .xls with a column and a row hidden in BM01 and in the hidden sheet
		// "An", and a scan that fails on BM01 as on a hostile file's odd records
		Path file = this.folder.resolve("bm01.xls");
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			for (String name : List.of("BM01", "An")) {
				Sheet sheet = workbook.createSheet(name);
				for (int row = 0; row < 3; row++) {
					sheet.createRow(row).createCell(0).setCellValue(name + " " + row);
				}
				sheet.setColumnHidden(2, true);
				sheet.getRow(1).setZeroHeight(true);
			}
			workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		// when
		try (WorkbookSource source = new XlsWorkbookSource(file, (sheet) -> {
			if (sheet.getSheetName().equals("BM01")) {
				throw new IllegalStateException("odd COLINFO record");
			}
			return XlsLayout.scan(sheet);
		})) {
			// then: read, the hidden sheet and the other sheet's layout said
			assertThat(source.warnings()).extracting(Problem::sheet, Problem::messageKey, Problem::arguments)
				.containsExactly(tuple("An", "ingest.sheet.hidden", List.of()),
						tuple("An", "ingest.sheet.hidden.columns", List.of("C", "1")),
						tuple("An", HiddenRows.KEY, List.of("2", "1")));
			assertThat(text(source, 0)).containsExactly("BM01 0", "BM01 1", "BM01 2");
		}
	}

	private static void rewrite(Path file, String part, UnaryOperator<String> change) throws Exception {
		Path copy = file.resolveSibling("rewritten.xlsx");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] bytes = in.readAllBytes();
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(entry.getName().equals(part)
						? change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
						: bytes);
				out.closeEntry();
			}
		}
		Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING);
	}

	private static List<String> text(WorkbookSource source, int sheet) throws Exception {
		try (Stream<SourceRow> rows = source.rows(sheet)) {
			return rows.flatMap((row) -> row.cells().stream()).map(SourceCell::display).toList();
		}
	}

}
