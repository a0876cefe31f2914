/**
 * The BM04 benchmark shipped in the jar: generates dossier logs of N rows, measures the
 * bare fastexcel→COPY pipeline, the real {@code ingestJob} and the BM04 figures, and
 * prints rows/s, seconds and peak heap per stage (docs/benchmarks.md).
 */
package vn.qms.stats.bench;
