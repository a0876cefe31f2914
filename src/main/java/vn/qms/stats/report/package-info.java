/**
 * JasperReports filling and export (PDF, XLSX), fonts, and report files. Jasper stays in
 * here: callers hand plain records ({@link vn.qms.stats.report.ReviewModel}) to a
 * {@link vn.qms.stats.report.ReportRenderer}.
 */
package vn.qms.stats.report;
