package vn.qms.stats.ingest.bulk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.Cell;

import vn.qms.stats.system.text.VietnameseText;

/**
 * Cell values of a BM04 row as "Cell values" of input-templates.md reads them, with the
 * common case (a date cell, an ASCII code) on a path without parsing or allocation beyond
 * the value. A value that cannot be read is null, for the caller to report.
 */
final class CellValues {

	/** Seconds from 1899-12-30, the day Excel counts from, to 1970-01-01. */
	private static final long EXCEL_EPOCH_SECONDS = -25569L * 86400;

	private static final List<DateTimeFormatter> DATETIMES = formatters("d/M/uuuu H:mm[:ss]", "d-M-uuuu H:mm[:ss]",
			"uuuu-M-d H:mm[:ss]", "uuuu-M-d'T'H:mm[:ss]");

	private static final List<DateTimeFormatter> DATES = formatters("d/M/uuuu", "d-M-uuuu", "uuuu-M-d");

	private static final Map<String, String> CHANNELS = channels();

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

	/** A date cell or a date(time) text; null when unreadable. */
	static LocalDateTime dateTime(Cell cell) {
		return switch (cell.getType()) {
			case NUMBER -> serial(cell.getRawValue());
			case STRING -> parse(cell.asString().trim());
			default -> null;
		};
	}

	private static LocalDateTime serial(String raw) {
		try {
			double days = Double.parseDouble(raw);
			long seconds = Math.round(days * 86400) + EXCEL_EPOCH_SECONDS;
			return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static LocalDateTime parse(String text) {
		for (DateTimeFormatter format : DATETIMES) {
			try {
				return LocalDateTime.parse(text, format);
			}
			catch (DateTimeParseException ex) {
				// a text date is rare in a dossier log: trying each format is fine
			}
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(text, format).atStartOfDay();
			}
			catch (DateTimeParseException ex) {
				// next format
			}
		}
		return null;
	}

	/** {@code IN_PERSON}, {@code ONLINE}, {@code POSTAL}, or null when not a channel. */
	String channel(String text) {
		return this.channelCache.computeIfAbsent(text, (raw) -> CHANNELS.get(VietnameseText.fold(raw)));
	}

	static String channelLabels() {
		return "Trực tiếp, Trực tuyến, Bưu chính";
	}

	private static Map<String, String> channels() {
		Map<String, String> channels = new HashMap<>();
		List.of("Trực tiếp", "In person", "Nộp trực tiếp", "IN_PERSON")
			.forEach((label) -> channels.put(VietnameseText.fold(label), "IN_PERSON"));
		List.of("Trực tuyến", "Online", "Dịch vụ công trực tuyến", "Nộp trực tuyến", "ONLINE")
			.forEach((label) -> channels.put(VietnameseText.fold(label), "ONLINE"));
		List.of("Bưu chính", "Postal", "Bưu chính công ích", "Dịch vụ bưu chính công ích", "POSTAL")
			.forEach((label) -> channels.put(VietnameseText.fold(label), "POSTAL"));
		return channels;
	}

	private static List<DateTimeFormatter> formatters(String... patterns) {
		return Arrays.stream(patterns)
			.map((pattern) -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT))
			.toList();
	}

}
