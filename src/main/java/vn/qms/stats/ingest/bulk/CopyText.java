package vn.qms.stats.ingest.bulk;

import java.time.LocalDateTime;

/**
 * Rows in PostgreSQL's COPY text format (tab separated, {@code \N} for null, backslash
 * escapes), encoded as UTF-8 straight into a byte buffer that is reused from chunk to
 * chunk (no intermediate strings).
 */
public final class CopyText extends CopyBuffer {

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
		for (int i = 0; i < text.length();) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> ascii('\\').ascii('\\');
				case '\t' -> ascii('\\').ascii('t');
				case '\n' -> ascii('\\').ascii('n');
				case '\r' -> ascii('\\').ascii('r');
				default -> {
					i += utf8(text, i, c);
					continue;
				}
			}
			i++;
		}
		return this;
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

}
