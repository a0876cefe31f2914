package vn.qms.stats.ingest.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the sample workbooks of {@code input-samples/} and the variants tests need.
 * {@code main} regenerates {@code input-samples/bm02_quoc-gia_2020.xlsx}.
 */
public final class SampleWorkbooks {

	public static final String NATIONAL_2020 = "bm02_quoc-gia_2020.xlsx";

	private SampleWorkbooks() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of((args.length > 0) ? args[0] : "input-samples");
		Files.createDirectories(folder);
		write(folder.resolve(NATIONAL_2020), NationalBm02.ministries("Năm 2020"), NationalBm02.provinces("Năm 2020"));
	}

	/** Writes the sheets into a new workbook, with SUM formulas calculated and cached. */
	public static Path write(Path file, Bm02Sheet... sheets) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			for (Bm02Sheet sheet : sheets) {
				fill(workbook.createSheet(sheet.name()), sheet.rows(), bold);
			}
			XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		return file;
	}

	private static void fill(Sheet sheet, List<List<Object>> rows, CellStyle bold) {
		for (int r = 0; r < rows.size(); r++) {
			List<Object> values = rows.get(r);
			Row row = sheet.createRow(r);
			for (int c = 0; c < values.size(); c++) {
				set(row, c, values.get(c));
			}
			if (values.size() == 1 && values.get(0) instanceof String) {
				row.getCell(0).setCellStyle(bold);
				sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 12));
			}
		}
		sheet.setColumnWidth(1, 14 * 256);
		sheet.setColumnWidth(2, 40 * 256);
	}

	private static void set(Row row, int column, Object value) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(column);
		if (value instanceof Bm02Sheet.Formula formula) {
			cell.setCellFormula(formula.text());
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof Boolean flag) {
			cell.setCellValue(flag);
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

}
