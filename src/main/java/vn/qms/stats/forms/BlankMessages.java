package vn.qms.stats.forms;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts of a blank form from {@code messages/forms_vi.properties} and
 * {@code messages/forms_en.properties} (UTF-8). A form is filled by Vietnamese agencies,
 * so its texts are Vietnamese first, English after.
 */
final class BlankMessages {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private BlankMessages() {
	}

	static String text(Locale locale, String key, Object... arguments) {
		ResourceBundle bundle = ResourceBundle.getBundle("messages.forms",
				english(locale) ? Locale.ENGLISH : VIETNAMESE, NO_FALLBACK);
		String pattern = bundle.getString(key);
		return (arguments.length == 0) ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
	}

	/** The Vietnamese text, then the English one after {@code separator}. */
	static String both(String separator, String key, Object... arguments) {
		return text(VIETNAMESE, key, arguments) + separator + text(Locale.ENGLISH, key, arguments);
	}

	private static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

}
