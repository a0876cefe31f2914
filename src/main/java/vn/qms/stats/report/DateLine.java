package vn.qms.stats.report;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The place and date line of an administrative document: {@code Hà Nội, ngày 05 tháng 02
 * năm 2026} (day below 10 and month below 3 with a leading zero, as official documents
 * write them), in English {@code Hà Nội, 5 February 2026}.
 */
final class DateLine {

	private DateLine() {
	}

	static String of(String place, LocalDate date, Locale locale, ResourceBundle messages) {
		String day;
		String month;
		if (Locale.ENGLISH.equals(locale)) {
			day = Integer.toString(date.getDayOfMonth());
			month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
		}
		else {
			day = String.format("%02d", date.getDayOfMonth());
			month = (date.getMonthValue() < 3) ? String.format("%02d", date.getMonthValue())
					: Integer.toString(date.getMonthValue());
		}
		String pattern = messages.getString("header.dateLine");
		return new MessageFormat(pattern, locale)
			.format(new Object[] { place, day, month, Integer.toString(date.getYear()) });
	}

}
