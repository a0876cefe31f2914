package vn.qms.stats.report;

/**
 * A data-quality finding of spec/metrics.md ("Data-quality checks"), shown in the report,
 * never dropped.
 *
 * @param check {@code BM02_VS_BM01}, {@code TOTAL_ROW}, {@code CONTRADICTION},
 * {@code MISSING_UNIT} or {@code INVALID_UNIT}
 * @param unitCode the unit concerned
 * @param unitName its name
 * @param detail the numbers that disagree, as data, or null
 */
public record QualityIssue(String check, String unitCode, String unitName, String detail) {
}
