package vn.qms.stats.ingest.worker;

import java.io.IOException;

/**
 * A parsing worker that ended for no reason of the file's that it could tell (killed from
 * outside, a fault of the JVM): the file is read again in a fresh worker, or its run
 * fails to be restarted, never rejected for it.
 */
public final class WorkerCrash extends RuntimeException {

	WorkerCrash(String message, IOException cause) {
		super(message, cause);
	}

}
