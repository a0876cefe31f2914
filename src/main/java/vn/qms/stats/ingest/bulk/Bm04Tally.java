package vn.qms.stats.ingest.bulk;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * The summary of a BM04 log that the processing-time figures read (V14:
 * {@code bm04_log_group} per agency and procedure, {@code bm04_log_days} by day count,
 * for the period end of the log's own period), counted while the load checks the rows,
 * instead of sorting millions of stored rows the first time a figure asks. It holds
 * counts per agency and procedure, not rows: its memory grows with the pairs and the
 * longest time seen, and past {@link #MAX_PAIRS} or {@link #MAX_SLOTS} it gives up (the
 * first figure computation then makes the summary from the stored rows, as for a log
 * loaded by the generic path). It counts only a load that reads the whole log in one job
 * execution: after a restart the figures make the summary.
 * <p>
 * One per job execution (a job-scoped bean, proxied by subclassing: not final); the load
 * step counts, the swap step takes the duplicates back out and writes it
 * ({@link Bm04TallyWriter}).
 */
public class Bm04Tally {

	/** Agency × procedure pairs counted at most. */
	static final int MAX_PAIRS = 200_000;

	/** Day-count slots ({@link DayCounts}) held at most: 4 bytes each. */
	static final long MAX_SLOTS = 8_000_000;

	/** One agency and procedure. */
	static final class Pair {

		long received;

		long onTime;

		long overdue;

		final DayCounts calendar = new DayCounts();

		final DayCounts working = new DayCounts();

	}

	private enum State {

		NEW, COUNTING, COMPLETE, GIVEN_UP

	}

	private final LocalDateTime periodEndNext;

	private final Map<String, Map<String, Pair>> pairs = new HashMap<>();

	/** The log's completed dossiers by (calendar days, working days or -1 for none). */
	private final Map<Long, long[]> logDays = new HashMap<>();

	private int pairCount;

	/** Rows counted by {@link #add}: all the rows staged, duplicates included. */
	private long staged;

	private long slots;

	private State state = State.NEW;

	/** A tally for the log's period end ({@code null}: unknown, nothing is counted). */
	public Bm04Tally(LocalDateTime periodEndNext) {
		this.periodEndNext = periodEndNext;
	}

	/** The load starts: from the log's first row, or (a restart) not. */
	void start(boolean fromFirstRow) {
		if (this.state == State.NEW && fromFirstRow && this.periodEndNext != null) {
			this.state = State.COUNTING;
		}
		else {
			giveUp();
		}
	}

	/** The load has read the whole log. */
	void finish() {
		if (this.state == State.COUNTING) {
			this.state = State.COMPLETE;
		}
	}

	/** Whether this tally is counting the rows the load stages. */
	boolean counting() {
		return this.state == State.COUNTING;
	}

	/** Whether this tally counted the whole log, in this job execution. */
	boolean complete() {
		return this.state == State.COMPLETE;
	}

	/** The rows the load staged, duplicates included (if {@link #complete()}). */
	long staged() {
		return this.staged;
	}

	LocalDateTime periodEndNext() {
		return this.periodEndNext;
	}

	/** Counts a dossier the load stages, with its day counts ({@link Bm04Days}). */
	void add(Bm04Row row, Integer calendarDays, Integer workingDays) {
		if (this.state != State.COUNTING) {
			return;
		}
		this.staged++;
		Pair pair = this.pairs.computeIfAbsent(row.agencyCode(), (agency) -> new HashMap<>()).get(row.procedureCode());
		if (pair == null) {
			if (++this.pairCount > MAX_PAIRS) {
				giveUp();
				return;
			}
			pair = new Pair();
			this.pairs.get(row.agencyCode()).put(row.procedureCode(), pair);
			this.slots += pair.calendar.size() + pair.working.size();
		}
		long before = pair.calendar.size() + pair.working.size();
		if (!count(pair, row.receivedAt(), row.dueAt(), row.completedAt(), calendarDays, workingDays, 1)) {
			giveUp();
			return;
		}
		this.slots += pair.calendar.size() + pair.working.size() - before;
		if (this.slots > MAX_SLOTS) {
			giveUp();
		}
	}

	/** Takes back a dossier counted by {@link #add}: a duplicate the swap leaves out. */
	void remove(String agency, String procedure, LocalDateTime received, LocalDateTime due, LocalDateTime completed,
			Integer calendarDays, Integer workingDays) {
		Map<String, Pair> procedures = this.pairs.get(agency);
		Pair pair = (procedures != null) ? procedures.get(procedure) : null;
		if (!complete() || pair == null) {
			giveUp();
			return;
		}
		count(pair, received, due, completed, calendarDays, workingDays, -1);
	}

	/**
	 * Adds (sign 1) or takes back (-1) a dossier, as {@code bm04_groups.sql} and
	 * {@code bm04_days.sql} count it; false if its days are out of range.
	 */
	private boolean count(Pair pair, LocalDateTime received, LocalDateTime due, LocalDateTime completed,
			Integer calendarDays, Integer workingDays, int sign) {
		LocalDateTime end = this.periodEndNext;
		if (received.isBefore(end)) {
			pair.received += sign;
			if (due.isBefore(end) && (completed == null || !completed.isBefore(end))) {
				pair.overdue += sign;
			}
		}
		if (completed == null || calendarDays == null) {
			return true;
		}
		if (!completed.isAfter(due)) {
			pair.onTime += sign;
		}
		if (sign > 0) {
			if (!pair.calendar.add(calendarDays) || (workingDays != null && !pair.working.add(workingDays))) {
				return false;
			}
		}
		else {
			pair.calendar.remove(calendarDays);
			if (workingDays != null) {
				pair.working.remove(workingDays);
			}
		}
		long key = ((long) calendarDays << 32) | ((workingDays != null) ? workingDays : 0xFFFF_FFFFL);
		this.logDays.computeIfAbsent(key, (k) -> new long[1])[0] += sign;
		return true;
	}

	/** Gives up counting: the figures will make the summary from the stored rows. */
	void giveUp() {
		this.state = State.GIVEN_UP;
		this.pairs.clear();
		this.logDays.clear();
	}

	/** Each agency and procedure counted, with its counts. */
	void forEachPair(PairConsumer consumer) {
		this.pairs.forEach((agency, procedures) -> procedures
			.forEach((procedure, pair) -> consumer.accept(agency, procedure, pair)));
	}

	/** The log's completed dossiers by day counts ({@code null} working days: none). */
	void forEachDays(DaysConsumer consumer) {
		this.logDays.forEach((key, count) -> {
			if (count[0] > 0) {
				long working = key & 0xFFFF_FFFFL;
				consumer.accept((int) (key >>> 32), (working == 0xFFFF_FFFFL) ? null : (int) working, count[0]);
			}
		});
	}

	@FunctionalInterface
	interface PairConsumer {

		void accept(String agency, String procedure, Pair pair);

	}

	@FunctionalInterface
	interface DaysConsumer {

		void accept(int calendarDays, Integer workingDays, long dossiers);

	}

}
