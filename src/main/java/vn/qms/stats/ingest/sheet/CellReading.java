package vn.qms.stats.ingest.sheet;

import java.util.List;

/**
 * The value read from a cell, or why it could not be read.
 *
 * @param value the value (String, Long, BigDecimal, LocalDate, LocalDateTime, Boolean, or
 * a choice code), or null when empty or unreadable
 * @param problemKey message key of the problem, or null
 * @param arguments message arguments
 */
record CellReading(Object value, String problemKey, List<String> arguments) {

	static CellReading of(Object value) {
		return new CellReading(value, null, List.of());
	}

	static CellReading problem(String key, String... arguments) {
		return new CellReading(null, key, List.of(arguments));
	}

	boolean failed() {
		return this.problemKey != null;
	}

}
