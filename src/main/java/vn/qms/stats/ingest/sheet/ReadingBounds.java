package vn.qms.stats.ingest.sheet;

import java.util.List;
import java.util.stream.Stream;

import vn.qms.stats.ingest.Problem;

/**
 * The limits real spreadsheets have, checked on every row a source gives: Excel's
 * 1,048,576 rows, 16,384 columns and 32,767 characters per cell, and a cap on the text of
 * one file read in memory. Passing one ends the reading with a clear rejection
 * ({@code ingest.file.bound}), never with a parser's exception or an exhausted heap.
 */
public final class ReadingBounds {

	public static final int MAX_ROWS = 1_048_576;

	public static final int MAX_COLUMNS = 16_384;

	public static final int MAX_CELL_CHARS = 32_767;

	/**
	 * The most characters of one file read in memory (64 MB of text): far above any
	 * BM01–BM03 form, below what would crowd a small heap.
	 */
	public static final long DEFAULT_MAX_TEXT_CHARS = 32_000_000;

	static final String KEY = "ingest.file.bound";

	private final long maxTextChars;

	private long textChars;

	public ReadingBounds(long maxTextChars) {
		this.maxTextChars = maxTextChars;
	}

	public static ReadingBounds defaults() {
		return new ReadingBounds(DEFAULT_MAX_TEXT_CHARS);
	}

	/** The rows of a sheet, checked as they pass. */
	public Stream<SourceRow> check(String sheet, Stream<SourceRow> rows) {
		return rows.peek((row) -> check(sheet, row));
	}

	void check(String sheet, SourceRow row) {
		if (row.number() > MAX_ROWS || row.number() < 1) {
			throw passed(sheet, row.number(), null, "row", String.valueOf(row.number()));
		}
		for (SourceCell cell : row.cells()) {
			if (cell.column() >= MAX_COLUMNS || cell.column() < 0) {
				throw passed(sheet, row.number(), null, "column", String.valueOf(cell.column() + 1));
			}
			int length = (cell.text() != null) ? cell.text().length() : 0;
			if (length > MAX_CELL_CHARS) {
				throw passed(sheet, row.number(), cell.column(), "cell", String.valueOf(length));
			}
			this.textChars += length;
		}
		if (this.textChars > this.maxTextChars) {
			throw passed(sheet, row.number(), null, "text", String.valueOf(this.maxTextChars));
		}
	}

	static UnreadableSheetException passed(String sheet, int row, Integer column, String what, String value) {
		String where = (column != null) ? Problem.columnLetter(column) + row : String.valueOf(row);
		return new UnreadableSheetException(KEY + "." + what, List.of(sheet, where, value));
	}

}
