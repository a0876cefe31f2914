/**
 * The annotated copy of a rejected spreadsheet: the sender's own workbook with every
 * offending cell highlighted and commented in Vietnamese and English, so that it can be
 * fixed in place.
 */
package vn.qms.stats.ingest.annotate;
