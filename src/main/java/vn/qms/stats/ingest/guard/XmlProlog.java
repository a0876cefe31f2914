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
		if (head.length == 0) {
			return true;
		}
		String text = new String(head, charsetOf(head));
		return rootReached(text, head.length < MAX_PROLOG);
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
