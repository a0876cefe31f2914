package vn.qms.stats.report;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The labels of the reports, from {@code messages/report_vi.properties} and
 * {@code messages/report_en.properties} (UTF-8).
 */
final class ReportMessages {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private static final String BASE_NAME = "messages.report";

	private ReportMessages() {
	}

	/**
	 * English for an English locale, Vietnamese for any other, whatever the JVM's default
	 * locale.
	 */
	static Locale reportLocale(Locale requested) {
		return Locale.ENGLISH.getLanguage().equals(requested.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
	}

	static ResourceBundle bundle(Locale reportLocale) {
		Locale bundleLocale = Locale.ENGLISH.equals(reportLocale) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
		return ResourceBundle.getBundle(BASE_NAME, bundleLocale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

}
