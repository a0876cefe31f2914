package vn.qms.stats.ingest.bulk;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;

import vn.qms.stats.ingest.form.Choice;
import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.ingest.text.LegacyVietnamese;
import vn.qms.stats.system.text.VietnameseText;

/**
 * Cell values of a BM04 row as "Cell values" of {@code docs/forms.md} reads them, with
 * the common case (a date cell, an ASCII code) on a path without parsing or allocation
 * beyond the value. A value that cannot be read is null, for the caller to report.
 */
final class CellValues {

	/** Seconds from 1899-12-30, the day Excel counts from, to 1970-01-01. */
	private static final long EXCEL_EPOCH_SECONDS = -25569L * 86400;

	/** The serial number of 1/1/10000, the day after the last one Excel can show. */
	private static final long AFTER_LAST_DAY = 2_958_466;

	private static final Map<String, String> CHANNELS = channels();

	private static final int MAX_CACHED = 256;

	private final Map<String, String> channelCache = new HashMap<>();

	/** Trimmed text; NFC-normalised only when it is not plain ASCII. */
	static String text(Cell cell) {
		if (cell == null) {
			return null;
		}
		String text = cell.getText();
		if (text == null) {
			return null;
		}
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) > 0x7E) {
				String clean = VietnameseText.clean(text);
				return clean.isEmpty() ? null : clean;
			}
		}
		String trimmed = text.trim();
		return trimmed.isEmpty() ? null : trimmed;
	}

	/**
	 * A date cell, a date(time) text, or the saved result of a formula that is one (a due
	 * date computed from the day received, as the in-memory path reads it too; the
	 * formula itself is never evaluated); null when unreadable.
	 */
	static LocalDateTime dateTime(Cell cell) {
		return switch (cell.getType()) {
			case NUMBER -> serialDate(cell.getRawValue());
			case STRING -> parse(cell.asString().trim());
			case FORMULA -> savedResult(cell);
			default -> null;
		};
	}

	/**
	 * A formula's saved result as a date: a number as a serial date, a text as a date
	 * text; a truth value or an error is none.
	 */
	private static LocalDateTime savedResult(Cell cell) {
		Object value = cell.getValue();
		if (value instanceof BigDecimal && cell.getRawValue() != null) {
			return serialDate(cell.getRawValue().trim());
		}
		return (value instanceof String text) ? parse(text.trim()) : null;
	}

	/**
	 * The date and time of a serial number as a cell holds it; null for one Excel cannot
	 * show (before 30/12/1899 or after 31/12/9999).
	 */
	static LocalDateTime serialDate(String raw) {
		long seconds = serialSeconds(raw);
		if (seconds == Long.MIN_VALUE) {
			try {
				double days = Double.parseDouble(raw);
				// NaN and infinities fail this too
				if (!(days >= 0 && days < AFTER_LAST_DAY)) {
					return null;
				}
				seconds = Math.round(days * 86400);
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		if (seconds < 0 || seconds >= AFTER_LAST_DAY * 86400) {
			return null;
		}
		return LocalDateTime.ofEpochSecond(seconds + EXCEL_EPOCH_SECONDS, 0, ZoneOffset.UTC);
	}

	/**
	 * The seconds of a serial date written as plain decimal digits ({@code 46204.3125}),
	 * rounded to the nearest second, read without {@code Double.parseDouble} (the
	 * costliest part of a row); {@link Long#MIN_VALUE} for any other form.
	 */
	static long serialSeconds(String raw) {
		int length = raw.length();
		int i = 0;
		long days = 0;
		while (i < length && i < 9 && isDigit(raw.charAt(i))) {
			days = days * 10 + (raw.charAt(i++) - '0');
		}
		if (i == 0 || (i < length && raw.charAt(i) != '.')) {
			return Long.MIN_VALUE;
		}
		long fraction = 0;
		long scale = 1;
		for (i++; i < length; i++) {
			char c = raw.charAt(i);
			if (!isDigit(c)) {
				return Long.MIN_VALUE;
			}
			// 12 digits place a time far below a second; more would overflow below
			if (scale < 1_000_000_000_000L) {
				fraction = fraction * 10 + (c - '0');
				scale *= 10;
			}
		}
		return days * 86400 + (fraction * 86400 + scale / 2) / scale;
	}

	/**
	 * {@code d/M/yyyy}, {@code d-M-yyyy} or {@code yyyy-M-d}, each with an optional
	 * {@code H:mm[:ss]} (after a space, or a {@code T} for the ISO form); read by hand so
	 * that a text that is no date costs no exception.
	 */
	static LocalDateTime parse(String text) {
		int[] fields = new int[6];
		int[] widths = new int[6];
		char[] separators = new char[6];
		int count = 0;
		int i = 0;
		while (i < text.length() && count < 6) {
			int start = i;
			int value = 0;
			while (i < text.length() && i - start < 4 && isDigit(text.charAt(i))) {
				value = value * 10 + (text.charAt(i++) - '0');
			}
			if (i == start) {
				return null;
			}
			fields[count] = value;
			widths[count] = i - start;
			separators[count++] = (i < text.length()) ? text.charAt(i++) : 0;
		}
		if (i < text.length() || (count != 3 && count != 5 && count != 6) || separators[count - 1] != 0) {
			return null;
		}
		boolean iso = widths[0] == 4 && separators[0] == '-' && separators[1] == '-' && widths[1] <= 2
				&& widths[2] <= 2;
		boolean dayFirst = widths[0] <= 2 && widths[1] <= 2 && widths[2] == 4 && separators[0] == separators[1]
				&& (separators[0] == '/' || separators[0] == '-');
		if (!iso && !dayFirst) {
			return null;
		}
		if (count > 3 && !((separators[2] == ' ' || (iso && separators[2] == 'T')) && separators[3] == ':'
				&& widths[3] <= 2 && widths[4] == 2 && (count == 5 || (separators[4] == ':' && widths[5] == 2)))) {
			return null;
		}
		return at(iso ? fields[0] : fields[2], fields[1], iso ? fields[2] : fields[0], fields[3], fields[4], fields[5]);
	}

	private static LocalDateTime at(int year, int month, int day, int hour, int minute, int second) {
		if (year < 1 || month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()
				|| hour > 23 || minute > 59 || second > 59) {
			return null;
		}
		return LocalDateTime.of(year, month, day, hour, minute, second);
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/** {@code IN_PERSON}, {@code ONLINE}, {@code POSTAL}, or null when not a channel. */
	String channel(String raw) {
		String code = this.channelCache.get(raw);
		if (code == null && !this.channelCache.containsKey(raw)) {
			code = channelOf(raw);
			// a log has a handful of spellings; a hostile file must not grow the cache
			if (this.channelCache.size() < MAX_CACHED) {
				this.channelCache.put(raw, code);
			}
		}
		return code;
	}

	/** A channel's code from its label, also when the label is in TCVN3 or VNI. */
	private static String channelOf(String raw) {
		String code = CHANNELS.get(VietnameseText.fold(VietnameseText.clean(raw)));
		if (code == null) {
			String decoded = LegacyVietnamese.decodeIfLegacy(raw).text();
			code = CHANNELS.get(VietnameseText.fold(VietnameseText.clean(decoded)));
		}
		return code;
	}

	/** The Vietnamese labels of the channels, as the one description of BM04 has them. */
	static String channelLabels() {
		return String.join(", ", channelChoices().stream().map(Choice::labelVi).toList());
	}

	/**
	 * Every spelling of each channel in {@link Forms#BM04} (label, alias, code, other
	 * spellings), folded, to its code.
	 */
	private static Map<String, String> channels() {
		Map<String, String> channels = new HashMap<>();
		for (Choice choice : channelChoices()) {
			Stream
				.concat(Stream.of(choice.labelVi(), choice.labelEn(), choice.code()), choice.otherSpellings().stream())
				.forEach((label) -> channels.put(VietnameseText.fold(label), choice.code()));
		}
		return channels;
	}

	private static List<Choice> channelChoices() {
		return Forms.BM04.column("channel").orElseThrow().choices();
	}

}
