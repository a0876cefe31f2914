/**
 * The figures of {@code spec/metrics.md}, computed set-based in SQL.
 */
package vn.qms.stats.metrics;
