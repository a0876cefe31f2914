package vn.qms.stats.forms;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.qms.stats.ingest.form.ColumnType;

/**
 * The cell styles of a blank form. Everything is locked (Excel's default) but the data
 * columns and the report date; data cells get the number format of their type, text
 * ({@code @}) for codes so that {@code 01} keeps its zero.
 */
final class BlankStyles {

	private final XSSFWorkbook workbook;

	private final CellStyle locked;

	private final CellStyle title;

	private final CellStyle label;

	private final CellStyle value;

	private final CellStyle hint;

	private final CellStyle reportDate;

	private final CellStyle requiredHeader;

	private final CellStyle optionalHeader;

	private final CellStyle number;

	private final Map<ColumnType, CellStyle> data = new EnumMap<>(ColumnType.class);

	BlankStyles(XSSFWorkbook workbook) {
		this.workbook = workbook;
		this.locked = workbook.createCellStyle();
		this.title = withFont(workbook.createCellStyle(), true, false, 13);
		this.label = withFont(workbook.createCellStyle(), true, false, 11);
		this.value = withFont(workbook.createCellStyle(), false, false, 11);
		this.hint = withFont(workbook.createCellStyle(), false, true, 10);
		this.reportDate = unlocked("dd/mm/yyyy");
		this.reportDate.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
		this.reportDate.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.requiredHeader = header(IndexedColors.GREY_40_PERCENT);
		this.optionalHeader = header(IndexedColors.GREY_25_PERCENT);
		this.number = withFont(workbook.createCellStyle(), false, true, 10);
		this.number.setAlignment(HorizontalAlignment.CENTER);
		bordered(this.number);
		for (ColumnType type : ColumnType.values()) {
			this.data.put(type, unlocked(format(type)));
		}
	}

	CellStyle locked() {
		return this.locked;
	}

	CellStyle title() {
		return this.title;
	}

	CellStyle label() {
		return this.label;
	}

	CellStyle value() {
		return this.value;
	}

	CellStyle hint() {
		return this.hint;
	}

	CellStyle reportDate() {
		return this.reportDate;
	}

	/** Required columns have the darker header. */
	CellStyle header(boolean required) {
		return required ? this.requiredHeader : this.optionalHeader;
	}

	CellStyle number() {
		return this.number;
	}

	/** The unlocked style of a data column of this type. */
	CellStyle data(ColumnType type) {
		return this.data.get(type);
	}

	private static String format(ColumnType type) {
		return switch (type) {
			case COUNT -> "#,##0";
			case DECIMAL -> "General";
			case DATE -> "dd/mm/yyyy";
			case DATETIME -> "dd/mm/yyyy hh:mm";
			case TEXT, ENUM, YES_NO -> "@";
		};
	}

	private CellStyle unlocked(String format) {
		CellStyle style = this.workbook.createCellStyle();
		style.setLocked(false);
		style.setDataFormat(this.workbook.createDataFormat().getFormat(format));
		return style;
	}

	private CellStyle header(IndexedColors fill) {
		CellStyle style = withFont(this.workbook.createCellStyle(), true, false, 11);
		style.setWrapText(true);
		style.setAlignment(HorizontalAlignment.CENTER);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		style.setFillForegroundColor(fill.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		bordered(style);
		return style;
	}

	private CellStyle withFont(CellStyle style, boolean bold, boolean italic, int points) {
		Font font = this.workbook.createFont();
		font.setBold(bold);
		font.setItalic(italic);
		font.setFontHeightInPoints((short) points);
		style.setFont(font);
		return style;
	}

	private static void bordered(CellStyle style) {
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
	}

}
