package vn.qms.stats.ingest.bulk;

import java.util.Arrays;

/**
 * A byte buffer that rows for PostgreSQL's COPY are encoded into, reused from chunk to
 * chunk: the text format ({@link CopyText}) or the binary one ({@link CopyBinary}).
 */
abstract class CopyBuffer {

	byte[] bytes = new byte[1 << 16];

	int length;

	/** The bytes so far: {@code bytes()[0 .. length())}; {@link #clear()} starts over. */
	public final byte[] bytes() {
		return this.bytes;
	}

	public final int length() {
		return this.length;
	}

	public final void clear() {
		this.length = 0;
	}

	final void room(int more) {
		if (this.length + more > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.length + more));
		}
	}

	/**
	 * Writes the character at {@code i} of {@code text} as UTF-8 (room for 4 bytes made
	 * by the caller); answers the characters it took: 2 for a surrogate pair. A surrogate
	 * without its other half, which UTF-8 cannot hold (the server would refuse the whole
	 * COPY), is written as U+FFFD.
	 */
	final int utf8(String text, int i, char c) {
		byte[] out = this.bytes;
		if (c < 0x80) {
			out[this.length++] = (byte) c;
			return 1;
		}
		if (c < 0x800) {
			out[this.length++] = (byte) (0xC0 | (c >> 6));
			out[this.length++] = (byte) (0x80 | (c & 0x3F));
			return 1;
		}
		if (Character.isSurrogate(c)) {
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				int code = Character.toCodePoint(c, text.charAt(i + 1));
				out[this.length++] = (byte) (0xF0 | (code >> 18));
				out[this.length++] = (byte) (0x80 | ((code >> 12) & 0x3F));
				out[this.length++] = (byte) (0x80 | ((code >> 6) & 0x3F));
				out[this.length++] = (byte) (0x80 | (code & 0x3F));
				return 2;
			}
			c = '\uFFFD';
		}
		out[this.length++] = (byte) (0xE0 | (c >> 12));
		out[this.length++] = (byte) (0x80 | ((c >> 6) & 0x3F));
		out[this.length++] = (byte) (0x80 | (c & 0x3F));
		return 1;
	}

}
