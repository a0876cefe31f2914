package vn.qms.stats.ingest.guard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Reads the start of an XML part up to its root element and says whether it is plain:
 * only an XML declaration, comments, processing instructions and white space. A DOCTYPE
 * (the door to external entities and entity expansion) or anything the scan does not
 * understand is not plain. Only the first {@value #MAX_PROLOG} bytes are ever inflated.
 */
final class XmlProlog {

	static final int MAX_PROLOG = 16 * 1024;

	private XmlProlog() {
	}

	static boolean isPlain(InputStream in) throws IOException {
		byte[] head = in.readNBytes(MAX_PROLOG);
		return isPlain(head, head.length < MAX_PROLOG);
	}

	/**
	 * Whether the first bytes of a part, {@code whole} when they are all of it, are
	 * plain.
	 */
	static boolean isPlain(byte[] head, boolean whole) {
		if (head.length == 0) {
			return true;
		}
		String text = new String(head, charsetOf(head));
		return rootReached(text, whole);
	}

	/**
	 * Whether an XML parser could take these first bytes of a part for XML, whatever the
	 * part's name: after any byte order mark, white space and the zero bytes of UTF-16
	 * and UTF-32, a {@code <}; or only white space so far; or EBCDIC {@code <?xm}.
	 */
	static boolean looksLikeXml(byte[] head) {
		if (head.length >= 4 && head[0] == 0x4C && head[1] == 0x6F && head[2] == (byte) 0xA7
				&& head[3] == (byte) 0x94) {
			return true;
		}
		boolean blank = false;
		for (int i = byteOrderMarkLength(head); i < head.length; i++) {
			byte b = head[i];
			if (b == '<') {
				return true;
			}
			if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
				blank = true;
			}
			else if (b != 0) {
				return false;
			}
		}
		return blank;
	}

	private static int byteOrderMarkLength(byte[] head) {
		if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
			return 3;
		}
		if (startsWith(head, 0x00, 0x00, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE, 0x00, 0x00)) {
			return 4;
		}
		return (startsWith(head, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE)) ? 2 : 0;
	}

	private static boolean startsWith(byte[] head, int... mark) {
		if (head.length < mark.length) {
			return false;
		}
		for (int i = 0; i < mark.length; i++) {
			if ((head[i] & 0xFF) != mark[i]) {
				return false;
			}
		}
		return true;
	}

	private static Charset charsetOf(byte[] head) {
		if (head.length >= 2
				&& ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || (head[0] == 0 && head[1] == '<'))) {
			return StandardCharsets.UTF_16BE;
		}
		if (head.length >= 2
				&& ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == '<' && head[1] == 0))) {
			return StandardCharsets.UTF_16LE;
		}
		// ASCII-compatible: the markup of a prolog is plain ASCII in UTF-8 too
		return StandardCharsets.ISO_8859_1;
	}

	private static boolean rootReached(String text, boolean wholePart) {
		int i = skipByteOrderMark(text);
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (text.startsWith("<?", i)) {
				i = after(text, "?>", i);
			}
			else if (text.startsWith("<!--", i)) {
				i = after(text, "-->", i);
			}
			else {
				return c == '<' && i + 1 < text.length() && isNameStart(text.charAt(i + 1));
			}
			if (i < 0) {
				return false;
			}
		}
		// an empty or blank part has no root, nothing for a parser to resolve either
		return wholePart;
	}

	private static int skipByteOrderMark(String text) {
		if (text.startsWith("\u00EF\u00BB\u00BF")) {
			return 3;
		}
		return text.startsWith("\uFEFF") ? 1 : 0;
	}

	private static int after(String text, String end, int from) {
		int at = text.indexOf(end, from + 2);
		return (at < 0) ? -1 : at + end.length();
	}

	private static boolean isNameStart(char c) {
		return Character.isLetter(c) || c == '_' || c == ':';
	}

}
