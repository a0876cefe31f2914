package vn.qms.stats.ingest.text;

/**
 * VNI-Windows: most accented letters are a base letter followed by a mark character
 * ({@code Vieät} for Việt), and lowercase and uppercase letters use different marks.
 */
final class VniCodec {

	/** Lowercase and uppercase marks are the same byte but for bit 5 (ä E4, Ä C4). */
	private static final int MARK_CASE_BIT = 0x20;

	private final CodeTable table = CodeTable.load("/ingest/text/vni.txt");

	String decode(CharSequence text) {
		int length = text.length();
		StringBuilder out = new StringBuilder(length);
		int i = 0;
		while (i < length) {
			char c = text.charAt(i);
			char letter = (i + 1 < length) ? pair(c, text.charAt(i + 1)) : 0;
			if (letter != 0) {
				out.append(letter);
				i += 2;
				continue;
			}
			char single = this.table.single(c);
			out.append((single != 0) ? single : c);
			i++;
		}
		return out.toString();
	}

	/**
	 * The letter of a base and a mark; a mark typed in the other case than its base
	 * ({@code Eä}) still counts, as it draws the same in the font, and the base gives the
	 * case.
	 */
	private char pair(char base, char mark) {
		char letter = this.table.pair(base, mark);
		if (letter == 0 && mark >= 0xC0 && mark < 0x100) {
			letter = this.table.pair(base, (char) (mark ^ MARK_CASE_BIT));
		}
		return letter;
	}

	String encode(CharSequence unicode) {
		StringBuilder out = new StringBuilder(unicode.length() + 8);
		for (int i = 0; i < unicode.length(); i++) {
			char c = unicode.charAt(i);
			String legacy = this.table.encode(c);
			out.append((legacy != null) ? legacy : String.valueOf(c));
		}
		return out.toString();
	}

}
