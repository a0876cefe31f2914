/**
 * JasperReports filling and export (PDF, XLSX), fonts, and report files. Jasper stays in
 * here.
 */
package vn.qms.stats.report;
