package vn.qms.stats.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The labels and number style of one report language, for the row builders.
 */
final class ReportText {

	private final Locale locale;

	private final ResourceBundle messages;

	private final NumberStyle style;

	ReportText(Locale requested) {
		this.locale = ReportMessages.reportLocale(requested);
		this.messages = ReportMessages.bundle(this.locale);
		this.style = NumberStyle.of(this.locale);
	}

	Locale locale() {
		return this.locale;
	}

	NumberStyle style() {
		return this.style;
	}

	/** The label with this key. */
	String get(String key) {
		return this.messages.getString(key);
	}

	/** The label with this key, or the fallback when there is none. */
	String getOrDefault(String key, String fallback) {
		return this.messages.containsKey(key) ? this.messages.getString(key) : fallback;
	}

	/** The pattern with this key, filled with the arguments (all already formatted). */
	String format(String key, Object... arguments) {
		return new MessageFormat(get(key), this.locale).format(arguments);
	}

	/** A new table line in this language's number style. */
	ReportLine line() {
		return new ReportLine(this.style);
	}

	/**
	 * Header cells of a rate: counts and rate in the PDF; done, total, rate in the XLSX.
	 */
	ReportLine rateHeader(ReportLine headers, String group) {
		String prefix = (group != null) ? group + ": " : "";
		return headers.pdf(get("column.counts"))
			.pdf(get("column.rate"))
			.xlsx(prefix + get("column.numerator"))
			.xlsx(prefix + get("column.denominator"))
			.xlsx(prefix + get("column.rate"));
	}

}
