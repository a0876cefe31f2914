package vn.qms.stats.ingest.sheet;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import vn.qms.stats.ingest.Problem;

import static org.assertj.core.api.Assertions.assertThat;

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
				.containsExactly(org.assertj.core.groups.Tuple.tuple("An", "ingest.sheet.hidden"),
						org.assertj.core.groups.Tuple.tuple("An sau", "ingest.sheet.very-hidden"));
			assertThat(text(source, 1)).containsExactly("hidden");
		}
	}

	private static List<String> text(WorkbookSource source, int sheet) throws Exception {
		try (Stream<SourceRow> rows = source.rows(sheet)) {
			return rows.flatMap((row) -> row.cells().stream()).map(SourceCell::display).toList();
		}
	}

}
