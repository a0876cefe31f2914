/**
 * Reading, recognising and validating the input spreadsheets (forms BM01-BM04), storing
 * accepted submissions, and the input folder.
 */
package vn.qms.stats.ingest;
