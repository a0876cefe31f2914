package vn.qms.stats.approval;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Messages of {@code messages/approval_vi.properties} and
 * {@code messages/approval_en.properties} (UTF-8): Vietnamese unless English is asked
 * for.
 */
final class ApprovalMessages {

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private ApprovalMessages() {
	}

	static String text(Locale locale, String key, Object... arguments) {
		boolean english = locale != null && "en".equals(locale.getLanguage());
		Locale language = english ? Locale.ENGLISH : Locale.forLanguageTag("vi");
		ResourceBundle bundle = ResourceBundle.getBundle("messages.approval", language, NO_FALLBACK);
		return new MessageFormat(bundle.getString(key), language).format(arguments);
	}

}
