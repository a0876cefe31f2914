package vn.qms.stats.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.qms.stats.ingest.form.Column;
import vn.qms.stats.ingest.form.FormDefinition;

/**
 * A blank form as a test opens it with POI: where its header is, found by the labels of
 * the form, and the agency's filling-in of its data rows.
 */
final class BlankWorkbook {

	private BlankWorkbook() {
	}

	static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	/** The 0-based index of the row holding the form's first label in column A. */
	static int headerRow(XSSFSheet sheet, FormDefinition form) {
		String first = form.columns().get(0).labelVi();
		for (Row row : sheet) {
			Cell cell = row.getCell(0);
			if (cell != null && first.equals(cell.toString())) {
				return row.getRowNum();
			}
		}
		throw new AssertionError("No header row of " + form.code());
	}

	/**
	 * Fills the blank form's data rows from the row under the column numbers, as an
	 * agency would type them (text, numbers, date cells), and saves it as {@code target};
	 * a {@code reportDate} goes into the title block's empty cell.
	 */
	static Path fill(Path blank, Path target, FormDefinition form, LocalDate reportDate, List<Map<String, Object>> rows)
			throws IOException {
		try (XSSFWorkbook workbook = open(blank)) {
			XSSFSheet sheet = workbook.getSheet(form.code());
			if (reportDate != null) {
				Row dateRow = rowLabelled(sheet, "Ngày báo cáo:");
				dateRow.getCell(1).setCellValue(reportDate);
			}
			int first = headerRow(sheet, form) + 2;
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(first + r);
				for (int c = 0; c < form.columns().size(); c++) {
					Column column = form.columns().get(c);
					Object value = rows.get(r).get(column.key());
					if (value != null) {
						set(row.createCell(c), value);
					}
				}
			}
			try (OutputStream out = Files.newOutputStream(target)) {
				workbook.write(out);
			}
		}
		return target;
	}

	private static Row rowLabelled(XSSFSheet sheet, String label) {
		for (Row row : sheet) {
			Cell cell = row.getCell(0);
			if (cell != null && label.equals(cell.toString())) {
				return row;
			}
		}
		throw new AssertionError("No title row " + label);
	}

	private static void set(Cell cell, Object value) {
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof LocalDateTime time) {
			cell.setCellValue(time);
		}
		else if (value instanceof LocalDate day) {
			cell.setCellValue(day);
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

}
