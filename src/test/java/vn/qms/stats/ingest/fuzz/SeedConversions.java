package vn.qms.stats.ingest.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The same workbook in the other formats, so that the .xls and .csv targets start from
 * the forms' real layouts too: the cell values of an xlsx (formulas by their cached
 * value) written again by POI HSSF or as CSV text.
 */
final class SeedConversions {

	private SeedConversions() {
	}

	/** The values of a workbook's sheets, by row and column. */
	record Table(List<String> names, List<Map<Integer, Map<Integer, Object>>> sheets) {

	}

	static Table table(Path xlsx) throws IOException {
		List<String> names = new ArrayList<>();
		List<Map<Integer, Map<Integer, Object>>> sheets = new ArrayList<>();
		try (Workbook workbook = WorkbookFactory.create(xlsx.toFile(), null, true)) {
			for (Sheet sheet : workbook) {
				names.add(sheet.getSheetName());
				Map<Integer, Map<Integer, Object>> rows = new TreeMap<>();
				for (Row row : sheet) {
					for (Cell cell : row) {
						Object value = value(cell);
						if (value != null) {
							rows.computeIfAbsent(row.getRowNum(), (key) -> new TreeMap<>())
								.put(cell.getColumnIndex(), value);
						}
					}
				}
				sheets.add(rows);
			}
		}
		return new Table(names, sheets);
	}

	private static Object value(Cell cell) {
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		return switch (type) {
			case NUMERIC -> cell.getNumericCellValue();
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> cell.getBooleanCellValue();
			default -> null;
		};
	}

	/** The columns an .xls has (A to IV); cells beyond are left out. */
	private static final int XLS_COLUMNS = 256;

	static byte[] xls(Table table) throws IOException {
		try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int i = 0; i < table.names().size(); i++) {
				Sheet sheet = workbook.createSheet(table.names().get(i));
				for (Map.Entry<Integer, Map<Integer, Object>> row : table.sheets().get(i).entrySet()) {
					Row created = sheet.createRow(row.getKey());
					row.getValue()
						.entrySet()
						.stream()
						.filter((cell) -> cell.getKey() < XLS_COLUMNS)
						.forEach((cell) -> set(created.createCell(cell.getKey()), cell.getValue()));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void set(Cell cell, Object value) {
		if (value instanceof Double number) {
			cell.setCellValue(number);
		}
		else if (value instanceof Boolean bool) {
			cell.setCellValue(bool);
		}
		else {
			cell.setCellValue(String.valueOf(value));
		}
	}

	/** The first sheet as CSV text, quoted where needed, optionally with a BOM. */
	static byte[] csv(Table table, char separator, Charset charset, boolean bom) {
		StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
		if (!table.sheets().isEmpty()) {
			for (Map<Integer, Object> row : table.sheets().get(0).values()) {
				int last = row.isEmpty() ? -1 : ((TreeMap<Integer, Object>) row).lastKey();
				for (int column = 0; column <= last; column++) {
					if (column > 0) {
						text.append(separator);
					}
					text.append(quoted(row.get(column), separator));
				}
				text.append("\r\n");
			}
		}
		return text.toString().getBytes(charset);
	}

	private static String quoted(Object value, char separator) {
		if (value == null) {
			return "";
		}
		String text = (value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e15)
				? String.valueOf(number.longValue()) : String.valueOf(value);
		boolean quote = text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0;
		return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

}
