package vn.qms.stats.ingest.bulk;

import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * Rows in PostgreSQL's COPY text format (tab separated, {@code \N} for null, backslash
 * escapes), encoded as UTF-8 straight into a byte buffer that is reused from chunk to
 * chunk (no intermediate strings).
 */
public final class CopyText {

	private byte[] bytes = new byte[1 << 16];

	private int length;

	/** The seven BM04 columns, in table order, then a newline. */
	public CopyText row(Bm04Row row) {
		return fields(row).newline();
	}

	/** The seven BM04 columns, in table order. */
	public CopyText fields(Bm04Row row) {
		text(row.dossierCode()).tab();
		text(row.procedureCode()).tab();
		text(row.agencyCode()).tab();
		timestamp(row.receivedAt()).tab();
		timestamp(row.dueAt()).tab();
		timestamp(row.completedAt()).tab();
		return text(row.channel());
	}

	/** A number, or {@code \N} for null. */
	public CopyText optional(Integer value) {
		return (value != null) ? number(value.longValue()) : ascii('\\').ascii('N');
	}

	public CopyText newline() {
		return ascii('\n');
	}

	public CopyText number(long value) {
		if (value < 0) {
			ascii('-');
			value = -value;
		}
		if (value >= 10) {
			number(value / 10);
		}
		return ascii((char) ('0' + value % 10));
	}

	public CopyText tab() {
		return ascii('\t');
	}

	public CopyText text(String text) {
		if (text == null) {
			return ascii('\\').ascii('N');
		}
		room(text.length() * 3 + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> ascii('\\').ascii('\\');
				case '\t' -> ascii('\\').ascii('t');
				case '\n' -> ascii('\\').ascii('n');
				case '\r' -> ascii('\\').ascii('r');
				default -> utf8(text, i, c);
			}
			if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
				i++;
			}
		}
		return this;
	}

	private void utf8(String text, int i, char c) {
		byte[] out = this.bytes;
		if (c < 0x80) {
			out[this.length++] = (byte) c;
		}
		else if (c < 0x800) {
			out[this.length++] = (byte) (0xC0 | (c >> 6));
			out[this.length++] = (byte) (0x80 | (c & 0x3F));
		}
		else if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
			int code = Character.toCodePoint(c, text.charAt(i + 1));
			out[this.length++] = (byte) (0xF0 | (code >> 18));
			out[this.length++] = (byte) (0x80 | ((code >> 12) & 0x3F));
			out[this.length++] = (byte) (0x80 | ((code >> 6) & 0x3F));
			out[this.length++] = (byte) (0x80 | (code & 0x3F));
		}
		else {
			out[this.length++] = (byte) (0xE0 | (c >> 12));
			out[this.length++] = (byte) (0x80 | ((c >> 6) & 0x3F));
			out[this.length++] = (byte) (0x80 | (c & 0x3F));
		}
	}

	public CopyText timestamp(LocalDateTime time) {
		if (time == null) {
			return ascii('\\').ascii('N');
		}
		number(time.getYear()).ascii('-');
		two(time.getMonthValue()).ascii('-');
		two(time.getDayOfMonth()).ascii(' ');
		two(time.getHour()).ascii(':');
		two(time.getMinute()).ascii(':');
		return two(time.getSecond());
	}

	private CopyText two(int value) {
		return ascii((char) ('0' + value / 10)).ascii((char) ('0' + value % 10));
	}

	CopyText ascii(char c) {
		if (this.length == this.bytes.length) {
			room(1);
		}
		this.bytes[this.length++] = (byte) c;
		return this;
	}

	private void room(int more) {
		if (this.length + more > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.length + more));
		}
	}

	/** The bytes so far: {@code bytes()[0 .. length())}; {@link #clear()} starts over. */
	public byte[] bytes() {
		return this.bytes;
	}

	public int length() {
		return this.length;
	}

	public void clear() {
		this.length = 0;
	}

}
