/**
 * Blank forms BM01–BM04 for the agencies to fill: one {@code .xlsx} per form, unit and
 * period, laid out and validated from the same form descriptions the reader uses
 * ({@code ingest.form.Forms}), so that what the form offers is what ingest accepts.
 */
package vn.qms.stats.forms;
