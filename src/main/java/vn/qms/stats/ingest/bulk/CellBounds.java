package vn.qms.stats.ingest.bulk;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.Row;

import vn.qms.stats.ingest.sheet.ReadingBounds;

/**
 * Excel's own limits on the cells of a streamed row: a value (or formula) past
 * {@value ReadingBounds#MAX_CELL_CHARS} characters cannot come from Excel.
 */
final class CellBounds {

	static final int MAX_COLUMNS = ReadingBounds.MAX_COLUMNS;

	private CellBounds() {
	}

	static void check(Row row) {
		for (int i = 0; i < row.getCellCount(); i++) {
			Cell cell = row.getCell(i);
			if (cell != null
					&& (tooLong(cell.getValue()) || tooLong(cell.getRawValue()) || tooLong(cell.getFormula()))) {
				throw new Bm04SheetParser.BoundPassed(row.getRowNum(),
						"cell " + cell.getAddress() + " holds more than Excel's 32,767 characters");
			}
		}
	}

	private static boolean tooLong(Object value) {
		return value instanceof String text && text.length() > ReadingBounds.MAX_CELL_CHARS;
	}

}
