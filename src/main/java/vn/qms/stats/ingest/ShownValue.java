package vn.qms.stats.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * A value as the user wrote it, for messages: dates as {@code dd/MM/yyyy [HH:mm]},
 * numbers plain. The one formatting both the generic engine and the BM04 streaming path
 * use.
 */
public final class ShownValue {

	/**
	 * The most characters of a value, header or message argument a problem carries: a
	 * verdict of 10,000 problems stays small whatever the cells hold.
	 */
	public static final int MAX_SHOWN = 200;

	/**
	 * The most characters of one message argument: room for the longest list of choices a
	 * message names, while a value quoted in it stays bounded.
	 */
	public static final int MAX_ARGUMENT = 500;

	/**
	 * The most characters of a sheet name, as the sheet columns of the form tables and of
	 * {@code bm04_problem} hold (V3, V4, V8); Excel itself allows 31.
	 */
	public static final int MAX_SHEET_NAME = 100;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private ShownValue() {
	}

	public static String of(Object value) {
		if (value instanceof LocalDateTime time) {
			return time.toLocalTime().equals(LocalTime.MIDNIGHT) ? DAY.format(time) : DAY_TIME.format(time);
		}
		if (value instanceof LocalDate date) {
			return DAY.format(date);
		}
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		return (value != null) ? value.toString() : null;
	}

	/**
	 * The text itself, or its first characters and "…", {@code max} characters in all.
	 */
	public static String shortened(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		int cut = max - 1;
		if (Character.isHighSurrogate(text.charAt(cut - 1))) {
			cut--;
		}
		return text.substring(0, cut) + "…";
	}

	/** A message argument {@link #shortened(String, int)} to {@link #MAX_ARGUMENT}. */
	public static String argument(String text) {
		return shortened(text, MAX_ARGUMENT);
	}

	/** {@link #shortened(String, int)} to {@link #MAX_SHOWN}. */
	public static String shortened(String text) {
		return shortened(text, MAX_SHOWN);
	}

}
