package vn.qms.stats.ingest.annotate;

import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import vn.qms.stats.ingest.Problem;

/**
 * The first sheet of an annotated copy, {@value #NAME}: the problems that have no cell to
 * mark (a missing period, an unknown reporting unit, a file without any form), one row
 * each, so that the sender sees them first.
 */
final class ErrorSheet {

	static final String NAME = "Lỗi - Errors";

	static final List<String> HEADERS = List.of("Mức độ / Severity", "Trang tính / Sheet", "Dòng / Row", "Cột / Column",
			"Giá trị / Value", "Nội dung", "Message");

	private static final int[] WIDTHS = { 14, 20, 10, 10, 20, 60, 60 };

	private ErrorSheet() {
	}

	static Sheet addFirst(Workbook workbook, List<Problem> problems) {
		Sheet sheet = workbook.createSheet(freeName(workbook));
		header(workbook, sheet.createRow(0));
		for (int i = 0; i < problems.size(); i++) {
			Problem problem = problems.get(i);
			Row row = sheet.createRow(i + 1);
			row.createCell(0).setCellValue(problem.isError() ? "Lỗi / Error" : "Cảnh báo / Warning");
			text(row, 1, problem.sheet());
			if (problem.row() != null) {
				row.createCell(2).setCellValue(problem.row());
			}
			text(row, 3, problem.column());
			text(row, 4, problem.value());
			text(row, 5, problem.message(CellMarks.VIETNAMESE));
			text(row, 6, problem.message(Locale.ENGLISH));
		}
		for (int i = 0; i < WIDTHS.length; i++) {
			sheet.setColumnWidth(i, WIDTHS[i] * 256);
		}
		sheet.createFreezePane(0, 1);
		workbook.setSheetOrder(sheet.getSheetName(), 0);
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			workbook.getSheetAt(i).setSelected(i == 0);
		}
		workbook.setActiveSheet(0);
		workbook.setFirstVisibleTab(0);
		return sheet;
	}

	private static void header(Workbook workbook, Row row) {
		CellStyle style = workbook.createCellStyle();
		Font bold = workbook.createFont();
		bold.setBold(true);
		style.setFont(bold);
		style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		for (int i = 0; i < HEADERS.size(); i++) {
			row.createCell(i).setCellValue(HEADERS.get(i));
			row.getCell(i).setCellStyle(style);
		}
	}

	private static void text(Row row, int column, String value) {
		if (value != null) {
			row.createCell(column).setCellValue(value);
		}
	}

	private static String freeName(Workbook workbook) {
		String name = NAME;
		for (int n = 2; workbook.getSheet(name) != null; n++) {
			name = NAME + " (" + n + ")";
		}
		return name;
	}

}
