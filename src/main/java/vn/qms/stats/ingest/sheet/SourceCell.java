package vn.qms.stats.ingest.sheet;

import java.math.BigDecimal;

/**
 * One non-empty cell as a row source gives it, whatever the file format.
 *
 * @param column 0-based column index
 * @param kind what the cell holds
 * @param text the text (for text, errors and booleans) or the number as written
 * @param number the number (numeric cells and formulas with a numeric cached value)
 */
public record SourceCell(int column, Kind kind, String text, BigDecimal number) {

	/** What a cell holds. */
	public enum Kind {

		TEXT, NUMBER, BOOLEAN,
		/** An error value such as {@code #DIV/0!}, typed or cached by a formula. */
		ERROR,
		/** A formula whose result was never computed and saved. */
		NO_CACHED_VALUE

	}

	public static SourceCell text(int column, String text) {
		return new SourceCell(column, Kind.TEXT, text, null);
	}

	public static SourceCell number(int column, BigDecimal number) {
		return new SourceCell(column, Kind.NUMBER, number.stripTrailingZeros().toPlainString(), number);
	}

	/** The value as the user would recognise it in a message. */
	public String display() {
		return (this.kind == Kind.NO_CACHED_VALUE) ? "" : this.text;
	}

	public boolean isBlank() {
		return (this.kind == Kind.TEXT) && (this.text == null || this.text.isBlank());
	}

}
