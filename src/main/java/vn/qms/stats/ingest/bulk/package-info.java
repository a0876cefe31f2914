/**
 * BM04 (dossier log, up to millions of rows) on a streaming path: a restartable chunk
 * step reads the sheet as it streams and validates each row without exceptions, loads it
 * through COPY (PostgreSQL) or batched inserts (H2) into staging keyed by the job
 * execution, and a swap step checks duplicates set-based and makes the submission current
 * in one transaction.
 */
package vn.qms.stats.ingest.bulk;
