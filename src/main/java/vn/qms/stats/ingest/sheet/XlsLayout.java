package vn.qms.stats.ingest.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import vn.qms.stats.ingest.Problem;

/**
 * The columns and rows an {@code .xls} sheet hides (a width or height of 0 included),
 * warned of as an {@code .xlsx}'s are ({@link XlsxLayout}): the columns as one warning
 * ({@link HiddenColumns}), each block of rows at its first ({@link HiddenRows.Blocks}),
 * for {@link HiddenRows#merged} to keep those among the data.
 * <p>
 * HSSF gives the columns one by one, not as the ranges the file stores, so the unused
 * columns on the right, which senders hide to tidy a sheet, are told apart by their
 * cells: the trailing run of hidden columns that runs to the last column (IV) is not
 * named from the column after the last one holding a value on; a hidden column holding a
 * value, or one before it, is always named.
 */
final class XlsLayout {

	private static final int LAST_COLUMN = SpreadsheetVersion.EXCEL97.getLastColumnIndex();

	private XlsLayout() {
	}

	/**
	 * The layout warnings of a sheet by the given scan ({@link #scan} but in a test);
	 * none when it fails (a hostile file's odd COLINFO or ROW records): the warnings are
	 * a courtesy, the cells are what counts, so a sheet POI reads is never rejected for
	 * them, as an {@code .xlsx} whose layout cannot be read gives none.
	 */
	static List<Problem> warnings(Sheet sheet, Function<Sheet, List<Problem>> scan) {
		try {
			return scan.apply(sheet);
		}
		catch (RuntimeException ex) {
			return List.of();
		}
	}

	/** The warnings of the hidden columns, then of each block of hidden rows. */
	static List<Problem> scan(Sheet sheet) {
		HiddenRows.Blocks rows = new HiddenRows.Blocks();
		int lastValue = -1;
		for (Row row : sheet) {
			if (row.getZeroHeight() || row.getHeight() == 0) {
				rows.add(row.getRowNum() + 1);
			}
			lastValue = lastValue(row, lastValue);
		}
		List<Problem> warnings = new ArrayList<>();
		Problem columns = hiddenColumns(sheet, lastValue);
		if (columns != null) {
			warnings.add(columns.inSheet(sheet.getSheetName()));
		}
		rows.warnings().forEach((block) -> warnings.add(block.inSheet(sheet.getSheetName())));
		return warnings;
	}

	/**
	 * The warning of the hidden columns, or null: those from the start of the trailing
	 * hidden run, or from the column after {@code lastValue} if that is further right,
	 * left unnamed.
	 */
	private static Problem hiddenColumns(Sheet sheet, int lastValue) {
		int tail = LAST_COLUMN + 1;
		while (tail > 0 && hidden(sheet, tail - 1)) {
			tail--;
		}
		int end = Math.max(tail, lastValue + 1);
		HiddenColumns columns = new HiddenColumns();
		int first = -1;
		for (int column = 0; column <= end; column++) {
			boolean hidden = column < end && hidden(sheet, column);
			if (hidden && first < 0) {
				first = column;
			}
			else if (!hidden && first >= 0) {
				columns.add(first + 1, column);
				first = -1;
			}
		}
		return columns.warning();
	}

	private static boolean hidden(Sheet sheet, int column) {
		return sheet.isColumnHidden(column) || sheet.getColumnWidth(column) == 0;
	}

	/**
	 * The index of the last column of a row holding a value, if right of {@code after};
	 * otherwise {@code after}. A blank cell (only a format) holds none. Looked at from
	 * the right, so a row costs little once the widest is known.
	 */
	private static int lastValue(Row row, int after) {
		for (int column = row.getLastCellNum() - 1; column > after; column--) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() != CellType.BLANK && cell.getCellType() != CellType._NONE) {
				return column;
			}
		}
		return after;
	}

}
