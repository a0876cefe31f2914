package vn.qms.stats.ingest.bulk;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

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

	private PairIndex index = new PairIndex();

	/** The counts of each pair, by its id in {@link #index}. */
	private Pair[] pairs = new Pair[1024];

	/**
	 * The log's completed dossiers by calendar days, then by working days + 1 (0: none).
	 */
	private long[][] logDays = new long[64][];

	/** The ids of a block's pairs ({@link #addAll}; reused). */
	private int[] ids = new int[0];

	/** What {@link #touch} read, kept so that the reads are not left out. */
	private long touched;

	/**
	 * Rows counted by {@link #add} and {@link #addAll}: all the rows staged, duplicates
	 * included.
	 */
	private long staged;

	private long slots;

	private State state = State.NEW;

	/**
	 * Completed dossiers staged without a working-day count (a day outside the calendar's
	 * years: {@link Bm04Days}), and the first one's row; counted whether or not the tally
	 * counts (it may give up for its memory), for the warning of the log
	 * ({@code OutsideCalendar}). Two fields, nothing allocated: this runs for every row.
	 */
	private long outsideCalendar;

	private int firstOutsideCalendar;

	/** Whether the load read the log from its first row to its end in this execution. */
	private boolean readFromFirstRow;

	private boolean readToEnd;

	/** A tally for the log's period end ({@code null}: unknown, nothing is counted). */
	public Bm04Tally(LocalDateTime periodEndNext) {
		this.periodEndNext = periodEndNext;
	}

	/** The load starts: from the log's first row, or (a restart) not. */
	void start(boolean fromFirstRow) {
		this.readFromFirstRow = fromFirstRow;
		if (this.state == State.NEW && fromFirstRow && this.periodEndNext != null) {
			this.state = State.COUNTING;
		}
		else {
			giveUp();
		}
	}

	/** The load has read the whole log. */
	void finish() {
		this.readToEnd = true;
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

	/**
	 * Whether {@link #outsideCalendar()} counted every row staged: the load read the
	 * whole log in this job execution. After a restart it counted only the rows it read
	 * itself, and the swap counts the staged rows instead.
	 */
	boolean countedOutsideCalendar() {
		return this.readFromFirstRow && this.readToEnd;
	}

	/**
	 * The completed dossiers staged without a working-day count, duplicates included (if
	 * {@link #countedOutsideCalendar()}).
	 */
	long outsideCalendar() {
		return this.outsideCalendar;
	}

	/** The row of the first of them (0: none). */
	int firstOutsideCalendar() {
		return this.firstOutsideCalendar;
	}

	LocalDateTime periodEndNext() {
		return this.periodEndNext;
	}

	/** Counts a dossier the load stages, with its day counts ({@link Bm04Days}). */
	void add(Bm04Row row, Integer calendarDays, Integer workingDays) {
		add(row, (this.state == State.COUNTING) ? this.index.id(row.agencyCode(), row.procedureCode()) : -1,
				calendarDays, workingDays);
	}

	/**
	 * Counts the dossiers of a block the load stages, in order, as {@link #add} does one
	 * by one, with their day counts: the pairs' ids first ({@link PairIndex#ids}), then
	 * their counts read once ({@link #touch}), so that the processor fetches them from
	 * memory many at a time, and then the counting finds them in its cache. A row costs a
	 * few memory reads that miss the caches (the pairs of a long log are met in any
	 * order); one after another, that waiting was most of the tally's time.
	 */
	void addAll(List<Bm04Row> rows, Integer[] calendarDays, Integer[] workingDays) {
		int count = rows.size();
		if (this.state != State.COUNTING || this.index.size() + count > MAX_PAIRS) {
			// one by one near the bound: a block's ids are made before they are counted,
			// and
			// a block from a worker may hold up to Wire.MAX_LIST rows
			for (int i = 0; i < count; i++) {
				add(rows.get(i), calendarDays[i], workingDays[i]);
			}
			return;
		}
		if (this.ids.length < count) {
			this.ids = new int[count];
		}
		this.index.ids(rows, this.ids);
		touch(count, calendarDays, workingDays);
		for (int i = 0; i < count; i++) {
			add(rows.get(i), (this.state == State.COUNTING) ? this.ids[i] : -1, calendarDays[i], workingDays[i]);
		}
	}

	/** Reads the counts the next {@code count} rows will add to, to bring them near. */
	private void touch(int count, Integer[] calendarDays, Integer[] workingDays) {
		Pair[] pairs = this.pairs;
		long read = 0;
		for (int i = 0; i < count; i++) {
			int id = this.ids[i];
			Pair pair = (id < pairs.length) ? pairs[id] : null;
			if (pair != null) {
				read += pair.received + pair.calendar.peek(calendarDays[i]) + pair.working.peek(workingDays[i]);
			}
		}
		this.touched += read;
	}

	/** A dossier of the pair {@code id} in {@link #index} (-1: not counting). */
	private void add(Bm04Row row, int id, Integer calendarDays, Integer workingDays) {
		if (workingDays == null && calendarDays != null) {
			// completed, but outside the calendar's years (the rows come in order)
			if (this.outsideCalendar++ == 0) {
				this.firstOutsideCalendar = row.row();
			}
		}
		if (this.state != State.COUNTING) {
			return;
		}
		this.staged++;
		if (id == this.pairs.length) {
			if (id >= MAX_PAIRS) {
				giveUp();
				return;
			}
			this.pairs = Arrays.copyOf(this.pairs, Math.min(id * 2, MAX_PAIRS));
		}
		Pair pair = this.pairs[id];
		if (pair == null) {
			pair = new Pair();
			this.pairs[id] = pair;
			this.slots += pair.calendar.size() + pair.working.size();
		}
		long grown = count(pair, row.receivedAt(), row.dueAt(), row.completedAt(), calendarDays, workingDays, 1);
		if (grown < 0) {
			giveUp();
			return;
		}
		this.slots += grown;
		if (this.slots > MAX_SLOTS) {
			giveUp();
		}
	}

	/** Takes back a dossier counted by {@link #add}: a duplicate the swap leaves out. */
	void remove(String agency, String procedure, LocalDateTime received, LocalDateTime due, LocalDateTime completed,
			Integer calendarDays, Integer workingDays) {
		int id = complete() ? this.index.find(agency, procedure) : -1;
		Pair pair = (id >= 0) ? this.pairs[id] : null;
		if (pair == null) {
			giveUp();
			return;
		}
		count(pair, received, due, completed, calendarDays, workingDays, -1);
	}

	/**
	 * Adds (sign 1) or takes back (-1) a dossier, as {@code bm04_groups.sql} and
	 * {@code bm04_days.sql} count it: the slots of day counts this took ({@link #slots}),
	 * or -1 if its days are out of range.
	 */
	private long count(Pair pair, LocalDateTime received, LocalDateTime due, LocalDateTime completed,
			Integer calendarDays, Integer workingDays, int sign) {
		LocalDateTime end = this.periodEndNext;
		if (received.isBefore(end)) {
			pair.received += sign;
			if (due.isBefore(end) && (completed == null || !completed.isBefore(end))) {
				pair.overdue += sign;
			}
		}
		if (completed == null || calendarDays == null) {
			return 0;
		}
		if (!completed.isAfter(due)) {
			pair.onTime += sign;
		}
		long grown = 0;
		if (sign > 0) {
			int calendar = pair.calendar.add(calendarDays);
			int working = (workingDays != null) ? pair.working.add(workingDays) : 0;
			if (calendar < 0 || working < 0) {
				return -1;
			}
			grown = calendar + working;
		}
		else {
			pair.calendar.remove(calendarDays);
			if (workingDays != null) {
				pair.working.remove(workingDays);
			}
		}
		return grown + logDays(calendarDays, (workingDays != null) ? workingDays + 1 : 0, sign);
	}

	/**
	 * Counts a completed dossier of the log by its day counts (in range: see count); the
	 * slots this took.
	 */
	private long logDays(int calendarDays, int working, int sign) {
		if (calendarDays >= this.logDays.length) {
			this.logDays = Arrays.copyOf(this.logDays, Math.max(calendarDays + 1, this.logDays.length * 2));
		}
		long[] byWorking = this.logDays[calendarDays];
		long grown = 0;
		if (byWorking == null || working >= byWorking.length) {
			int length = Math.max(working + 1, (byWorking != null) ? byWorking.length * 2 : 64);
			grown = 2L * (length - ((byWorking != null) ? byWorking.length : 0));
			byWorking = (byWorking != null) ? Arrays.copyOf(byWorking, length) : new long[length];
			this.logDays[calendarDays] = byWorking;
		}
		byWorking[working] += sign;
		return grown;
	}

	/** Gives up counting: the figures will make the summary from the stored rows. */
	void giveUp() {
		this.state = State.GIVEN_UP;
		this.index = new PairIndex();
		this.pairs = new Pair[0];
		this.logDays = new long[0][];
	}

	/** Each agency and procedure counted, with its counts. */
	void forEachPair(PairConsumer consumer) {
		for (int id = 0; id < this.index.size(); id++) {
			consumer.accept(this.index.agency(id), this.index.procedure(id), this.pairs[id]);
		}
	}

	/** The log's completed dossiers by day counts ({@code null} working days: none). */
	void forEachDays(DaysConsumer consumer) {
		for (int calendarDays = 0; calendarDays < this.logDays.length; calendarDays++) {
			long[] byWorking = this.logDays[calendarDays];
			for (int working = 0; byWorking != null && working < byWorking.length; working++) {
				if (byWorking[working] > 0) {
					consumer.accept(calendarDays, (working > 0) ? working - 1 : null, byWorking[working]);
				}
			}
		}
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
