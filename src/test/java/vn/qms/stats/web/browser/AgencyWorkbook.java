package vn.qms.stats.web.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.qms.stats.ingest.form.FormDefinition;
import vn.qms.stats.ingest.sheet.TitleBlock;

/**
 * A blank form filled in with POI as an agency fills it in Excel: the report date in the
 * title block, one row per record under the row of column numbers, text, numbers and
 * dates typed into their cells.
 *
 * @param file the filled workbook
 * @param form the form
 * @param firstDataRow the 0-based index of the first data row
 */
record AgencyWorkbook(Path file, FormDefinition form, int firstDataRow) {

	static AgencyWorkbook fill(Path blank, Path target, FormDefinition form, LocalDate reportDate,
			List<Map<String, Object>> rows) throws IOException {
		int first;
		try (InputStream in = Files.newInputStream(blank); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet sheet = workbook.getSheet(form.code());
			labelled(sheet, TitleBlock.Field.REPORT_DATE.labelVi() + ":").getCell(1).setCellValue(reportDate);
			first = labelled(sheet, form.columns().get(0).labelVi()).getRowNum() + 2;
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(first + r);
				for (int c = 0; c < form.columns().size(); c++) {
					Object value = rows.get(r).get(form.columns().get(c).key());
					if (value != null) {
						set(row.createCell(c), value);
					}
				}
			}
			try (OutputStream out = Files.newOutputStream(target)) {
				workbook.write(out);
			}
		}
		return new AgencyWorkbook(target, form, first);
	}

	/** The row number Excel shows for data row {@code index} (0-based). */
	int rowNumber(int index) {
		return this.firstDataRow + index + 1;
	}

	/** The column letter Excel shows for a column of the form. */
	String columnLetter(String key) {
		return CellReference.convertNumToColString(columnIndex(key));
	}

	String header(String key) {
		return this.form.columns().get(columnIndex(key)).labelVi();
	}

	private int columnIndex(String key) {
		for (int c = 0; c < this.form.columns().size(); c++) {
			if (this.form.columns().get(c).key().equals(key)) {
				return c;
			}
		}
		throw new IllegalArgumentException("No column " + key + " in " + this.form.code());
	}

	private static Row labelled(XSSFSheet sheet, String label) {
		for (Row row : sheet) {
			Cell cell = row.getCell(0);
			if (cell != null && label.equals(cell.toString())) {
				return row;
			}
		}
		throw new AssertionError("No row labelled " + label + " in the blank form");
	}

	private static void set(Cell cell, Object value) {
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof LocalDate day) {
			cell.setCellValue(day);
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

}
