package vn.qms.stats.ingest.sheet;

import java.util.Locale;
import java.util.Set;

/**
 * Numbers no spreadsheet can hold: NaN and the infinities. Excel stores every number as a
 * finite double (a calculation that overflows is the error {@code #NUM!}), so a cell
 * holding one comes from a forged or broken file: an {@code .xls} NUMBER record whose
 * eight bytes are a NaN or an infinity, or an {@code .xlsx} cell whose value is written
 * {@code NaN}, {@code INF} or {@code Infinity}. Such a cell is a problem at its cell
 * ({@value #KEY}), like any other bad cell, never a figure, an exception or the damaged
 * file a parser's own words would make it.
 */
public final class NonFinite {

	/** The message key: {0} the value as the file holds it. */
	public static final String KEY = "ingest.cell.number.not.finite";

	/** How files and Java write them, lower case, without a sign. */
	private static final Set<String> SPELLINGS = Set.of("nan", "inf", "infinity");

	/** The longest spelling with a sign: longer text is never looked at further. */
	private static final int MAX_LENGTH = 9;

	private NonFinite() {
	}

	/**
	 * Whether a cell's raw value spells NaN or an infinity ({@code NaN}, {@code INF},
	 * {@code -INF}, {@code Infinity}, {@code -Infinity}, any case, white space around).
	 */
	public static boolean spelled(String raw) {
		if (raw == null) {
			return false;
		}
		String text = raw.strip();
		if (text.isEmpty() || text.length() > MAX_LENGTH) {
			return false;
		}
		if (text.charAt(0) == '-' || text.charAt(0) == '+') {
			text = text.substring(1);
		}
		return SPELLINGS.contains(text.toLowerCase(Locale.ROOT));
	}

}
