package vn.qms.stats.schedule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * {@code qms-stats serve} in a JVM of its own (the test class path), working in a folder
 * whose {@code config/application.yml} the test writes, its output in {@code serve.log}.
 */
final class ServerProcess implements AutoCloseable {

	private final String name;

	private final Process process;

	private final Path log;

	private ServerProcess(String name, Process process, Path log) {
		this.name = name;
		this.process = process;
		this.log = log;
	}

	static ServerProcess start(String name, Path workDir, String database, Path input, Path out, String config)
			throws IOException {
		Files.createDirectories(workDir.resolve("config"));
		Files.writeString(workDir.resolve("config/application.yml"), config);
		Path log = workDir.resolve("serve.log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), "vn.qms.stats.cli.Main", "--db", database, "--lang", "en",
				"serve", "--port", "0", "--input", input.toString(), "--out", out.toString()))
			.directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		return new ServerProcess(name, process, log);
	}

	String log() {
		try {
			return Files.exists(this.log) ? Files.readString(this.log, StandardCharsets.UTF_8) : "";
		}
		catch (IOException ex) {
			return "(log unreadable: " + ex.getMessage() + ")";
		}
	}

	long count(String text) {
		return log().lines().filter((line) -> line.contains(text)).count();
	}

	void awaitLog(String text, Duration timeout) throws InterruptedException {
		await(() -> log().contains(text) || !this.process.isAlive(), timeout, this.name + " to log '" + text + "'");
		if (!log().contains(text)) {
			throw new AssertionError(this.name + " ended before logging '" + text + "'");
		}
	}

	/**
	 * Verdict lines ({@code --lang en}): one per file ingested, rejected or duplicate.
	 */
	long verdictCount() {
		return log().lines()
			.filter((line) -> line.contains(" Inbox - ACCEPTED ") || line.contains(" Inbox - DUPLICATE ")
					|| line.contains(" Inbox - REJECTED "))
			.count();
	}

	/** SIGTERM, then the exit status. */
	int terminate(Duration timeout) throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new AssertionError(this.name + " did not stop within " + timeout + " of SIGTERM");
		}
		return this.process.exitValue();
	}

	/** SIGKILL: no clean-up of any kind. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(10, TimeUnit.SECONDS);
	}

	String describe() {
		return "----- " + this.name + " (" + (this.process.isAlive() ? "running" : "exit " + this.process.exitValue())
				+ ") -----\n" + log();
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			this.process.destroyForcibly();
			this.process.waitFor(10, TimeUnit.SECONDS);
		}
	}

	/** Waits for a condition, up to the timeout; never hangs a build. */
	static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
			}
			Thread.sleep(250);
		}
	}

}
