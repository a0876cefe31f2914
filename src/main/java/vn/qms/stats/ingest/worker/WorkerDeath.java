package vn.qms.stats.ingest.worker;

import java.io.IOException;
import java.util.List;

import vn.qms.stats.ingest.bulk.Bm04Reading;

/**
 * What the end of a worker means for the file it was reading: out of memory or time, a
 * rejection with that reason ({@link #messageKey()}); a crash, {@link WorkerCrash}.
 *
 * @param messageKey the message of the rejection
 * @param arguments its arguments
 */
record WorkerDeath(String messageKey, List<String> arguments) {

	/**
	 * Why the worker's output ended, once it has.
	 * @throws WorkerCrash when it crashed: nothing the file's sender can act on
	 */
	static WorkerDeath of(WorkerProcess worker, WorkerSettings settings, IOException ended) {
		return switch (worker.death()) {
			case MEMORY -> new WorkerDeath(Bm04Reading.OUT_OF_MEMORY, List.of(String.valueOf(settings.heapMb())));
			case TIMEOUT ->
				new WorkerDeath(Bm04Reading.TIMEOUT, List.of(String.valueOf(settings.deadline().toSeconds())));
			case CRASH ->
				throw new WorkerCrash("parsing worker " + worker.pid() + " ended: " + ended.getMessage(), ended);
		};
	}

}
