package vn.qms.stats.ingest.worker;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.commons.io.input.UnsynchronizedBufferedInputStream;

/**
 * One parsing worker JVM as its parent sees it: the pipes to it, and a deadline after
 * which it is killed. When its output ends, {@link #death()} tells why: out of memory,
 * killed for its deadline, or crashed (killed from outside, or a fault of the JVM).
 */
final class WorkerProcess {

	/** The exit status of a JVM ended by {@code -XX:+ExitOnOutOfMemoryError}. */
	private static final int OUT_OF_MEMORY = 3;

	/** Why a worker ended. */
	enum Death {

		MEMORY, TIMEOUT, CRASH

	}

	private final Process process;

	private final DataOutputStream out;

	private final DataInputStream in;

	private final ScheduledExecutorService timer;

	private ScheduledFuture<?> deadline;

	private volatile boolean timedOut;

	private WorkerProcess(Process process, ScheduledExecutorService timer) {
		this.process = process;
		this.timer = timer;
		this.out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 12));
		this.in = unsynchronized(process.getInputStream());
	}

	/**
	 * Buffered without a lock: DataInputStream reads each int a byte at a time, and a
	 * BM04 stream is millions of them (a lock each in BufferedInputStream took half the
	 * reading thread's time).
	 */
	private static DataInputStream unsynchronized(InputStream in) {
		try {
			return new DataInputStream(
					UnsynchronizedBufferedInputStream.builder().setInputStream(in).setBufferSize(1 << 16).get());
		}
		catch (IOException ex) {
			// nothing is opened for a stream given as it is
			throw new UncheckedIOException(ex);
		}
	}

	static WorkerProcess start(List<String> command, ScheduledExecutorService timer) throws IOException {
		return new WorkerProcess(launch(command), timer);
	}

	/** The worker's JVM, started: its deadlines come with {@link #of}. */
	static Process launch(List<String> command) throws IOException {
		Process process = new ProcessBuilder(command).start();
		WorkerLog.forward(process);
		return process;
	}

	/** A worker of a JVM {@link #launch launched} before, untouched since. */
	static WorkerProcess of(Process process, ScheduledExecutorService timer) {
		return new WorkerProcess(process, timer);
	}

	DataOutputStream out() {
		return this.out;
	}

	DataInputStream in() {
		return this.in;
	}

	long pid() {
		return this.process.pid();
	}

	boolean alive() {
		return this.process.isAlive() && !this.timedOut;
	}

	/** Kills the worker unless {@link #disarm()} comes first. */
	void arm(Duration limit) {
		disarm();
		this.deadline = this.timer.schedule(() -> {
			this.timedOut = true;
			this.process.destroyForcibly();
		}, limit.toMillis(), TimeUnit.MILLISECONDS);
	}

	void disarm() {
		if (this.deadline != null) {
			this.deadline.cancel(false);
			this.deadline = null;
		}
	}

	/** Why the worker is gone, once its output has ended. */
	Death death() {
		try {
			if (!this.process.waitFor(5, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
				return this.timedOut ? Death.TIMEOUT : Death.CRASH;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (this.timedOut) {
			return Death.TIMEOUT;
		}
		return (!this.process.isAlive() && this.process.exitValue() == OUT_OF_MEMORY) ? Death.MEMORY : Death.CRASH;
	}

	void kill() {
		disarm();
		if (System.getProperty(WorkerCommand.TRAINING) != null) {
			stopForTraining();
		}
		this.process.destroyForcibly();
	}

	/**
	 * In the build's training run, a worker ends on its own (its input closed) so that it
	 * writes its class-data archive.
	 */
	private void stopForTraining() {
		try {
			this.out.close();
			this.process.waitFor(60, TimeUnit.SECONDS);
		}
		catch (IOException ex) {
			// gone already
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
