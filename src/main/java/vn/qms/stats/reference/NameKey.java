package vn.qms.stats.reference;

import java.util.List;
import java.util.regex.Pattern;

import vn.qms.stats.system.text.VietnameseText;

/**
 * The form under which unit names are compared: folded, punctuation dropped, and the
 * administrative prefixes spreadsheets add or leave out ("UBND tỉnh", "TP.", "Bộ")
 * removed, so that "UBND TP. Hồ Chí Minh" and "Thành phố Hồ Chí Minh" meet.
 */
final class NameKey {

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final List<String> PREFIXES = List.of("uy ban nhan dan ", "ubnd ", "tinh ", "thanh pho ", "tp ",
			"bo ");

	private NameKey() {
	}

	static String of(String name) {
		String key = NOT_ALPHANUMERIC.matcher(VietnameseText.fold(name)).replaceAll(" ").trim();
		boolean stripped = true;
		while (stripped) {
			stripped = false;
			for (String prefix : PREFIXES) {
				if (key.startsWith(prefix) && key.length() > prefix.length()) {
					key = key.substring(prefix.length());
					stripped = true;
				}
			}
		}
		return key;
	}

}
