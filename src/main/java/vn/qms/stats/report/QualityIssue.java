package vn.qms.stats.report;

/**
 * A data-quality finding of {@code docs/figures.md} ("Data-quality checks"), shown in the
 * report, never dropped.
 *
 * @param check the kind of finding ({@code DataQualityKind}: {@code BM01_BM02_MISMATCH},
 * {@code TOTAL_ROW_MISMATCH}, ...), whose label is {@code quality.<check>}
 * @param unitCode the unit concerned
 * @param unitName its name
 * @param detail the numbers that disagree, as data, or null
 */
public record QualityIssue(String check, String unitCode, String unitName, String detail) {
}
