package vn.qms.stats.ingest.form;

/**
 * What a column holds, and so how its cells are read.
 */
public enum ColumnType {

	/** Trimmed, NFC-normalised text. */
	TEXT,
	/** A whole number, at least 0. */
	COUNT,
	/** Any number. */
	DECIMAL,
	/** A day: a date cell or {@code dd/MM/yyyy}-style text. */
	DATE,
	/** A day with a time of day. */
	DATETIME,
	/** {@code Có}/{@code Không}, {@code x}/empty, {@code Yes}/{@code No}... */
	YES_NO,
	/** One of the column's {@link Choice choices}. */
	ENUM;

	public boolean numeric() {
		return this == COUNT || this == DECIMAL;
	}

}
