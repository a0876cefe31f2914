package vn.qms.stats.web.submit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.qms.stats.account.Account;
import vn.qms.stats.account.Role;
import vn.qms.stats.ingest.IngestResults;
import vn.qms.stats.ingest.IngestVerdict;
import vn.qms.stats.ingest.Ingestor;
import vn.qms.stats.ingest.SenderUnit;
import vn.qms.stats.schedule.DeadIngestRuns;
import vn.qms.stats.system.text.OneLine;

/**
 * Runs submitted files through the ingest one after the other, in the order they came, on
 * a thread of its own so that a page answers at once. A file the service stopped or
 * crashed on is taken up again at the next start: its run left marked running by the dead
 * instance is marked failed ({@link DeadIngestRuns}), then the file is read again if it
 * is still staged (the run restarts, nothing counted twice), or the run finishes its last
 * step and the upload is given the verdict its result files hold. A run an instance that
 * still looks alive is doing is left to it, and looked at again every
 * {@value #RECHECK_SECONDS} seconds until the upload has its verdict: an instance killed
 * just before this one started looks alive until it misses its check-ins.
 */
@Component
class UploadQueue implements DisposableBean {

	private static final Log logger = LogFactory.getLog(UploadQueue.class);

	private final Uploads uploads;

	private final Ingestor ingestor;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "console-ingest");
		thread.setDaemon(true);
		return thread;
	});

	/** How often an upload left to another instance is looked at again. */
	static final long RECHECK_SECONDS = 30;

	private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "console-ingest-recheck");
		thread.setDaemon(true);
		return thread;
	});

	private final UploadRefusals refusals;

	private final DeadIngestRuns deadRuns;

	UploadQueue(Uploads uploads, Ingestor ingestor, UploadRefusals refusals, DeadIngestRuns deadRuns) {
		this.uploads = uploads;
		this.ingestor = ingestor;
		this.refusals = refusals;
		this.deadRuns = deadRuns;
	}

	/**
	 * Stages and queues one file; answers its upload number.
	 * @param remote the sender's address, for the audit log of a file the guard refuses
	 */
	long submit(Account sender, Path folder, Staging staging, String sentName, long size, InputStream content,
			String remote) throws IOException {
		Path staged = staging.stage(folder, sentName, content);
		long id = this.uploads.add(sender, OneLine.escape(sentName != null ? sentName : "?"), staged, size,
				onlyUnit(sender), this.deadRuns.me());
		this.executor.execute(() -> run(id, staged, onlyUnit(sender), remote));
		return id;
	}

	/**
	 * An agency reports for its own unit only, a secretariat for the units its unit
	 * covers ({@code UnitAccess}), an administrator for any unit.
	 */
	private static String onlyUnit(Account sender) {
		return switch (sender.role()) {
			case AGENCY -> SenderUnit.only(sender.unitCode());
			case SECRETARIAT, VIEWER -> SenderUnit.covering(sender.unitCode());
			case ADMIN -> null;
		};
	}

	@EventListener(ApplicationReadyEvent.class)
	void resume() {
		for (Upload upload : this.uploads.unfinished()) {
			resumeOrRecheck(upload.id());
		}
	}

	private void resumeOrRecheck(long id) {
		try {
			Optional<Upload> upload = this.uploads.find(id).filter((found) -> found.status() != Upload.Status.DONE);
			if (upload.isPresent() && !resume(upload.get())) {
				this.later.schedule(() -> resumeOrRecheck(id), RECHECK_SECONDS, TimeUnit.SECONDS);
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Upload " + id + " could not be taken up again: " + OneLine.escape(ex));
		}
	}

	/**
	 * Takes the upload up again; false if another instance is reading it (or has it
	 * queued: the upload's owner), to be looked at again.
	 */
	private boolean resume(Upload upload) {
		String me = this.deadRuns.me();
		String owner = this.uploads.owner(upload.id());
		Optional<String> live = Optional.ofNullable(owner)
			.filter((other) -> !other.equals(me))
			.filter(this.deadRuns::isAlive);
		DeadIngestRuns.Found runs = live.isPresent() ? null
				: this.deadRuns.recover(upload.path(), "upload " + upload.id());
		if (live.isEmpty()) {
			live = runs.liveOwner();
		}
		if (live.isPresent()) {
			logger.info("Upload " + upload.id() + " is being read by instance " + OneLine.escape(live.get())
					+ ": left to it, looked at again in " + RECHECK_SECONDS + " s");
			return false;
		}
		if (!me.equals(owner) && !this.uploads.takeOver(upload.id(), owner, me)) {
			// another instance, starting too, took it over first
			return true;
		}
		if (Files.isRegularFile(upload.path())) {
			this.executor.execute(() -> run(upload.id(), upload.path(), upload.onlyUnit(), null));
		}
		else {
			// moved before the verdict was recorded: the result files say what it was,
			// once the run that moved it has written them
			this.executor.execute(() -> {
				runs.latest().ifPresent(this.deadRuns::restart);
				resultBeside(upload).ifPresent((verdict) -> this.uploads.done(upload.id(), verdict));
			});
		}
		return true;
	}

	private Optional<IngestVerdict> resultBeside(Upload upload) {
		Path folder = upload.path().getParent();
		for (String outcome : new String[] { "processed", "rejected" }) {
			Path moved = folder.resolve(outcome).resolve(upload.path().getFileName());
			Optional<IngestVerdict> verdict = IngestResults.verdict(moved);
			if (verdict.isPresent()) {
				return verdict;
			}
		}
		return Optional.empty();
	}

	private void run(long id, Path staged, String onlyUnit, String remote) {
		try {
			if (!this.uploads.running(id, this.deadRuns.me())) {
				logger.info("Upload " + id + " is read by another instance, which took it over");
				return;
			}
			IngestVerdict verdict = this.ingestor.ingest(staged, false, onlyUnit, this.deadRuns.me());
			this.uploads.done(id, verdict);
			audit(id, verdict, remote);
		}
		catch (RuntimeException ex) {
			// a system error, not the file's fault: said so on its page; the file stays
			// staged
			logger.warn("Upload " + id + " could not be ingested: " + OneLine.escape(ex));
			this.uploads.done(id, IngestVerdict.failed(staged, String.valueOf(ex.getMessage())));
		}
	}

	/**
	 * A file the guard refused for what it is, in the audit log too; a failure to write
	 * it is logged, never the upload's.
	 */
	private void audit(long id, IngestVerdict verdict, String remote) {
		try {
			this.uploads.find(id).ifPresent((upload) -> this.refusals.guarded(upload, verdict, remote));
		}
		catch (RuntimeException ex) {
			logger.warn("The refusal of upload " + id + " is not in the audit log: " + OneLine.escape(ex));
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		this.later.shutdownNow();
		this.executor.shutdown();
		this.executor.awaitTermination(60, TimeUnit.SECONDS);
	}

}
