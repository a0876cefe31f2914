package vn.qms.stats.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import vn.qms.stats.ingest.form.Choice;
import vn.qms.stats.ingest.form.Column;
import vn.qms.stats.ingest.form.FormDefinition;
import vn.qms.stats.ingest.sheet.TitleBlock.Field;

/**
 * Lays out one blank form on a sheet, top to bottom: the title block (form, period,
 * reporting unit code and name, an empty report date, a hint), hidden rows holding the
 * values of the drop-down lists, the header row (every column of the form, Vietnamese
 * labels), the row of column numbers, then data cells that only the agency fills. Every
 * cell above the data is locked and the sheet protected without a password.
 */
final class BlankSheet {

	/** Lines of text a header cell may wrap to. */
	private static final int MAX_HEADER_LINES = 5;

	private final XSSFSheet sheet;

	private final BlankForm blank;

	private final BlankStyles styles;

	private int next;

	private int reportDateRow;

	BlankSheet(XSSFSheet sheet, BlankForm blank, BlankStyles styles) {
		this.sheet = sheet;
		this.blank = blank;
		this.styles = styles;
	}

	void write() {
		FormDefinition form = this.blank.form();
		List<Column> columns = form.columns();
		titleBlock(columns.size());
		Map<List<Choice>, String> lists = lists(columns);
		lockedRow();
		int headerRow = this.next;
		header(columns);
		columnNumbers(columns.size());
		int firstData = this.next;
		int lastRow = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
		BlankValidations validations = new BlankValidations(this.sheet, form);
		for (int i = 0; i < columns.size(); i++) {
			Column column = columns.get(i);
			this.sheet.setDefaultColumnStyle(i, this.styles.data(column.type()));
			this.sheet.setColumnWidth(i, BlankWidths.of(column, i) * 256);
			validations.add(column, i, firstData, lastRow, lists.get(column.choices()));
		}
		validations.addDate(this.reportDateRow, 1);
		headerHeight(this.sheet.getRow(headerRow), columns);
		this.sheet.createFreezePane(1, firstData);
		this.sheet.enableLocking();
		// widening a column is allowed; unhiding the list rows (formatting rows) is not
		this.sheet.lockFormatColumns(false);
	}

	private void titleBlock(int width) {
		FormDefinition form = this.blank.form();
		Cell title = cell(lockedRow(), 0,
				BlankMessages.text(BlankMessages.VIETNAMESE, "forms.title.form", form.code(), form.titleVi()));
		title.setCellStyle(this.styles.title());
		this.sheet.addMergedRegion(new CellRangeAddress(this.next - 1, this.next - 1, 0, Math.max(width - 1, 1)));
		labelled(Field.PERIOD, this.blank.period().label(BlankMessages.VIETNAMESE));
		labelled(Field.UNIT_CODE, this.blank.unit().code());
		labelled(Field.UNIT_NAME, this.blank.unit().nameVi());
		// the one title value the agency fills
		Row date = labelled(Field.REPORT_DATE, null);
		date.createCell(1).setCellStyle(this.styles.reportDate());
		this.reportDateRow = date.getRowNum();
		String rowKind = "forms.hint.row." + form.code();
		cell(lockedRow(), 0,
				BlankMessages.text(BlankMessages.VIETNAMESE, "forms.hint",
						BlankMessages.text(BlankMessages.VIETNAMESE, rowKind)) + " / "
						+ BlankMessages.text(Locale.ENGLISH, "forms.hint", BlankMessages.text(Locale.ENGLISH, rowKind)))
			.setCellStyle(this.styles.hint());
	}

	/**
	 * {@code Kỳ báo cáo:} then its value in the next cell, as the reader looks for it.
	 */
	private Row labelled(Field field, String value) {
		Row row = lockedRow();
		cell(row, 0, field.labelVi() + ":").setCellStyle(this.styles.label());
		if (value != null) {
			cell(row, 1, value).setCellStyle(this.styles.value());
		}
		return row;
	}

	/**
	 * One hidden row per distinct list of choices, its values from column A; answers each
	 * list's absolute range for the drop-downs.
	 */
	private Map<List<Choice>, String> lists(List<Column> columns) {
		Map<List<Choice>, String> ranges = new LinkedHashMap<>();
		for (Column column : columns) {
			if (column.choices().isEmpty() || ranges.containsKey(column.choices())) {
				continue;
			}
			Row row = lockedRow();
			row.setZeroHeight(true);
			List<String> labels = new ArrayList<>(column.choices().stream().map(Choice::labelVi).toList());
			for (int i = 0; i < labels.size(); i++) {
				cell(row, i, labels.get(i)).setCellStyle(this.styles.locked());
			}
			String first = new CellReference(row.getRowNum(), 0, true, true).formatAsString();
			String last = new CellReference(row.getRowNum(), labels.size() - 1, true, true).formatAsString();
			ranges.put(column.choices(), first + ":" + last);
		}
		return ranges;
	}

	private void header(List<Column> columns) {
		Row row = lockedRow();
		for (int i = 0; i < columns.size(); i++) {
			cell(row, i, columns.get(i).labelVi()).setCellStyle(this.styles.header(columns.get(i).required()));
		}
	}

	/** {@code (1)}, {@code (2)}…: the row the reader skips right under a header. */
	private void columnNumbers(int count) {
		Row row = lockedRow();
		for (int i = 0; i < count; i++) {
			cell(row, i, "(" + (i + 1) + ")").setCellStyle(this.styles.number());
		}
	}

	private void headerHeight(Row row, List<Column> columns) {
		int lines = 1;
		for (int i = 0; i < columns.size(); i++) {
			int width = BlankWidths.of(columns.get(i), i) - 1;
			lines = Math.max(lines, (columns.get(i).labelVi().length() + width - 1) / width);
		}
		row.setHeightInPoints(Math.min(lines, MAX_HEADER_LINES) * 15f + 4);
	}

	/**
	 * The next row, locked in all its cells, those left empty included (a row style, so
	 * the data columns' unlocked style does not reach above the data).
	 */
	private Row lockedRow() {
		Row row = this.sheet.createRow(this.next++);
		row.setRowStyle(this.styles.locked());
		return row;
	}

	private static Cell cell(Row row, int column, String text) {
		Cell cell = row.createCell(column);
		cell.setCellValue(text);
		return cell;
	}

}
