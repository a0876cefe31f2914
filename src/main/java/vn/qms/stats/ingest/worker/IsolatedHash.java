package vn.qms.stats.ingest.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import vn.qms.stats.system.io.FileHash;

/**
 * The SHA-256 of a file, taken by a parsing worker: a JVM that compiles the digest with
 * C2 (the JDK's SHA instructions), where the command line's own JVM, C1 only, takes four
 * times as long (0.62 s against 0.15 s for a 59 MB log, here), and the worker started
 * ahead is idle then anyway. Only the bytes are read, nothing is parsed. A worker that
 * cannot answer (gone, killed) is replaced by hashing here.
 */
final class IsolatedHash {

	private static final Log logger = LogFactory.getLog(IsolatedHash.class);

	private final ParseWorkers workers;

	IsolatedHash(ParseWorkers workers) {
		this.workers = workers;
	}

	String sha256(Path file) throws IOException {
		WorkerProcess worker;
		try {
			worker = this.workers.lease();
		}
		catch (IOException ex) {
			return FileHash.sha256(file);
		}
		worker.arm(this.workers.settings().deadline());
		byte tag;
		String answer;
		try {
			DataOutputStream out = worker.out();
			out.writeByte(Protocol.HASH);
			Wire.writeString(out, file.toAbsolutePath().toString());
			out.flush();
			DataInputStream in = worker.in();
			tag = Wire.readTag(in);
			answer = Wire.readString(in);
			if (tag != Protocol.HASHED && tag != Protocol.FAILED) {
				throw new IOException("Unexpected answer " + tag);
			}
		}
		catch (IOException ex) {
			this.workers.discard(worker);
			logger.warn("A parsing worker could not hash " + file.getFileName() + " (" + ex.getMessage()
					+ "); hashing it here");
			return FileHash.sha256(file);
		}
		this.workers.release(worker);
		if (tag == Protocol.FAILED) {
			throw new IOException(answer);
		}
		return answer;
	}

}
