package vn.qms.stats.ingest.guard;

/**
 * The outcome of a task run under a {@link TimeLimit}: its value, or a verdict (timeout
 * or failure) with the cause for the log.
 *
 * @param <T> the task's result
 * @param value the task's result, null unless completed
 * @param verdict null when completed, else {@link Reasons#TIMEOUT} or
 * {@link Reasons#FAILED}
 * @param cause what the task threw, null otherwise
 */
public record TimedResult<T>(T value, GuardVerdict verdict, Throwable cause) {

	public boolean completed() {
		return this.verdict == null;
	}

	static <T> TimedResult<T> done(T value) {
		return new TimedResult<>(value, null, null);
	}

	static <T> TimedResult<T> stopped(GuardVerdict verdict, Throwable cause) {
		return new TimedResult<>(null, verdict, cause);
	}

}
