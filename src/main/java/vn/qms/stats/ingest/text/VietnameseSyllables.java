package vn.qms.stats.ingest.text;

import java.text.Normalizer;
import java.util.Set;

/**
 * Whether a word is a well-formed Vietnamese syllable: initial consonant, vowel cluster,
 * final consonant, at most one tone, and only sắc or nặng before c, ch, k, p, t. Real
 * Vietnamese text passes almost word for word; the same text misread in a legacy code
 * ({@code héi}, {@code nghÜa}) almost never does, which is what detection relies on.
 */
final class VietnameseSyllables {

	private static final int LETTERS = 0x1F00;

	private static final char NO_TONE = 0;

	/**
	 * Each letter without its tone mark ({@code ế} to {@code ê}), 0 for a non-Vietnamese
	 * letter.
	 */
	private static final char[] TONELESS = new char[LETTERS];

	/** The tone mark of each letter: the combining character, or 0 for none. */
	private static final char[] TONE = new char[LETTERS];

	private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";

	private static final String STOP_TONES = "\u0301\u0323";

	private static final String[] INITIALS = { "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr", "b",
			"c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "" };

	private static final String[] FINALS = { "ch", "ng", "nh", "c", "k", "m", "n", "p", "t", "" };

	private static final Set<String> STOP_FINALS = Set.of("c", "ch", "k", "p", "t");

	/** Clusters that end a syllable with no final consonant. */
	private static final Set<String> OPEN = Set.of("a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au",
			"ay", "âu", "ây", "eo", "êu", "ia", "iu", "oa", "oe", "oi", "ôi", "ơi", "ua", "uê", "ui", "uơ", "uy", "ưa",
			"ưi", "ưu", "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyu");

	private static final Set<String> EITHER_TONE_PLACE = Set.of("oa", "oe", "uy", "uê", "uơ");

	/** The only vowels before nh and ch ({@code vónh} is no word, {@code vĩnh} is). */
	private static final Set<String> PALATAL_NUCLEI = Set.of("a", "ê", "i", "y", "oa", "uê", "uy");

	/** Clusters that take a final consonant. */
	private static final Set<String> CLOSED = Set.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "oa", "oă",
			"oe", "oo", "uâ", "uê", "uô", "uy", "ươ", "iê", "yê", "uyê");

	static {
		String letters = "aăâbcdđeêghiklmnoôơpqrstuưvxy";
		for (char c = 0; c < LETTERS; c++) {
			String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
			char tone = NO_TONE;
			StringBuilder base = new StringBuilder();
			for (int i = 0; i < decomposed.length(); i++) {
				char part = decomposed.charAt(i);
				if (TONE_MARKS.indexOf(part) >= 0 && tone == NO_TONE) {
					tone = part;
				}
				else {
					base.append(part);
				}
			}
			String toneless = Normalizer.normalize(base, Normalizer.Form.NFC);
			if (toneless.length() == 1 && letters.indexOf(Character.toLowerCase(toneless.charAt(0))) >= 0) {
				TONELESS[c] = Character.toLowerCase(toneless.charAt(0));
				TONE[c] = tone;
			}
		}
	}

	private VietnameseSyllables() {
	}

	/** Whether {@code word}, in any case and composed, is one Vietnamese syllable. */
	static boolean isSyllable(CharSequence word) {
		int length = word.length();
		if (length == 0 || length > 7) {
			return false;
		}
		char tone = NO_TONE;
		int toneAt = -1;
		StringBuilder toneless = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			char c = word.charAt(i);
			if (c >= LETTERS || TONELESS[c] == 0) {
				return false;
			}
			if (TONE[c] != NO_TONE) {
				if (tone != NO_TONE) {
					return false;
				}
				tone = TONE[c];
				toneAt = i;
			}
			toneless.append(TONELESS[c]);
		}
		return isWellFormed(toneless.toString(), tone, toneAt);
	}

	private static boolean isWellFormed(String toneless, char tone, int toneAt) {
		for (String initial : INITIALS) {
			if (!toneless.startsWith(initial)) {
				continue;
			}
			for (String coda : FINALS) {
				int nucleusEnd = toneless.length() - coda.length();
				if (nucleusEnd <= initial.length() || !toneless.endsWith(coda)) {
					continue;
				}
				String nucleus = toneless.substring(initial.length(), nucleusEnd);
				if (!fitsInitial(initial, nucleus.charAt(0))
						|| !carriesTone(nucleus, coda.isEmpty(), (tone == NO_TONE) ? -1 : toneAt - initial.length())) {
					continue;
				}
				if (coda.isEmpty() ? OPEN.contains(nucleus) : isClosedRhyme(nucleus, coda, tone)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Spelling rules: gh, ngh and k only before i, e, ê (k also y); c and ng never there.
	 */
	private static boolean fitsInitial(String initial, char vowel) {
		boolean front = vowel == 'i' || vowel == 'e' || vowel == 'ê';
		return switch (initial) {
			case "gh", "ngh" -> front;
			case "k" -> front || vowel == 'y';
			case "c", "ng" -> !front && vowel != 'y';
			default -> true;
		};
	}

	/**
	 * The tone sits on the main vowel: the last one before a final consonant, the one
	 * before the glide in an open cluster ({@code cải}, not {@code caỉ}); oa, oe, uy, uê,
	 * uơ take it on either vowel (old and new style: {@code hòa}, {@code hoà}).
	 */
	private static boolean carriesTone(String nucleus, boolean open, int toneAt) {
		int last = nucleus.length() - 1;
		if (toneAt < 0 || last == 0) {
			return toneAt <= 0;
		}
		if (!open) {
			return toneAt == last;
		}
		return EITHER_TONE_PLACE.contains(nucleus) || toneAt == last - 1;
	}

	private static boolean isClosedRhyme(String nucleus, String coda, char tone) {
		if (!CLOSED.contains(nucleus)) {
			return false;
		}
		if ((coda.equals("nh") || coda.equals("ch")) && !PALATAL_NUCLEI.contains(nucleus)) {
			return false;
		}
		return !STOP_FINALS.contains(coda) || STOP_TONES.indexOf(tone) >= 0;
	}

}
