package vn.qms.stats.ingest.sheet;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.List;

import vn.qms.stats.ingest.Problem;

/**
 * Checks a CSV's text against {@link ReadingBounds} as the parser reads it, before a
 * record is held: a field longer than a cell may be, a record with more fields than a
 * sheet has columns, or more text than a file read in memory may hold ends the reading
 * with the same clear rejection as a workbook's ({@code ingest.file.bound.*}), naming the
 * row and the cell, instead of a parser that grows one field until the reader's memory
 * runs out. Follows the CSV quoting the parser uses ({@code "} around a field, {@code ""}
 * for a quote in it, line breaks inside quotes kept in the record) so that rows and
 * columns are those the parser gives.
 * <p>
 * For the same reason it sees first what the parser would stop at, and says it in the
 * user's languages instead of the parser's English: a quote opened and never closed
 * ({@value #QUOTE_OPEN}: the rest of the file would be one field), named by the cell and
 * the line of the file where it opened (a text editor's line, which differs from the row
 * when a quoted field holds line breaks); and text after a field's closing quote
 * ({@value #AFTER_QUOTE}), named by the cell and line where it stands.
 */
final class CsvBounds extends FilterReader {

	private enum State {

		FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED, AFTER_QUOTE

	}

	/** A quote never closed: {0} sheet, {1} line, {2} cell. */
	static final String QUOTE_OPEN = "ingest.file.csv.quote.open";

	/** Text after a closing quote: {0} sheet, {1} line, {2} cell. */
	static final String AFTER_QUOTE = "ingest.file.csv.after.quote";

	private final String sheet;

	private final char delimiter;

	private final long maxTextChars;

	private State state = State.FIELD_START;

	private boolean afterCarriageReturn;

	private int row = 1;

	/** The line of the file, counting the line breaks within quotes too. */
	private int line = 1;

	/** Where the quoted field being read opened: line, row and column. */
	private int quoteLine;

	private int quoteRow;

	private int quoteColumn;

	private int column;

	private int fieldChars;

	private long textChars;

	CsvBounds(Reader in, String sheet, char delimiter, long maxTextChars) {
		super(in);
		this.sheet = sheet;
		this.delimiter = delimiter;
		this.maxTextChars = maxTextChars;
	}

	@Override
	public int read() throws IOException {
		int c = super.read();
		if (c >= 0) {
			accept((char) c);
		}
		else {
			end();
		}
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		for (int i = 0; i < read; i++) {
			accept(buffer[offset + i]);
		}
		if (read < 0) {
			end();
		}
		return read;
	}

	/** The end of the text: within a quoted field, that field never ends. */
	private void end() {
		if (this.state == State.QUOTED) {
			throw new UnreadableSheetException(QUOTE_OPEN, List.of(this.sheet, String.valueOf(this.quoteLine),
					Problem.columnLetter(this.quoteColumn) + this.quoteRow));
		}
	}

	private void accept(char c) {
		boolean lineFeedOfPair = c == '\n' && this.afterCarriageReturn;
		this.afterCarriageReturn = c == '\r';
		if (c == '\r' || (c == '\n' && !lineFeedOfPair)) {
			this.line++;
		}
		switch (this.state) {
			case QUOTED -> {
				if (c == '"') {
					this.state = State.QUOTE_IN_QUOTED;
				}
				else {
					content();
				}
			}
			case QUOTE_IN_QUOTED -> {
				if (c == '"') { // "" is one quote in the field
					this.state = State.QUOTED;
					content();
				}
				else {
					afterQuote(c, lineFeedOfPair);
				}
			}
			case AFTER_QUOTE -> afterQuote(c, lineFeedOfPair);
			case FIELD_START -> {
				if (c == '"') {
					this.state = State.QUOTED;
					this.quoteLine = this.line;
					this.quoteRow = this.row;
					this.quoteColumn = this.column;
				}
				else {
					separator(c, lineFeedOfPair, State.UNQUOTED);
				}
			}
			case UNQUOTED -> separator(c, lineFeedOfPair, State.UNQUOTED);
		}
	}

	/**
	 * A character after a field's closing quote: white space until the delimiter is no
	 * part of the field (the parser skips it); anything else the parser refuses, and so
	 * does this, in the user's words.
	 */
	private void afterQuote(char c, boolean lineFeedOfPair) {
		if (c == this.delimiter || c == '\r' || c == '\n') {
			separator(c, lineFeedOfPair, State.UNQUOTED);
		}
		else if (Character.isWhitespace(c)) {
			this.state = State.AFTER_QUOTE;
		}
		else {
			throw new UnreadableSheetException(AFTER_QUOTE,
					List.of(this.sheet, String.valueOf(this.line), Problem.columnLetter(this.column) + this.row));
		}
	}

	/** A character outside quotes: a delimiter, a line break, or text of the field. */
	private void separator(char c, boolean lineFeedOfPair, State text) {
		if (c == this.delimiter) {
			nextField();
		}
		else if (c == '\r' || c == '\n') {
			if (!lineFeedOfPair) {
				this.row++;
			}
			this.column = 0;
			this.fieldChars = 0;
			this.state = State.FIELD_START;
		}
		else {
			this.state = text;
			content();
		}
	}

	private void nextField() {
		this.column++;
		this.fieldChars = 0;
		this.state = State.FIELD_START;
		if (this.column >= ReadingBounds.MAX_COLUMNS) {
			throw ReadingBounds.passed(this.sheet, this.row, null, "column", String.valueOf(this.column + 1));
		}
	}

	private void content() {
		this.fieldChars++;
		this.textChars++;
		if (this.fieldChars > ReadingBounds.MAX_CELL_CHARS) {
			throw ReadingBounds.passed(this.sheet, this.row, this.column, "field", "");
		}
		if (this.textChars > this.maxTextChars) {
			throw ReadingBounds.passed(this.sheet, this.row, null, "text", String.valueOf(this.maxTextChars));
		}
	}

}
