/**
 * JasperReports filling and export (PDF, XLSX), charts (JFreeChart), fonts, and report
 * files. Jasper stays in here: callers hand plain records ({@link ReviewModel},
 * {@link QuarterlyModel}, {@link StatusModel}, {@link IngestModel}) to a
 * {@link ReportRenderer}; the {@code *Reports} services assemble those records from the
 * database.
 */
package vn.qms.stats.report;
