package vn.qms.stats.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The end of a report as Decree 30/2020 lays it out: who prepared it and who signs for
 * the steering committee (their names under the space for the signatures) and, bottom
 * left, "Nơi nhận", to whom it goes. A name not known is left blank, to be written by
 * hand.
 *
 * @param preparer the preparer's name, or null
 * @param title the head's title in Vietnamese, or null for the default
 * @param titleEn the head's title in English, or null for the default
 * @param name the head's name, or null
 * @param recipients the recipients, in order (none: the archive line alone)
 */
record Signature(String preparer, String title, String titleEn, String name, List<String> recipients) {

	/** Blank names, the default title and recipients. */
	static final Signature BLANK = new Signature(null, null, null, null, List.of());

	Signature {
		preparer = blankToNull(preparer);
		title = blankToNull(title);
		titleEn = blankToNull(titleEn);
		name = blankToNull(name);
		recipients = (recipients != null)
				? recipients.stream().map(Signature::blankToNull).filter((line) -> line != null).toList() : List.of();
	}

	/** The head's title in the report's language. */
	String title(Locale locale, ResourceBundle messages) {
		String configured = Locale.ENGLISH.equals(locale) ? this.titleEn : this.title;
		return (configured != null) ? configured : messages.getString("signature.head");
	}

	/**
	 * The "Nơi nhận" lines as official documents write them: {@code - Bộ Khoa học và Công
	 * nghệ;} one a line, the last ending with a full stop.
	 */
	String recipientLines(ResourceBundle messages) {
		List<String> lines = new ArrayList<>(this.recipients);
		if (lines.isEmpty()) {
			lines.add(messages.getString("signature.recipients.default"));
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).replaceAll("^[-–•\\s]+|[;.,\\s]+$", "");
			text.append((i > 0) ? "\n" : "").append("- ").append(line).append((i < lines.size() - 1) ? ";" : ".");
		}
		return text.toString();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
