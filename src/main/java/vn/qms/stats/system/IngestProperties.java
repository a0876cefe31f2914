package vn.qms.stats.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code qms.ingest.*} settings.
 *
 * @param bm04MaxErrorRate the share of its rows a dossier log (BM04) may lose to errors
 * before the whole file is rejected
 * @param maxRowsInMemory the most data rows of one file read in memory (every file but a
 * dossier log read as a stream); a file with more is rejected
 * @param maxProblems the most problems (errors and warnings) listed for one file read in
 * memory; at the next one reading stops and the file is rejected (the default is
 * {@code ProblemLimit.DEFAULT_MAX_PROBLEMS})
 * @param stableFor how long the size and modification time of a file given to
 * {@code ingest} must not have changed before it is read
 * @param waitForStable how long {@code ingest} waits in all for the files it was given to
 * become stable; a file still changing then is left in place, unread
 * @param workerHeapMb the heap of each parsing worker, the JVM every untrusted file is
 * opened in: a file that needs more is rejected
 * @param workers how many parsing workers are kept warm
 */
@ConfigurationProperties("qms.ingest")
public record IngestProperties(@DefaultValue("0.001") double bm04MaxErrorRate,
		@DefaultValue("200000") int maxRowsInMemory, @DefaultValue("10000") int maxProblems,
		@DefaultValue("2s") Duration stableFor, @DefaultValue("30s") Duration waitForStable,
		@DefaultValue(IngestProperties.DEFAULT_WORKER_HEAP_MB) int workerHeapMb, @DefaultValue("2") int workers) {

	/** {@code qms.ingest.worker-heap-mb} unless configured. */
	public static final String DEFAULT_WORKER_HEAP_MB = "256";

	public IngestProperties {
		if (maxRowsInMemory <= 0) {
			throw new IllegalArgumentException("qms.ingest.max-rows-in-memory must be positive");
		}
		if (maxProblems <= 0) {
			throw new IllegalArgumentException("qms.ingest.max-problems must be positive");
		}
		if (workerHeapMb < 32 || workers < 1) {
			throw new IllegalArgumentException(
					"qms.ingest.worker-heap-mb must be 32 or more, qms.ingest.workers 1 or more");
		}
		if (stableFor.isNegative() || waitForStable.isNegative()) {
			throw new IllegalArgumentException("qms.ingest.stable-for and wait-for-stable must not be negative");
		}
	}

}
