package vn.qms.stats.ingest.text;

import vn.qms.stats.ingest.text.LegacyVietnamese.Encoding;

/**
 * Guesses the code of one cell from its words: read as they are, as TCVN3 and as VNI,
 * which reading gives Vietnamese syllables? A legacy reading wins only when it makes more
 * words valid than the text as it is, at least half of the words that hold a Latin-1
 * letter, and one of them convincingly (see {@link #isConvincing}).
 */
final class EncodingDetector {

	private final Tcvn3Codec tcvn3;

	private final VniCodec vni;

	EncodingDetector(Tcvn3Codec tcvn3, VniCodec vni) {
		this.tcvn3 = tcvn3;
		this.vni = vni;
	}

	Encoding detect(String text) {
		if (text == null || !mayBeLegacy(text)) {
			return Encoding.UNICODE;
		}
		int words = 0;
		int unicodeSyllables = 0;
		Score tcvn3Score = new Score();
		Score vniScore = new Score();
		int i = 0;
		while (i < text.length()) {
			int end = Words.end(text, i);
			if (end == i) {
				i++;
				continue;
			}
			String word = text.substring(i, end);
			if (hasLatin1Letter(word)) {
				words++;
				if (isUnicodeSyllable(word)) {
					unicodeSyllables++;
				}
				tcvn3Score.add(word, this.tcvn3.decode(word));
				vniScore.add(word, this.vni.decode(word));
			}
			i = end;
		}
		boolean tcvn3Wins = tcvn3Score.beats(unicodeSyllables, words);
		boolean vniWins = vniScore.beats(unicodeSyllables, words);
		if (tcvn3Wins && vniWins) {
			return tcvn3Score.compareTo(vniScore) > 0 ? Encoding.TCVN3
					: (vniScore.compareTo(tcvn3Score) > 0) ? Encoding.VNI : Encoding.UNKNOWN;
		}
		return tcvn3Wins ? Encoding.TCVN3 : vniWins ? Encoding.VNI : Encoding.UNICODE;
	}

	/**
	 * Legacy text read as Windows-1252 holds a character of A1-FF and no letter above FF:
	 * one {@code ộ} or {@code đ} proves the cell is Unicode already.
	 */
	private static boolean mayBeLegacy(String text) {
		boolean latin1 = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c > 0xA0 && c <= 0xFF) {
				latin1 = true;
			}
			else if (c > 0xFF && Character.isLetter(c)) {
				return false;
			}
		}
		return latin1;
	}

	/**
	 * A syllable as it stands, in lowercase, capitalised or in capitals: legacy text read
	 * as Windows-1252 often shows capitals inside a word ({@code tÕ}, {@code ViÖt},
	 * {@code BÕn}).
	 */
	private static boolean isUnicodeSyllable(String word) {
		boolean allUpper = true;
		boolean restLower = true;
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			allUpper &= !Character.isLowerCase(c);
			restLower &= (i == 0) || !Character.isUpperCase(c);
		}
		return (allUpper || restLower) && VietnameseSyllables.isSyllable(word);
	}

	private static boolean hasLatin1Letter(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (word.charAt(i) > 0xA0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A valid decoded word convinces when it is long enough not to be chance, starts with
	 * an ASCII letter ({@code cµ} is cà, while {@code µm} stays micrometres), or holds a
	 * sign no language writes inside a word ({@code x·}, {@code Tr­êng}).
	 */
	static boolean isConvincing(String word, String decoded) {
		char first = word.charAt(0);
		boolean asciiStart = (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z');
		if (decoded.length() >= 3 || (asciiStart && decoded.length() >= 2)) {
			return true;
		}
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (c > 0xA0 && c <= 0xFF && !Character.isLetter(c)) {
				return true;
			}
		}
		return false;
	}

	/** How many words a reading makes valid syllables, and how many convincingly. */
	private static final class Score implements Comparable<Score> {

		private int syllables;

		private int convincing;

		/**
		 * A word the reading leaves as it is counts too, as it does for the text as it
		 * is.
		 */
		void add(String word, String decoded) {
			if (isUnicodeSyllable(decoded)) {
				this.syllables++;
				if (!decoded.equals(word) && isConvincing(word, decoded)) {
					this.convincing++;
				}
			}
		}

		boolean beats(int unicodeSyllables, int words) {
			return this.syllables > unicodeSyllables && this.syllables * 2 >= words && this.convincing > 0;
		}

		@Override
		public int compareTo(Score other) {
			int bySyllables = Integer.compare(this.syllables, other.syllables);
			return (bySyllables != 0) ? bySyllables : Integer.compare(this.convincing, other.convincing);
		}

	}

}
