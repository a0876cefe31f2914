package vn.qms.stats.ingest.bulk;

import java.time.LocalDateTime;

/**
 * Rows in PostgreSQL's COPY text format (tab separated, {@code \N} for null, backslash
 * escapes), appended to a buffer without intermediate strings.
 */
public final class CopyText {

	private final StringBuilder line = new StringBuilder(256);

	/** The seven BM04 columns, in table order, then a newline. */
	public CopyText row(Bm04Row row) {
		text(row.dossierCode()).tab();
		text(row.procedureCode()).tab();
		text(row.agencyCode()).tab();
		timestamp(row.receivedAt()).tab();
		timestamp(row.dueAt()).tab();
		timestamp(row.completedAt()).tab();
		text(row.channel());
		this.line.append('\n');
		return this;
	}

	public CopyText number(long value) {
		this.line.append(value);
		return this;
	}

	public CopyText tab() {
		this.line.append('\t');
		return this;
	}

	public CopyText text(String text) {
		if (text == null) {
			this.line.append("\\N");
			return this;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> this.line.append("\\\\");
				case '\t' -> this.line.append("\\t");
				case '\n' -> this.line.append("\\n");
				case '\r' -> this.line.append("\\r");
				default -> this.line.append(c);
			}
		}
		return this;
	}

	public CopyText timestamp(LocalDateTime time) {
		if (time == null) {
			this.line.append("\\N");
			return this;
		}
		StringBuilder out = this.line;
		out.append(time.getYear()).append('-');
		two(time.getMonthValue()).append('-');
		two(time.getDayOfMonth()).append(' ');
		two(time.getHour()).append(':');
		two(time.getMinute()).append(':');
		two(time.getSecond());
		return this;
	}

	private StringBuilder two(int value) {
		return this.line.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
	}

	/** The text so far; {@link #clear()} starts over. */
	public CharSequence text() {
		return this.line;
	}

	public int length() {
		return this.line.length();
	}

	public void clear() {
		this.line.setLength(0);
	}

}
