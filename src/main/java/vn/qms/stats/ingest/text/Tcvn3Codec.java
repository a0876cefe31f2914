package vn.qms.stats.ingest.text;

/**
 * TCVN3 (ABC): one byte per letter, lowercase letters only but for Ă Â Ê Ô Ơ Ư Đ.
 * Capitals come from the .VnTimeH fonts, which draw the lowercase codes as capitals, so
 * the case of a decoded letter is taken from the ASCII letters of its word ({@code CéNG}
 * is CỘNG, {@code Céng} is Cộng) and, for a word that does not tell ({@code Hµ}), from
 * the other words of the text.
 */
final class Tcvn3Codec {

	private final CodeTable table = CodeTable.load("/ingest/text/tcvn3.txt");

	String decode(CharSequence text) {
		boolean upperText = upperWords(text) > lowerWords(text);
		StringBuilder out = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			int end = Words.end(text, i);
			if (end == i) {
				out.append(text.charAt(i++));
				continue;
			}
			WordCase wordCase = wordCase(text, i, end);
			boolean upper = (wordCase == WordCase.UPPER) || (wordCase == WordCase.UNDECIDED && upperText);
			for (int j = i; j < end; j++) {
				char c = text.charAt(j);
				char letter = this.table.single(c);
				if (letter == 0) {
					out.append(c);
				}
				else {
					out.append(upper ? Character.toUpperCase(letter) : letter);
				}
			}
			i = end;
		}
		return out.toString();
	}

	String encode(CharSequence unicode) {
		StringBuilder out = new StringBuilder(unicode.length());
		for (int i = 0; i < unicode.length(); i++) {
			char c = unicode.charAt(i);
			String legacy = this.table.encode(c);
			if (legacy == null) {
				// a capital without a code of its own: its lowercase code, as .VnTimeH
				// expects
				legacy = this.table.encode(Character.toLowerCase(c));
			}
			out.append((legacy != null) ? legacy : String.valueOf(c));
		}
		return out.toString();
	}

	private int upperWords(CharSequence text) {
		return countWords(text, WordCase.UPPER);
	}

	private int lowerWords(CharSequence text) {
		return countWords(text, WordCase.LOWER);
	}

	private int countWords(CharSequence text, WordCase wanted) {
		int count = 0;
		int i = 0;
		while (i < text.length()) {
			int end = Words.end(text, i);
			if (end == i) {
				i++;
				continue;
			}
			if (wordCase(text, i, end) == wanted) {
				count++;
			}
			i = end;
		}
		return count;
	}

	/**
	 * A word with an ASCII lowercase letter is lowercase; one whose capitals go past its
	 * first letter is uppercase; a word with one leading capital ({@code Hµ}) could be
	 * either.
	 */
	private WordCase wordCase(CharSequence text, int start, int end) {
		boolean laterCapital = false;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c >= 'a' && c <= 'z') {
				return WordCase.LOWER;
			}
			if (i > start && isCapital(c)) {
				laterCapital = true;
			}
		}
		return laterCapital ? WordCase.UPPER : WordCase.UNDECIDED;
	}

	private boolean isCapital(char c) {
		if (c >= 'A' && c <= 'Z') {
			return true;
		}
		char letter = this.table.single(c);
		return letter != 0 && Character.isUpperCase(letter);
	}

	private enum WordCase {

		LOWER, UPPER, UNDECIDED

	}

}
