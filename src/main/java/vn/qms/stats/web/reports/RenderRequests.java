package vn.qms.stats.web.reports;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 */
@Component
class RenderRequests implements DisposableBean {

	private static final Log logger = LogFactory.getLog(RenderRequests.class);

	private static final int KEPT = 200;

	private final ReportKinds kinds;

	private final AtomicLong ids = new AtomicLong();

	private final Map<Long, Request> requests = Collections.synchronizedMap(new LinkedHashMap<>() {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, Request> eldest) {
			return size() > KEPT;
		}

	});

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "console-report");
		thread.setDaemon(true);
		return thread;
	});

	RenderRequests(ReportKinds kinds) {
		this.kinds = kinds;
	}

	Request submit(String username, String kind, String unit, Period period, Locale locale) {
		Request request = new Request(this.ids.incrementAndGet(), username, kind, unit, period, LocalDateTime.now());
		this.requests.put(request.id, request);
		this.executor.execute(() -> {
			request.state = State.RUNNING;
			try {
				request.files = this.kinds.render(kind, unit, period, locale, EnumSet.allOf(ReportFormat.class))
					.stream()
					.map((file) -> file.getFileName().toString())
					.toList();
				request.state = State.DONE;
			}
			catch (Exception ex) {
				logger.warn("Report " + kind + " " + unit + " " + period.code() + " failed: " + OneLine.escape(ex));
				request.state = State.FAILED;
			}
		});
		return request;
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

		final LocalDateTime askedAt;

		volatile State state = State.QUEUED;

		volatile List<String> files = List.of();

		Request(long id, String username, String kind, String unit, Period period, LocalDateTime askedAt) {
			this.id = id;
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
