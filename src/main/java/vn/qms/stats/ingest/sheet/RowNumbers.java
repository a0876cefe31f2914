package vn.qms.stats.ingest.sheet;

import java.util.List;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.Row;

import vn.qms.stats.ingest.ShownValue;

/**
 * The row numbers of an {@code .xlsx} sheet as Excel writes them: each row element names
 * a row below the one before ({@code <row r="…">}), and each of its cells a reference in
 * that row. fastexcel-reader streams rows in the order the file holds them and takes
 * their numbers as given, while Excel places a row by its number: a row stored out of
 * order (after the signature block), a row number given twice, or a cell naming another
 * row would make what is counted differ from what a reviewer sees. Such a sheet is
 * rejected ({@value #ORDER}, {@value #CELL}), naming the sheet and the row: Excel never
 * writes one. Per row, one comparison with the previous row's number and one per cell; no
 * allocation.
 * <p>
 * A row or cell without its reference is legal: fastexcel numbers a row without one by
 * its place among the row elements, and a cell without one (0-based) by that same count,
 * which is accepted as such.
 */
public final class RowNumbers {

	/** A row number not above the previous one: {0} sheet, {1} row, {2} previous row. */
	public static final String ORDER = "ingest.file.row.order";

	/** A cell naming another row than its own: {0} sheet, {1} row, {2} cell. */
	public static final String CELL = "ingest.file.row.cell";

	/** Where fastexcel-reader 0.19 reads a row element's {@code r} attribute. */
	private static final String ROW_READER = "org.dhatim.fastexcel.reader.RowSpliterator";

	private static final String ROW_NUMBER_READ = "getRowIndexWithFallback";

	private static final String REFUSED_TEXT = "For input string: \"";

	private int previous;

	private int elements;

	/**
	 * Takes the next row element: whether its number is above the previous row's (a row
	 * that does not follow is not taken, {@link #previous()} staying the one before).
	 */
	public boolean follows(Row row) {
		this.elements++;
		int number = row.getRowNum();
		if (number <= this.previous) {
			return false;
		}
		this.previous = number;
		return true;
	}

	/** The number of the last row that followed, 0 before the first. */
	public int previous() {
		return this.previous;
	}

	/**
	 * The first cell of the row (the one last {@link #follows taken}) whose reference
	 * names another row, or null.
	 */
	public Cell strayCell(Row row) {
		int own = row.getRowNum() - 1;
		for (int i = 0, count = row.getCellCount(); i < count; i++) {
			Cell cell = row.getCell(i);
			if (cell != null) {
				int named = cell.getAddress().getRow();
				// a cell without a reference: fastexcel places it by the count of rows
				if (named != own && named != this.elements) {
					return cell;
				}
			}
		}
		return null;
	}

	/**
	 * Checks a row of the named sheet.
	 * @throws UnreadableSheetException the rejection naming the sheet and row
	 */
	void check(String sheet, Row row) {
		int number = row.getRowNum();
		if (number < 1 || number > ReadingBounds.MAX_ROWS) {
			throw ReadingBounds.passed(sheet, number, null, "row", String.valueOf(number));
		}
		if (!follows(row)) {
			throw new UnreadableSheetException(ORDER,
					List.of(sheet, String.valueOf(number), String.valueOf(this.previous)));
		}
		Cell stray = strayCell(row);
		if (stray != null) {
			throw new UnreadableSheetException(CELL,
					List.of(sheet, String.valueOf(number), String.valueOf(stray.getAddress())));
		}
	}

	/**
	 * The rejection of a row number past Excel's bounds that fastexcel-reader refused
	 * ({@link #refused}), naming the sheet and the number as the file spells it; null
	 * when the exception is no such refusal.
	 */
	static UnreadableSheetException beyondBounds(String sheet, Throwable thrown) {
		String number = refused(thrown);
		return (number != null)
				? new UnreadableSheetException(ReadingBounds.KEY + ".row", List.of(sheet, number, number)) : null;
	}

	/**
	 * The row number fastexcel-reader refused because it is no {@code int} (as
	 * {@code r="99999999999"}), as the file spells it, or null when the exception is not
	 * that refusal.
	 */
	public static String refused(Throwable thrown) {
		if (!(thrown instanceof NumberFormatException) || thrown.getMessage() == null
				|| !thrown.getMessage().startsWith(REFUSED_TEXT)) {
			return null;
		}
		for (StackTraceElement element : thrown.getStackTrace()) {
			if (ROW_READER.equals(element.getClassName()) && ROW_NUMBER_READ.equals(element.getMethodName())) {
				String text = thrown.getMessage().substring(REFUSED_TEXT.length());
				int end = text.indexOf('"');
				return ShownValue.shortened((end >= 0) ? text.substring(0, end) : text, 40);
			}
		}
		return null;
	}

}
