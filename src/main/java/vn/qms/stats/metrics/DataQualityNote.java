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
 * a split unit), or null
 * @param field the column or figure that disagrees ({@code mandatory_total}), or null
 * @param expected the value the detail (or the rule) gives, or null
 * @param actual the value found, or null
 */
public record DataQualityNote(DataQualityKind kind, String unitCode, String period, String subject, String field,
		BigDecimal expected, BigDecimal actual) {

	static DataQualityNote about(DataQualityKind kind, String unitCode, String period, String subject) {
		return new DataQualityNote(kind, unitCode, period, subject, null, null, null);
	}

}
