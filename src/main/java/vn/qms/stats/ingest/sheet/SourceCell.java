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
		NO_CACHED_VALUE,
		/**
		 * A number no spreadsheet holds ({@link NonFinite}): NaN or an infinity, its text
		 * as the file spells it. Last, as the kinds cross the workers' pipe by number.
		 */
		NOT_FINITE

	}

	public static SourceCell text(int column, String text) {
		return new SourceCell(column, Kind.TEXT, text, null);
	}

	/** A number cell holding NaN or an infinity, spelled {@code text}. */
	public static SourceCell notFinite(int column, String text) {
		return new SourceCell(column, Kind.NOT_FINITE, text, null);
	}

	/**
	 * A number cell; one far beyond what Excel can hold (a decimal exponent past
	 * {@value #MAX_EXPONENT}, which written out in full would fill the memory) is text as
	 * written, so that it reads as "not a number".
	 */
	public static SourceCell number(int column, BigDecimal number) {
		if (!withinExcel(number)) {
			return text(column, number.toString());
		}
		return new SourceCell(column, Kind.NUMBER, number.stripTrailingZeros().toPlainString(), number);
	}

	/**
	 * Excel's doubles reach 1.8E308: an exponent past this is no spreadsheet's number.
	 */
	public static final int MAX_EXPONENT = 400;

	/** Whether the number is within the range of Excel's numbers (and some). */
	public static boolean withinExcel(BigDecimal number) {
		long exponent = (long) number.precision() - number.scale();
		return Math.abs((long) number.scale()) <= MAX_EXPONENT && Math.abs(exponent) <= MAX_EXPONENT;
	}

	/** The value as the user would recognise it in a message. */
	public String display() {
		return (this.kind == Kind.NO_CACHED_VALUE) ? "" : this.text;
	}

	public boolean isBlank() {
		return (this.kind == Kind.TEXT) && (this.text == null || this.text.isBlank());
	}

}
