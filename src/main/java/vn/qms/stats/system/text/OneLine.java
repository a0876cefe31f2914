package vn.qms.stats.system.text;

/**
 * The one way untrusted text (file names, sheet names, cell values) goes into a
 * line-oriented output (verdict lines, logs, {@code <name>.result.txt}): characters that
 * could end a line, forge one or reorder it on screen become visible escapes ({@code \n},
 * {@code \r}, {@code \t}, {@code \u2028}), so one record stays one line. JSON output
 * escapes by itself and keeps the text as it is.
 */
public final class OneLine {

	private OneLine() {
	}

	/**
	 * {@code "a\nOK"} (with a line feed) becomes {@code "a\\nOK"}: C0 and C1 controls,
	 * DEL, the line and paragraph separators and the bidi controls are escaped; anything
	 * else, Vietnamese included, is kept.
	 */
	public static String escape(Object text) {
		if (text == null) {
			return null;
		}
		String value = text.toString();
		if (value.chars().noneMatch(OneLine::unsafe)) {
			return value;
		}
		StringBuilder escaped = new StringBuilder(value.length() + 8);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (!unsafe(c)) {
				escaped.append(c);
			}
			else if (c == '\n') {
				escaped.append("\\n");
			}
			else if (c == '\r') {
				escaped.append("\\r");
			}
			else if (c == '\t') {
				escaped.append("\\t");
			}
			else {
				escaped.append(String.format("\\u%04X", (int) c));
			}
		}
		return escaped.toString();
	}

	static boolean unsafe(int c) {
		return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E)
				|| (c >= 0x2066 && c <= 0x2069);
	}

}
