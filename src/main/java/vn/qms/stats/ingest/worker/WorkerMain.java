package vn.qms.stats.ingest.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;

/**
 * The entry point of a parsing worker: a JVM of its own, started by {@link ParseWorkers}
 * with a small heap, that opens and parses untrusted files and answers on its standard
 * output ({@link Protocol}). It ends when its standard input closes (its parent is gone)
 * or when it runs out of memory ({@code -XX:+ExitOnOutOfMemoryError}).
 */
public final class WorkerMain {

	private WorkerMain() {
	}

	public static void main(String[] args) throws IOException {
		// the protocol owns the real standard output: whatever a library prints goes to
		// standard error
		DataOutputStream out = new DataOutputStream(
				new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
		System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
		DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
		WarmUp.startInBackground();
		new WorkerServer(in, out).serve();
		System.exit(0);
	}

}
