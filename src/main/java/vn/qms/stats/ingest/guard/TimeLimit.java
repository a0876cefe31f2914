package vn.qms.stats.ingest.guard;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a parsing task on its own daemon thread with a deadline, so that a file that takes
 * too long gets a verdict and the next file is still read.
 * <p>
 * Java cannot kill a thread: on timeout the task is interrupted. A parser that ignores
 * interrupts (a tight loop inside POI) keeps running until it ends by itself; its thread
 * is a daemon, so it never keeps the JVM alive, and {@link #abandonedThreads()} tells how
 * many such threads are still alive so that a caller can decide to restart the process.
 */
public final class TimeLimit {

	private static final Logger logger = LoggerFactory.getLogger(TimeLimit.class);

	private static final Duration GRACE = Duration.ofSeconds(1);

	private static final AtomicInteger counter = new AtomicInteger();

	private final Duration limit;

	private final Set<Thread> abandoned = ConcurrentHashMap.newKeySet();

	public TimeLimit(Duration limit) {
		if (limit.isNegative() || limit.isZero()) {
			throw new IllegalArgumentException("Time limit must be positive");
		}
		this.limit = limit;
	}

	public TimeLimit(GuardLimits limits) {
		this(limits.timeLimit());
	}

	public <T> TimedResult<T> run(Callable<T> task) {
		return run(Format.UNKNOWN, task);
	}

	/**
	 * Runs the task; never throws what the task throws, and returns within the limit plus
	 * a second of grace.
	 * @param format the format the guard found, carried into a timeout or failure verdict
	 */
	public <T> TimedResult<T> run(Format format, Callable<T> task) {
		FutureTask<T> future = new FutureTask<>(task);
		Thread thread = new Thread(future, "qms-parse-" + counter.incrementAndGet());
		thread.setDaemon(true);
		thread.start();
		try {
			return TimedResult.done(future.get(this.limit.toMillis(), TimeUnit.MILLISECONDS));
		}
		catch (TimeoutException ex) {
			stop(future, thread);
			return TimedResult.stopped(GuardVerdict.reject(format, Reasons.TIMEOUT, this.limit.toSeconds()), ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			return TimedResult.stopped(GuardVerdict.reject(format, Reasons.FAILED, describe(cause)), cause);
		}
		catch (InterruptedException ex) {
			stop(future, thread);
			Thread.currentThread().interrupt();
			return TimedResult.stopped(GuardVerdict.reject(format, Reasons.FAILED, "interrupted"), ex);
		}
	}

	/**
	 * Threads of timed-out tasks that ignored the interrupt and still run.
	 */
	public int abandonedThreads() {
		this.abandoned.removeIf((thread) -> !thread.isAlive());
		return this.abandoned.size();
	}

	private void stop(FutureTask<?> future, Thread thread) {
		future.cancel(true);
		try {
			thread.join(GRACE.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (thread.isAlive()) {
			this.abandoned.add(thread);
			logger.warn("Thread {} ignored the interrupt after the time limit and still runs", thread.getName());
		}
	}

	private static String describe(Throwable cause) {
		String message = cause.getMessage();
		String text = (message == null || message.isBlank()) ? cause.getClass().getSimpleName() : message;
		// a parser message can be long and carry the file's content: keep it short
		return (text.length() > 200) ? text.substring(0, 200) + "…" : text;
	}

}
