package vn.qms.stats.ingest.sheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;

/**
 * The value of an ISO 8601 date cell ({@code t="d"}) as the serial number Excel holds for
 * it once it opens the file: days since 30/12/1899 and the time as a fraction of a day.
 * Read: a date ({@code 2026-03-31}), a date and time ({@code 2026-03-31T08:30:00}, with
 * or without seconds and their fraction) or a time alone ({@code 08:30:00}); a time zone
 * written after it ({@code Z}, {@code +07:00}) is ignored, as Excel has none: the date
 * and time are those written.
 */
final class IsoDates {

	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	/** 1/1/10000, the day after the last one Excel can show. */
	private static final LocalDate AFTER_LAST_DAY = LocalDate.of(10000, 1, 1);

	private static final BigDecimal NANOS_PER_DAY = BigDecimal.valueOf(86_400_000_000_000L);

	/** Digits of a day's fraction: far below a second (86.4 ns). */
	private static final int FRACTION_DIGITS = 12;

	private IsoDates() {
	}

	/**
	 * The serial number as plain digits ({@code 46112.354166666667}), or null for a value
	 * that is no ISO 8601 date, time or date and time, or a day Excel cannot show (before
	 * 30/12/1899 or after 31/12/9999).
	 */
	static String serial(String value) {
		TemporalAccessor parsed = parse(value);
		if (parsed == null) {
			return null;
		}
		LocalDate day = parsed.query(TemporalQueries.localDate());
		LocalTime time = parsed.query(TemporalQueries.localTime());
		if (day == null) {
			// a time alone: Excel's day 0
			day = EXCEL_EPOCH;
		}
		if (day.isBefore(EXCEL_EPOCH) || !day.isBefore(AFTER_LAST_DAY)) {
			return null;
		}
		BigDecimal days = BigDecimal.valueOf(ChronoUnit.DAYS.between(EXCEL_EPOCH, day));
		if (time != null) {
			days = days.add(BigDecimal.valueOf(time.toNanoOfDay())
				.divide(NANOS_PER_DAY, FRACTION_DIGITS, RoundingMode.HALF_UP));
		}
		return days.stripTrailingZeros().toPlainString();
	}

	private static TemporalAccessor parse(String value) {
		for (DateTimeFormatter format : new DateTimeFormatter[] { DateTimeFormatter.ISO_DATE_TIME,
				DateTimeFormatter.ISO_DATE, DateTimeFormatter.ISO_TIME }) {
			try {
				return format.parseBest(value, LocalDateTime::from, LocalDate::from, LocalTime::from);
			}
			catch (DateTimeParseException ex) {
				// try the next form
			}
		}
		return null;
	}

}
