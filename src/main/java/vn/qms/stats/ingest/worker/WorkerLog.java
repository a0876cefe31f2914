package vn.qms.stats.ingest.worker;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import vn.qms.stats.system.text.OneLine;

/**
 * Passes a parsing worker's standard error on to this process's, line by line, as a user
 * may read it: each line made one safe line ({@link OneLine}: a worker's messages may
 * quote a hostile file), cut at {@value #MAX_LINE} characters; the lines of a Java stack
 * trace and the JVM's own {@code Terminating due to java.lang.OutOfMemoryError} dropped
 * (the file's verdict says what happened, in the user's language). Read as it comes, so
 * that a worker never waits on a full pipe.
 */
final class WorkerLog {

	static final int MAX_LINE = 2_000;

	private static final String OUT_OF_MEMORY = "Terminating due to java.lang.OutOfMemoryError";

	/**
	 * What a throwable's {@code toString()} looks like: a class name, then its message.
	 */
	private static final Pattern THROWABLE = Pattern
		.compile("([a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(Exception|Error|Throwable)(: .*)?");

	private WorkerLog() {
	}

	/** Forwards the process's standard error on a daemon thread of its own. */
	static void forward(Process process) {
		boolean everything = System.getenv("QMS_DEBUG") != null;
		Thread thread = new Thread(() -> copy(process.getErrorStream(), () -> System.err, everything),
				"parse-worker-log-" + process.pid());
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * Copies until the stream ends; {@code to} is asked at each line. With
	 * {@code everything} (the environment variable {@code QMS_DEBUG} set, as for the
	 * command's own exceptions), stack traces too.
	 */
	static void copy(InputStream from, Supplier<PrintStream> to, boolean everything) {
		try (Reader in = new InputStreamReader(from, StandardCharsets.UTF_8)) {
			StringBuilder line = new StringBuilder();
			boolean cut = false;
			for (int c = in.read(); c >= 0; c = in.read()) {
				if (c == '\n') {
					emit(line, cut, to, everything);
					line.setLength(0);
					cut = false;
				}
				else if (line.length() < MAX_LINE) {
					line.append((char) c);
				}
				else {
					cut = true;
				}
			}
			if (!line.isEmpty()) {
				emit(line, cut, to, everything);
			}
		}
		catch (IOException ex) {
			// the worker is gone: nothing more to pass on
		}
	}

	private static void emit(StringBuilder line, boolean cut, Supplier<PrintStream> to, boolean everything) {
		if (line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
			line.setLength(line.length() - 1);
		}
		String text = line.toString();
		if (text.isBlank() || !everything && (isStackTrace(text) || text.startsWith(OUT_OF_MEMORY))) {
			return;
		}
		to.get().println(OneLine.escape(text) + (cut ? "…" : ""));
	}

	/**
	 * A line of a printed Java stack trace: an exception's own line
	 * ({@code java.lang.NullPointerException: ...}), a frame, a cause, or the end of one.
	 */
	private static boolean isStackTrace(String line) {
		String trimmed = line.strip();
		return THROWABLE.matcher(trimmed).matches() || trimmed.startsWith("Caused by: ")
				|| trimmed.startsWith("Suppressed: ")
				|| trimmed.startsWith("at ") && (line.startsWith("\t") || line.startsWith(" "))
				|| trimmed.startsWith("... ") && trimmed.endsWith(" more");
	}

}
