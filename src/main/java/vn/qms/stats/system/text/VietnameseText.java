package vn.qms.stats.system.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one way labels, names and enumeration values are compared: NFC, case-folded,
 * diacritics stripped ({@code đ} to {@code d}), white space and line breaks collapsed.
 */
public final class VietnameseText {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

	private VietnameseText() {
	}

	/**
	 * {@code "  Số TTHC\n có quy trình ISO "} becomes {@code "so tthc co quy trinh iso"}.
	 */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
		return SPACES.matcher(stripped).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * Trimmed, NFC-normalised text, as stored and shown; {@code null} stays {@code null}.
	 */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").trim();
	}

}
