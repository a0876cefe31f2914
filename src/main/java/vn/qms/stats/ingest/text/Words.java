package vn.qms.stats.ingest.text;

/**
 * Where words of legacy text end. Punctuation, digits and spaces separate words, but not
 * the Latin-1 signs A1-FF: any of them may be a legacy letter ({@code ·} is ã in TCVN3,
 * the soft hyphen is ư).
 */
final class Words {

	private static final char NO_BREAK_SPACE = '\u00A0';

	private Words() {
	}

	static boolean isSeparator(char c) {
		if (c < 0x80) {
			return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
		}
		if (c <= NO_BREAK_SPACE) {
			return true;
		}
		// Windows-1252 punctuation read into Unicode (curly quotes, dashes) also
		// separates
		return c > 0xFF && (Character.isWhitespace(c) || !Character.isLetter(c));
	}

	/** The end of the word starting at {@code start}, or {@code start} on a separator. */
	static int end(CharSequence text, int start) {
		int i = start;
		while (i < text.length() && !isSeparator(text.charAt(i))) {
			i++;
		}
		return i;
	}

}
