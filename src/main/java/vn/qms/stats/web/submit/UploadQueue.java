package vn.qms.stats.web.submit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * step and the upload is given the verdict its result files hold. A run a live instance
 * is doing is left to it.
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
				onlyUnit(sender));
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
			try {
				resume(upload);
			}
			catch (RuntimeException ex) {
				logger.warn("Upload " + upload.id() + " could not be taken up again: " + OneLine.escape(ex));
			}
		}
	}

	private void resume(Upload upload) {
		DeadIngestRuns.Found runs = this.deadRuns.recover(upload.path(), "upload " + upload.id());
		if (runs.liveOwner().isPresent()) {
			logger.info("Upload " + upload.id() + " is being read by instance " + OneLine.escape(runs.liveOwner().get())
					+ ": left to it");
			return;
		}
		if (Files.isRegularFile(upload.path())) {
			this.executor.execute(() -> run(upload.id(), upload.path(), upload.onlyUnit(), null));
		}
		else {
			// moved before the verdict was recorded: the result files say what it was,
			// once
			// the run that moved it has written them
			this.executor.execute(() -> {
				runs.latest().ifPresent(this.deadRuns::restart);
				resultBeside(upload).ifPresent((verdict) -> this.uploads.done(upload.id(), verdict));
			});
		}
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
			this.uploads.running(id);
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
		this.executor.shutdown();
		this.executor.awaitTermination(60, TimeUnit.SECONDS);
	}

}
