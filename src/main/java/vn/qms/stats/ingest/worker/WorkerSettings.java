package vn.qms.stats.ingest.worker;

import java.time.Duration;

import vn.qms.stats.ingest.guard.GuardLimits;

/**
 * How parsing workers run.
 *
 * @param heapMb the heap of each worker ({@code qms.ingest.worker-heap-mb})
 * @param pool how many idle workers are kept warm ({@code qms.ingest.workers})
 * @param limits the guard's limits, whose time limit is a worker's deadline per file
 */
public record WorkerSettings(int heapMb, int pool, GuardLimits limits) {

	public WorkerSettings {
		if (heapMb < 32 || pool < 1) {
			throw new IllegalArgumentException("A worker needs at least 32 MB of heap, and the pool one worker");
		}
	}

	Duration deadline() {
		return this.limits.timeLimit();
	}

}
