package vn.qms.stats.web.reports;

/**
 * A report not queued: its account, or the console, already has as many requests waiting
 * or rendering as it may ({@link RenderRequests}); answered 429.
 */
class RenderRefused extends RuntimeException {

	/** Whose limit was reached. */
	enum Reason {

		ACCOUNT, CONSOLE

	}

	private final Reason reason;

	private final int limit;

	RenderRefused(Reason reason, int limit) {
		super(reason + " has " + limit + " report(s) waiting or rendering");
		this.reason = reason;
		this.limit = limit;
	}

	Reason reason() {
		return this.reason;
	}

	int limit() {
		return this.limit;
	}

	/** The message key of the refusal, whose argument is the limit. */
	String messageKey() {
		return "reports.refused." + this.reason.name().toLowerCase(java.util.Locale.ROOT);
	}

}
