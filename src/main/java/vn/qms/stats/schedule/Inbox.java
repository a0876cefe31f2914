package vn.qms.stats.schedule;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.qms.stats.ingest.IngestVerdict;
import vn.qms.stats.ingest.Ingestor;
import vn.qms.stats.ingest.ReadableNames;
import vn.qms.stats.system.QmsProperties;
import vn.qms.stats.system.ScheduleProperties;
import vn.qms.stats.system.text.OneLine;

/**
 * The input folder under {@code serve}: every ready file is claimed, then ingested by
 * {@link Ingestor}, which moves it to {@code processed/} or {@code rejected/}. Claims of
 * instances that died are taken over, and their interrupted runs recovered.
 */
@Component
public class Inbox {

	private static final Log logger = LogFactory.getLog(Inbox.class);

	private static final String INGEST_JOB = "ingestJob";

	private static final int PROGRESS_EVERY = 25;

	private final Ingestor ingestor;

	private final InboxClaims claims;

	private final ClusterMembers cluster;

	private final DeadRuns deadRuns;

	private final QmsProperties properties;

	private final ScheduleProperties schedule;

	private final InputFolder folder = new InputFolder();

	private volatile boolean stopping;

	Inbox(Ingestor ingestor, JdbcTemplate jdbc, ClusterMembers cluster, DeadRuns deadRuns, QmsProperties properties,
			ScheduleProperties schedule) {
		this.ingestor = ingestor;
		this.claims = new InboxClaims(jdbc);
		this.cluster = cluster;
		this.deadRuns = deadRuns;
		this.properties = properties;
		this.schedule = schedule;
	}

	/** The input folder, as configured ({@code qms.input}, {@code serve --input}). */
	public Path folder() {
		return this.properties.input().toAbsolutePath().normalize();
	}

	/** Finishes the file in hand, then takes no more. */
	public void stop() {
		this.stopping = true;
	}

	/** Ingests the ready files no other instance has; returns how many this run did. */
	int poll() throws IOException {
		String me = this.cluster.me();
		sweep(me);
		for (Path link : this.folder.newLinks(folder())) {
			// refused unread, once: the verdict says why
			logger.warn(this.ingestor.ingest(link, false).line(locale()));
		}
		List<InputFolder.Look> ready = this.folder.ready(folder(), this.schedule.stableFor());
		Map<IngestVerdict.Outcome, Integer> counts = new EnumMap<>(IngestVerdict.Outcome.class);
		long started = System.nanoTime();
		int done = 0;
		for (InputFolder.Look look : ready) {
			if (this.stopping) {
				logger.info("Stopping: the other files wait for the next start");
				break;
			}
			Optional<IngestVerdict.Outcome> outcome = readable(look).flatMap((file) -> offer(file, me));
			if (outcome.isPresent()) {
				counts.merge(outcome.get(), 1, Integer::sum);
				if (++done % PROGRESS_EVERY == 0) {
					logger.info("Input folder: " + done + " files so far " + counts + " (" + ready.size()
							+ " were ready at the start of this poll)");
				}
			}
		}
		if (done > 0) {
			logger.info("Input folder: " + done + " files in " + (System.nanoTime() - started) / 1_000_000 + " ms "
					+ counts);
		}
		return done;
	}

	/**
	 * Claims whose file has left the input folder: a dead owner had moved it, but not
	 * finished its run (restarted here, which writes the result files) nor released the
	 * claim; a parked claim's file was removed by hand.
	 */
	private void sweep(String me) {
		for (InboxClaims.Claim claim : this.claims.notMine(me)) {
			InputFolder.Look look = claim.look();
			if (Files.exists(look.file()) || (claim.owner() != null && this.cluster.isAlive(claim.owner()))) {
				continue;
			}
			if (this.claims.takeOver(claim, look, me, claim.attempts())) {
				if (claim.owner() != null) {
					logger.warn("Taking over " + name(look) + " (already moved) from instance " + claim.owner()
							+ ", which stopped checking in");
					this.deadRuns.recover(INGEST_JOB, Map.of("file", claim.path()), name(look))
						.stream()
						.reduce((first, last) -> last)
						.ifPresent(this.deadRuns::restart);
				}
				this.claims.release(look, me);
			}
		}
	}

	/**
	 * The file under a name that is text ({@link ReadableNames}), renamed before it is
	 * claimed: the claim keeps the file to one poll under the name it is read by (renamed
	 * while claimed under its old name, another poll would claim it again). Empty when
	 * another poll renamed or moved it meanwhile; as it is when it cannot be renamed, for
	 * the ingest to say why.
	 */
	private Optional<InputFolder.Look> readable(InputFolder.Look look) {
		try {
			Path file = ReadableNames.of(look.file());
			return Optional.of(file.equals(look.file()) ? look
					: new InputFolder.Look(file, look.size(), look.modified(), look.at()));
		}
		catch (NoSuchFileException | FileAlreadyExistsException ex) {
			// renamed or moved by another poll, or its new name just taken: the next poll
			return Optional.empty();
		}
		catch (IOException ex) {
			return Optional.of(look);
		}
	}

	/** Claims and ingests one file; empty if another instance has it. */
	private Optional<IngestVerdict.Outcome> offer(InputFolder.Look look, String me) {
		Ownership ownership = claim(look, me);
		if (ownership == Ownership.NONE) {
			return Optional.empty();
		}
		try {
			Optional<InputFolder.Look> now = InputFolder.look(look.file(), System.currentTimeMillis());
			List<JobExecution> recovered = (ownership != Ownership.TAKEN_OVER) ? List.of()
					: this.deadRuns.recover(INGEST_JOB, Map.of("file", look.file().toString()), name(look));
			if (now.isEmpty() && !recovered.isEmpty()) {
				// the dead run had moved the file already: let it finish its last step
				this.deadRuns.restart(recovered.get(recovered.size() - 1));
			}
			if (now.isEmpty() || !now.get().sameFile(look)) {
				// moved by its owner meanwhile, or changed again: the next poll decides
				this.claims.release(look, me);
				return Optional.empty();
			}
			IngestVerdict verdict = this.ingestor.ingest(look.file(), false);
			logger.info(verdict.line(locale()));
			settle(look, me, verdict);
			return Optional.of(verdict.outcome());
		}
		catch (RuntimeException ex) {
			logger.error(OneLine.escape("Could not ingest " + look.file() + ": " + ex.getMessage()), ex);
			this.claims.park(look, me, String.valueOf(ex.getMessage()));
			return Optional.of(IngestVerdict.Outcome.FAILED);
		}
	}

	private void settle(InputFolder.Look look, String me, IngestVerdict verdict) {
		if (verdict.outcome() != IngestVerdict.Outcome.FAILED) {
			this.claims.release(look, me);
			return;
		}
		int attempts = this.claims.park(look, me, verdict.problems().toString());
		if (attempts >= this.schedule.maxAttempts()) {
			logger.warn(
					name(look) + " failed " + attempts + " times: left in place until it changes; see `jobs --failed`");
		}
	}

	private Ownership claim(InputFolder.Look look, String me) {
		if (this.claims.insert(look, me)) {
			return Ownership.NEW;
		}
		Optional<InboxClaims.Claim> found = this.claims.find(look);
		if (found.isEmpty()) {
			return Ownership.NONE;
		}
		InboxClaims.Claim claim = found.get();
		if (claim.owner() == null) {
			boolean changed = !claim.sameFile(look);
			if (!changed && claim.attempts() >= this.schedule.maxAttempts()) {
				return Ownership.NONE;
			}
			return this.claims.takeOver(claim, look, me, changed ? 0 : claim.attempts()) ? Ownership.NEW
					: Ownership.NONE;
		}
		if (claim.owner().equals(me) || !abandoned(claim)) {
			return Ownership.NONE;
		}
		if (!this.claims.takeOver(claim, look, me, claim.attempts())) {
			return Ownership.NONE;
		}
		logger.warn("Taking over " + name(look) + " from instance " + claim.owner() + ", which stopped checking in");
		return Ownership.TAKEN_OVER;
	}

	/**
	 * Its owner is dead, or silent for longer than the claim timeout with no run going.
	 */
	private boolean abandoned(InboxClaims.Claim claim) {
		if (!this.cluster.isAlive(claim.owner())) {
			return true;
		}
		boolean old = claim.claimedAt().isBefore(LocalDateTime.now().minus(this.schedule.claimTimeout()));
		return old && this.deadRuns.running(INGEST_JOB, Map.of("file", claim.path())).isEmpty();
	}

	/** The file's name as logs show it: one line, whatever the name holds. */
	private static String name(InputFolder.Look look) {
		return OneLine.escape(look.file().getFileName().toString());
	}

	private Locale locale() {
		return Locale.forLanguageTag(this.properties.language());
	}

	private enum Ownership {

		NONE, NEW, TAKEN_OVER

	}

}
