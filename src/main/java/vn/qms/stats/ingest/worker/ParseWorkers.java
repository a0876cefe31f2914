package vn.qms.stats.ingest.worker;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import vn.qms.stats.ingest.Problem;
import vn.qms.stats.ingest.annotate.Annotation;
import vn.qms.stats.ingest.annotate.Annotator;
import vn.qms.stats.ingest.bulk.Bm04Reading;
import vn.qms.stats.ingest.sheet.UnreadableFileException;
import vn.qms.stats.ingest.sheet.WorkbookOpener;
import vn.qms.stats.ingest.sheet.WorkbookSource;

/**
 * The parsing workers of this process, the Apache Tika Pipes way: every untrusted file is
 * opened and parsed in a JVM of its own with a small heap and a deadline, kept warm in a
 * small pool and replaced when one dies. What kills a worker (running out of memory or
 * time) becomes a rejection of that file with a reason; the next file gets a fresh
 * worker. A worker that crashes for any other reason (killed from outside) is retried
 * once in a fresh one.
 */
public final class ParseWorkers implements WorkbookOpener, Bm04Reading, Annotator, AutoCloseable {

	private static final Log logger = LogFactory.getLog(ParseWorkers.class);

	/**
	 * A worker JVM started by {@link #startAhead} before the pool existed, with its
	 * command line, for the first pool whose workers have that command line to take.
	 */
	private static final AtomicReference<Ahead> ahead = new AtomicReference<>();

	private final WorkerSettings settings;

	private final WorkerCommand command;

	private final Deque<WorkerProcess> idle = new ArrayDeque<>();

	private final Set<WorkerProcess> all = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "parse-worker-deadlines");
		thread.setDaemon(true);
		return thread;
	});

	private volatile boolean closed;

	public ParseWorkers(WorkerSettings settings) {
		this.settings = settings;
		this.command = new WorkerCommand(settings.heapMb());
	}

	public WorkerSettings settings() {
		return this.settings;
	}

	/**
	 * Starts a worker JVM now, before this process has a pool (e.g. while a command's
	 * Spring context starts), for the first pool with workers of that heap to take
	 * instead of starting one; unless taken, {@link #dropAhead()} ends it, and so does
	 * this process's exit (its input closes). Only one is kept: another replaces it.
	 */
	public static void startAhead(int heapMb) {
		List<String> line = new WorkerCommand(heapMb).line();
		try {
			replaceAhead(new Ahead(line, WorkerProcess.launch(line)));
		}
		catch (IOException ex) {
			logger.debug("No parsing worker started ahead: " + ex.getMessage());
		}
	}

	/** Ends the worker {@link #startAhead started ahead}, if no pool took it. */
	public static void dropAhead() {
		replaceAhead(null);
	}

	private static void replaceAhead(Ahead next) {
		Ahead previous = ahead.getAndSet(next);
		if (previous != null) {
			previous.process().destroyForcibly();
		}
	}

	/** The worker started ahead, if it is one of this pool's kind and still alive. */
	private WorkerProcess takeAhead(List<String> line) {
		Ahead started = ahead.getAndSet(null);
		if (started == null) {
			return null;
		}
		if (!started.line().equals(line) || !started.process().isAlive()) {
			started.process().destroyForcibly();
			return null;
		}
		return WorkerProcess.of(started.process(), this.timer);
	}

	/** A worker JVM started ahead, and how. */
	private record Ahead(List<String> line, Process process) {
	}

	/**
	 * Puts the worker {@link #startAhead started ahead} in the pool now, or starts one in
	 * the background, so that the first file does not wait for it. The one started ahead
	 * is taken here, not by the background thread: a first request coming at once (the
	 * file's SHA-256) would otherwise find the pool empty and start a cold worker of its
	 * own.
	 */
	public void warmUp() {
		if (this.closed) {
			return;
		}
		WorkerProcess ahead = takeAhead(this.command.line());
		if (ahead != null) {
			this.all.add(ahead);
			release(ahead);
			return;
		}
		Thread thread = new Thread(() -> {
			try {
				release(lease());
			}
			catch (IOException ex) {
				logger.warn("No parsing worker could be started: " + ex.getMessage());
			}
		}, "parse-worker-warm-up");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public WorkbookSource open(Path file) throws UnreadableFileException {
		try {
			return IsolatedWorkbookSource.open(this, file);
		}
		catch (WorkerCrash ex) {
			logger.warn("A parsing worker crashed opening " + file + " (" + ex.getMessage() + "); trying again");
			return IsolatedWorkbookSource.open(this, file);
		}
	}

	@Override
	public Bm04Damage read(Path file, int sheet, long skip, BlockSink sink) throws IOException, InterruptedException {
		return new IsolatedBm04Stream(this).read(file, sheet, skip, sink);
	}

	@Override
	public Annotation write(Path workbook, List<Problem> problems) {
		return new IsolatedAnnotation(this).write(workbook, problems);
	}

	/**
	 * The SHA-256 of the file's bytes, taken in a worker ({@link IsolatedHash}); a link
	 * is not followed.
	 * @throws IOException when the file cannot be read
	 */
	public String sha256(Path file) throws IOException {
		return new IsolatedHash(this).sha256(file);
	}

	/** A worker of the pool, or a new one. */
	WorkerProcess lease() throws IOException {
		if (this.closed) {
			throw new IOException("The parsing workers are shut down");
		}
		synchronized (this.idle) {
			while (!this.idle.isEmpty()) {
				WorkerProcess worker = this.idle.pop();
				if (worker.alive()) {
					return worker;
				}
				this.all.remove(worker);
			}
		}
		List<String> line = this.command.line();
		WorkerProcess worker = takeAhead(line);
		if (worker == null) {
			worker = WorkerProcess.start(line, this.timer);
		}
		this.all.add(worker);
		return worker;
	}

	/** Back to the pool, if it is still sound and the pool not full. */
	void release(WorkerProcess worker) {
		worker.disarm();
		synchronized (this.idle) {
			if (!this.closed && worker.alive() && this.idle.size() < this.settings.pool()) {
				this.idle.push(worker);
				return;
			}
		}
		discard(worker);
	}

	void discard(WorkerProcess worker) {
		worker.kill();
		this.all.remove(worker);
	}

	@Override
	public void close() {
		this.closed = true;
		synchronized (this.idle) {
			this.idle.clear();
		}
		this.all.forEach(WorkerProcess::kill);
		this.all.clear();
		this.timer.shutdownNow();
	}

	/**
	 * The largest peak heap (MB) an idle worker used since last asked, or -1 when none is
	 * idle: for the benchmark.
	 */
	public long peakHeapMegabytes() {
		long peak = -1;
		synchronized (this.idle) {
			for (WorkerProcess worker : this.idle) {
				worker.arm(this.settings.deadline());
				try {
					worker.out().writeByte(Protocol.HEAP);
					worker.out().flush();
					if (Wire.readTag(worker.in()) == Protocol.HEAP_USED) {
						peak = Math.max(peak, worker.in().readLong() / (1024 * 1024));
					}
				}
				catch (IOException ex) {
					// gone: the next lease replaces it
				}
				worker.disarm();
			}
		}
		return peak;
	}

	/** The pids of the live workers, for tests and the benchmark. */
	public List<Long> pids() {
		return this.all.stream().filter(WorkerProcess::alive).map(WorkerProcess::pid).toList();
	}

}
