/**
 * Parsing workers: every untrusted file is guarded and parsed in a JVM of its own, with a
 * small heap and a deadline, kept warm in a pool
 * ({@link vn.qms.stats.ingest.worker.ParseWorkers}) and replaced when it dies; the main
 * process reads a small bounded protocol ({@link vn.qms.stats.ingest.worker.Protocol})
 * and never parses the file (the workers also take its SHA-256).
 */
package vn.qms.stats.ingest.worker;
