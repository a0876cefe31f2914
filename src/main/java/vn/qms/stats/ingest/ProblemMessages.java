package vn.qms.stats.ingest;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import vn.qms.stats.system.text.OneLine;

/**
 * Renders problems from {@code messages/ingest_vi.properties} and
 * {@code messages/ingest_en.properties} (UTF-8). Vietnamese unless English is asked for.
 */
public final class ProblemMessages {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private ProblemMessages() {
	}

	static String message(Problem problem, Locale locale) {
		return text(locale, problem.messageKey(), problem.arguments().toArray());
	}

	static String describe(Problem problem, Locale locale) {
		StringBuilder line = new StringBuilder();
		if (problem.sheet() != null) {
			line.append(text(locale, "ingest.where.sheet", problem.sheet()));
		}
		if (problem.row() != null) {
			append(line, text(locale, "ingest.where.row", String.valueOf(problem.row())));
		}
		if (problem.column() != null) {
			String header = (problem.header() != null) ? " (" + problem.header() + ")" : "";
			append(line, text(locale, "ingest.where.column", problem.column() + header));
		}
		if (problem.value() != null) {
			append(line, text(locale, "ingest.where.value", problem.value()));
		}
		String severity = text(locale, "ingest.severity." + problem.severity().name().toLowerCase(Locale.ROOT));
		String where = line.isEmpty() ? "" : line + ": ";
		// sheet names, values and message arguments come from the file: one problem, one
		// line
		return OneLine.escape(severity + " " + where + message(problem, locale));
	}

	/** A message of the bundle by key, formatted with its arguments. */
	public static String text(Locale locale, String key, Object... arguments) {
		ResourceBundle bundle = bundle(locale);
		String pattern;
		try {
			pattern = bundle.getString(key);
		}
		catch (MissingResourceException ex) {
			return key + " " + String.join(", ", java.util.Arrays.stream(arguments).map(String::valueOf).toList());
		}
		return (arguments.length == 0) ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
	}

	private static ResourceBundle bundle(Locale locale) {
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return ResourceBundle.getBundle("messages.ingest", english ? Locale.ENGLISH : VIETNAMESE, NO_FALLBACK);
	}

	private static void append(StringBuilder line, String part) {
		if (!line.isEmpty()) {
			line.append(", ");
		}
		line.append(part);
	}

}
