package vn.qms.stats.ingest.sheet;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Checks a CSV's text against {@link ReadingBounds} as the parser reads it, before a
 * record is held: a field longer than a cell may be, a record with more fields than a
 * sheet has columns, or more text than a file read in memory may hold ends the reading
 * with the same clear rejection as a workbook's ({@code ingest.file.bound.*}), naming the
 * row and the cell, instead of a parser that grows one field until the reader's memory
 * runs out. Follows the CSV quoting the parser uses ({@code "} around a field, {@code ""}
 * for a quote in it, line breaks inside quotes kept in the record) so that rows and
 * columns are those the parser gives.
 */
final class CsvBounds extends FilterReader {

	private enum State {

		FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED, AFTER_QUOTE

	}

	private final String sheet;

	private final char delimiter;

	private final long maxTextChars;

	private State state = State.FIELD_START;

	private boolean afterCarriageReturn;

	private int row = 1;

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
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		for (int i = 0; i < read; i++) {
			accept(buffer[offset + i]);
		}
		return read;
	}

	private void accept(char c) {
		boolean lineFeedOfPair = c == '\n' && this.afterCarriageReturn;
		this.afterCarriageReturn = c == '\r';
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
	 * part of the field (the parser skips it); anything else the parser refuses.
	 */
	private void afterQuote(char c, boolean lineFeedOfPair) {
		if (c != this.delimiter && c != '\r' && c != '\n' && Character.isWhitespace(c)) {
			this.state = State.AFTER_QUOTE;
		}
		else {
			separator(c, lineFeedOfPair, State.UNQUOTED);
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
