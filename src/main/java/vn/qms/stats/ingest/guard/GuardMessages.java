package vn.qms.stats.ingest.guard;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Reads guard messages from {@code messages/guard_vi.properties} and
 * {@code messages/guard_en.properties} (UTF-8).
 */
final class GuardMessages {

	private static final String BUNDLE = "messages.guard";

	private GuardMessages() {
	}

	static String format(String key, List<Object> args, Locale locale) {
		try {
			String pattern = bundle(locale).getString(key);
			return new MessageFormat(pattern, locale).format(args.toArray());
		}
		catch (MissingResourceException | IllegalArgumentException ex) {
			// a missing text must never hide the verdict itself
			return key + " " + args;
		}
	}

	static ResourceBundle bundle(Locale locale) {
		Locale language = "vi".equals(locale.getLanguage()) ? GuardVerdict.VIETNAMESE : Locale.ENGLISH;
		return ResourceBundle.getBundle(BUNDLE, language,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

}
