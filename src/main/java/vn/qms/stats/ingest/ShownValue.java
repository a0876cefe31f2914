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

}
