package vn.qms.stats.metrics;

import java.math.BigDecimal;

/**
 * One data-quality finding for a scope, shown in every report.
 *
 * @param kind what was found
 * @param unitCode the unit it is about (for a row of BM01 or BM03: the reporting unit)
 * @param period the period of the data
 * @param subject what inside the unit ({@code AGENCY} or {@code AGENCY/PROCEDURE} for a
 * row; the unit that sent a BM02 row; the period data was carried from; the successors of
 * a split unit; the form of a total row), or null
 * @param field the column or figure that disagrees ({@code mandatory_total}; a total
 * row's column header as written), or null
 * @param expected the value the detail (or the rule) gives (a total row: the sum of the
 * rows), or null
 * @param actual the value found (a total row: its own), or null
 * @param cell where in the submitted file, or null
 */
public record DataQualityNote(DataQualityKind kind, String unitCode, String period, String subject, String field,
		BigDecimal expected, BigDecimal actual, Cell cell) {

	public DataQualityNote(DataQualityKind kind, String unitCode, String period, String subject, String field,
			BigDecimal expected, BigDecimal actual) {
		this(kind, unitCode, period, subject, field, expected, actual, null);
	}

	static DataQualityNote about(DataQualityKind kind, String unitCode, String period, String subject) {
		return new DataQualityNote(kind, unitCode, period, subject, null, null, null);
	}

	/**
	 * A cell of a submitted file.
	 *
	 * @param sheet the sheet
	 * @param row the row as Excel numbers it
	 * @param column the column letter
	 */
	public record Cell(String sheet, Integer row, String column) {
	}

}
