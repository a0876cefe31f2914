package vn.qms.stats.ingest.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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
 * {@code main} regenerates the samples of {@code input-samples/} ({@link #samples()}).
 */
public final class SampleWorkbooks {

	public static final String NATIONAL_2020 = "bm02_quoc-gia_2020.xlsx";

	public static final String AN_GIANG_BM01 = "bm01_an-giang_2026-q3.xlsx";

	public static final String AN_GIANG_BM03 = "bm03_an-giang_2026-q3.xlsx";

	public static final String AN_GIANG_BM04 = "bm04_an-giang_2026-q3.xlsx";

	/** Dossiers in the BM04 sample. */
	public static final int AN_GIANG_BM04_ROWS = 3000;

	private SampleWorkbooks() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of((args.length > 0) ? args[0] : "input-samples");
		Files.createDirectories(folder);
		for (Map.Entry<String, Supplier<SheetLayout[]>> sample : samples().entrySet()) {
			write(folder.resolve(sample.getKey()), sample.getValue().get());
		}
	}

	/**
	 * The samples of {@code input-samples/} by file name: the national BM02 of 2020, An
	 * Giang's BM01, BM03 and BM04 of Quý III/2026 and its BM01 and BM03 of the quarters
	 * before ({@link AnGiangHistory}).
	 */
	public static Map<String, Supplier<SheetLayout[]>> samples() {
		Map<String, Supplier<SheetLayout[]>> samples = new LinkedHashMap<>();
		samples.put(NATIONAL_2020,
				() -> new SheetLayout[] { NationalBm02.ministries("Năm 2020"), NationalBm02.provinces("Năm 2020") });
		samples.put(AN_GIANG_BM01, () -> new SheetLayout[] { AnGiangForms.bm01() });
		samples.put(AN_GIANG_BM03, () -> new SheetLayout[] { AnGiangForms.bm03() });
		samples.put(AN_GIANG_BM04, () -> new SheetLayout[] { AnGiangForms.bm04(AN_GIANG_BM04_ROWS) });
		for (AnGiangHistory.Quarter quarter : AnGiangHistory.QUARTERS) {
			samples.put(AnGiangHistory.bm01File(quarter), () -> new SheetLayout[] { AnGiangHistory.bm01(quarter) });
			samples.put(AnGiangHistory.bm03File(quarter), () -> new SheetLayout[] { AnGiangHistory.bm03(quarter) });
		}
		return samples;
	}

	/** Writes the sheets into a new workbook, with SUM formulas calculated and cached. */
	public static Path write(Path file, SheetLayout... sheets) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			for (SheetLayout sheet : sheets) {
				fill(workbook.createSheet(sheet.name()), sheet.rows(), styles);
			}
			XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		return file;
	}

	/**
	 * Cell styles of a workbook: bold titles, dates and date-times as offices format
	 * them.
	 */
	private record Styles(CellStyle bold, CellStyle date, CellStyle dateTime) {

		Styles(XSSFWorkbook workbook) {
			this(workbook.createCellStyle(), workbook.createCellStyle(), workbook.createCellStyle());
			Font font = workbook.createFont();
			font.setBold(true);
			this.bold.setFont(font);
			this.date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			this.dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
		}

	}

	private static void fill(Sheet sheet, List<List<Object>> rows, Styles styles) {
		for (int r = 0; r < rows.size(); r++) {
			List<Object> values = rows.get(r);
			Row row = sheet.createRow(r);
			for (int c = 0; c < values.size(); c++) {
				set(row, c, values.get(c), styles);
			}
			if (values.size() == 1 && values.get(0) instanceof String) {
				row.getCell(0).setCellStyle(styles.bold());
				sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 12));
			}
		}
		sheet.setColumnWidth(1, 14 * 256);
		sheet.setColumnWidth(2, 40 * 256);
	}

	private static void set(Row row, int column, Object value, Styles styles) {
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
		else if (value instanceof LocalDateTime time) {
			cell.setCellValue(time);
			cell.setCellStyle(styles.dateTime());
		}
		else if (value instanceof LocalDate day) {
			cell.setCellValue(day);
			cell.setCellStyle(styles.date());
		}
		else if (value instanceof Boolean flag) {
			cell.setCellValue(flag);
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

}
