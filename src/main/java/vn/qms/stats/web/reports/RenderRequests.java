package vn.qms.stats.web.reports;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import vn.qms.stats.reference.Period;
import vn.qms.stats.report.ReportFormat;
import vn.qms.stats.schedule.ReportKinds;
import vn.qms.stats.system.text.OneLine;

/**
 * Reports asked for in the console, rendered one after the other on a thread of their
 * own; the page follows each one's state. The latest {@value #KEPT} requests are kept in
 * memory; the files stay in the output folder.
 * <p>
 * The queue is bounded: a request for a report already waiting (same kind, unit, period
 * and language) is that request, not a new one; an account has at most
 * {@value #PER_ACCOUNT} requests waiting or rendering, and the console at most
 * {@value #PENDING}; beyond either the request is refused ({@link RenderRefused}).
 */
@Component
class RenderRequests implements DisposableBean {

	private static final Log logger = LogFactory.getLog(RenderRequests.class);

	private static final int KEPT = 200;

	/** Requests of one account waiting or rendering at most. */
	static final int PER_ACCOUNT = 3;

	/**
	 * Requests of all accounts waiting or rendering at most (well under {@link #KEPT}).
	 */
	static final int PENDING = 30;

	private final ReportKinds kinds;

	private final AtomicLong ids = new AtomicLong();

	private final Map<Long, Request> requests = Collections.synchronizedMap(new LinkedHashMap<>() {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, Request> eldest) {
			return size() > KEPT;
		}

	});

	private final ExecutorService executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
			new LinkedBlockingQueue<>(PENDING), (task) -> {
				Thread thread = new Thread(task, "console-report");
				thread.setDaemon(true);
				return thread;
			});

	RenderRequests(ReportKinds kinds) {
		this.kinds = kinds;
	}

	/**
	 * The request for the report: the one already waiting for it, else a new one queued.
	 * @throws RenderRefused when the account, or the console, has too many requests
	 * waiting or rendering
	 */
	synchronized Request submit(String username, String kind, String unit, Period period, Locale locale) {
		String language = locale.getLanguage();
		List<Request> pending = pending();
		for (Request each : pending) {
			// one rendering already may have read the data before what made this request
			if (each.state == State.QUEUED && each.kind.equals(kind) && each.unit.equals(unit)
					&& each.period.equals(period) && each.language.equals(language)) {
				return each;
			}
		}
		if (pending.stream().filter((each) -> each.username.equals(username)).count() >= PER_ACCOUNT) {
			throw new RenderRefused(RenderRefused.Reason.ACCOUNT, PER_ACCOUNT);
		}
		if (pending.size() >= PENDING) {
			throw new RenderRefused(RenderRefused.Reason.CONSOLE, PENDING);
		}
		Request request = new Request(this.ids.incrementAndGet(), username, kind, unit, period, language,
				LocalDateTime.now());
		try {
			this.executor.execute(() -> render(request, locale));
		}
		catch (RejectedExecutionException ex) {
			throw new RenderRefused(RenderRefused.Reason.CONSOLE, PENDING);
		}
		this.requests.put(request.id, request);
		return request;
	}

	private List<Request> pending() {
		synchronized (this.requests) {
			return this.requests.values().stream().filter((each) -> !each.isDone()).toList();
		}
	}

	private void render(Request request, Locale locale) {
		request.state = State.RUNNING;
		try {
			request.files = this.kinds
				.render(request.kind, request.unit, request.period, locale, EnumSet.allOf(ReportFormat.class))
				.stream()
				.map((file) -> file.getFileName().toString())
				.toList();
			request.state = State.DONE;
		}
		catch (Exception | Error ex) {
			// an Error too (a font class missing, a stack overflow in a template): a
			// request left RUNNING would count against its account's limit for good
			logger.warn("Report " + request.kind + " " + request.unit + " " + request.period.code() + " failed: "
					+ OneLine.escape(ex));
			request.state = State.FAILED;
		}
	}

	Request find(long id) {
		return this.requests.get(id);
	}

	List<Request> latest() {
		synchronized (this.requests) {
			List<Request> all = new ArrayList<>(this.requests.values());
			Collections.reverse(all);
			return all;
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

	enum State {

		QUEUED, RUNNING, DONE, FAILED

	}

	/** One report asked for. */
	static final class Request {

		final long id;

		final String username;

		final String kind;

		final String unit;

		final Period period;

		final String language;

		final LocalDateTime askedAt;

		volatile State state = State.QUEUED;

		volatile List<String> files = List.of();

		Request(long id, String username, String kind, String unit, Period period, String language,
				LocalDateTime askedAt) {
			this.id = id;
			this.language = Objects.requireNonNull(language);
			this.username = username;
			this.kind = kind;
			this.unit = unit;
			this.period = period;
			this.askedAt = askedAt;
		}

		public long getId() {
			return this.id;
		}

		public String getUsername() {
			return this.username;
		}

		public String getKind() {
			return this.kind;
		}

		public String getUnit() {
			return this.unit;
		}

		public String getPeriod() {
			return this.period.code();
		}

		public LocalDateTime getAskedAt() {
			return this.askedAt;
		}

		public State getState() {
			return this.state;
		}

		public List<String> getFiles() {
			return this.files;
		}

		public boolean isDone() {
			return this.state == State.DONE || this.state == State.FAILED;
		}

	}

}
