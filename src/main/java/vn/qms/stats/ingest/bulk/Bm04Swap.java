package vn.qms.stats.ingest.bulk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import vn.qms.stats.ingest.sheet.ParserWords;

/**
 * The set-based work of swapping one instance's staged BM04 rows in as a submission: the
 * duplicate dossier codes per agency, the bad-row counts, and the move into
 * {@code bm04_row}: on PostgreSQL the staging table itself becomes the submission's
 * partition (no row is copied), elsewhere the rows are copied. Plain SQL, run in the
 * caller's transaction.
 */
public final class Bm04Swap {

	/** Bad rows listed in a verdict at most (the counts always cover them all). */
	public static final int MAX_LISTED = 10_000;

	/** A dossier code already used for the same agency on an earlier row. */
	public record Duplicate(int row, String dossierCode, int firstRow) {
	}

	/**
	 * Completed dossiers to be stored without a working-day count (outside the calendar's
	 * years), and the first one's row.
	 */
	public record OutsideCalendar(long dossiers, int firstRow) {
	}

	/** A problem of a bad row, as recorded by the load. */
	public record Recorded(String sheet, int row, int column, String header, String value, String messageKey,
			List<String> arguments) {
	}

	private final JdbcTemplate jdbc;

	private final Bm04Staging staging;

	private final long instance;

	/** Duplicates found by {@link #findDuplicates()}; -1 before. */
	private int duplicates = -1;

	public Bm04Swap(DataSource dataSource, long jobInstanceId) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.staging = new Bm04Staging(dataSource, jobInstanceId);
		this.instance = jobInstanceId;
	}

	private String mine(String alias) {
		return this.staging.postgres() ? "1 = 1" : alias + "job_instance_id = " + this.instance;
	}

	/**
	 * The staged rows, each with the first row of its agency and dossier code (one sort,
	 * no self-join: H2 would run a joined derived table once per row).
	 */
	private String withFirstRow(String rows) {
		return "(select t.*, min(t.row_no) over (partition by t.agency_code, t.dossier_code) first_row from " + rows
				+ " t where " + mine("t.") + ")";
	}

	/**
	 * Finds every staged row whose dossier code its agency used on an earlier row and
	 * records it in {@code bm04_duplicate}; how many. PostgreSQL looks only at the pairs
	 * the load marked as maybe repeated ({@link RepeatFilter}): one scan for the marks,
	 * one to gather the rows of those pairs; H2 sorts every row.
	 */
	public int findDuplicates() {
		String rows = "(select cast(null as varchar(32)) as row_ctid, t.* from " + this.staging.table() + " t)";
		if (this.staging.postgres()) {
			String table = this.staging.table();
			rows = "(select cast(ctid as varchar(32)) as row_ctid, * from " + table + " where (agency_code, "
					+ "dossier_code) in (select agency_code, dossier_code from " + table + " where "
					+ Bm04Staging.REPEATED + "))";
		}
		this.duplicates = this.jdbc
			.update("insert into bm04_duplicate (job_instance_id, row_no, dossier_code, first_row, row_ctid) select "
					+ this.instance + ", s.row_no, s.dossier_code, s.first_row, s.row_ctid from " + withFirstRow(rows)
					+ " s where s.row_no > s.first_row");
		return this.duplicates;
	}

	/** The duplicates found, in row order, at most {@link #MAX_LISTED}. */
	public List<Duplicate> duplicates() {
		return listing().query(
				"select row_no, dossier_code, first_row from bm04_duplicate where job_instance_id = ? order by row_no",
				(rs, i) -> new Duplicate(rs.getInt(1), rs.getString(2), rs.getInt(3)), this.instance);
	}

	private JdbcTemplate listing() {
		JdbcTemplate listing = new JdbcTemplate(this.jdbc.getDataSource());
		listing.setMaxRows(MAX_LISTED);
		return listing;
	}

	/**
	 * Rows staged, duplicates included: as the load's tally counted them, or (after a
	 * restart) counted in the table.
	 */
	public int staged(Bm04Tally tally) {
		if (tally.complete()) {
			return Math.toIntExact(tally.staged());
		}
		return this.jdbc.queryForObject("select count(*) from " + this.staging.table() + " where " + mine(""),
				Integer.class);
	}

	/**
	 * The completed dossiers this log stores without a working-day count, if any (after
	 * {@link #findDuplicates()}: a duplicate is not stored). From the load's count when
	 * it read the whole log in this job execution and there is nothing to take back (none
	 * counted, or no duplicate); else (a restart, which read only part of the log, or
	 * duplicates among counted rows) counted in the staged rows, which hold
	 * {@code working_days} null for them: one scan, only then.
	 */
	public Optional<OutsideCalendar> outsideCalendar(Bm04Tally tally) {
		if (tally.countedOutsideCalendar() && (tally.outsideCalendar() == 0 || this.duplicates == 0)) {
			return (tally.outsideCalendar() == 0) ? Optional.empty()
					: Optional.of(new OutsideCalendar(tally.outsideCalendar(), tally.firstOutsideCalendar()));
		}
		return this.jdbc
			.query("select count(*), min(row_no) from " + this.staging.table() + " where " + mine("")
					+ " and completed_at is not null and working_days is null and row_no not in (select row_no from "
					+ "bm04_duplicate where job_instance_id = " + this.instance + ")",
					(rs, i) -> new OutsideCalendar(rs.getLong(1), rs.getInt(2)))
			.stream()
			.filter((outside) -> outside.dossiers() > 0)
			.findFirst();
	}

	/**
	 * Rows the load kept out for their problems (not the row below the end of the data,
	 * {@link #notRead()}, which was never read).
	 */
	public int badRows() {
		return this.jdbc.queryForObject("select count(distinct row_no) from bm04_problem where job_instance_id = "
				+ this.instance + " and message_key <> ?", Integer.class, Bm04Reading.NOT_READ);
	}

	/**
	 * The problems of the bad rows, in row order, at most {@link #MAX_LISTED}; not the
	 * damage ({@link #damage()}), nor the rows below the end ({@link #notRead()}).
	 */
	public List<Recorded> problems() {
		return listing().query(RECORDED + " and message_key not in (?, ?, ?, ?) order by row_no, column_no",
				Bm04Swap::recorded, this.instance, Bm04Reading.BREAK_OFFS.get(0), Bm04Reading.BREAK_OFFS.get(1),
				Bm04Reading.BREAK_OFFS.get(2), Bm04Reading.NOT_READ);
	}

	/**
	 * The first row below the end of the data that looks like data, if the load found one
	 * ({@link Bm04Reading#NOT_READ}): its rows were not read. The first, should a restart
	 * have found it again.
	 */
	public Optional<Recorded> notRead() {
		return this.jdbc
			.query(RECORDED + " and message_key = ? order by row_no", Bm04Swap::recorded, this.instance,
					Bm04Reading.NOT_READ)
			.stream()
			.findFirst();
	}

	/**
	 * Where the sheet turned out to be damaged, if it did: the load read the rows before
	 * it, and nothing after. Its arguments as a user reads them: the parser's own words
	 * the load recorded are logged, not given ({@link ParserWords}).
	 */
	public Optional<Recorded> damage() {
		return this.jdbc
			.query(RECORDED + " and message_key in (?, ?, ?)", Bm04Swap::recorded, this.instance,
					Bm04Reading.BREAK_OFFS.get(0), Bm04Reading.BREAK_OFFS.get(1), Bm04Reading.BREAK_OFFS.get(2))
			.stream()
			.findFirst()
			.map((found) -> new Recorded(found.sheet(), found.row(), found.column(), found.header(), found.value(),
					found.messageKey(), ParserWords.shown(found.messageKey(), found.arguments())));
	}

	private static final String RECORDED = "select sheet, row_no, column_no, header, cell_value, message_key, "
			+ "arguments from bm04_problem where job_instance_id = ?";

	private static Recorded recorded(ResultSet rs, int i) throws SQLException {
		String arguments = rs.getString(7);
		return new Recorded(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5),
				rs.getString(6),
				(arguments == null || arguments.isEmpty()) ? List.of() : List.of(arguments.split("\u001f")));
	}

	/**
	 * Makes the staged rows but the duplicates ({@link #findDuplicates()}) the rows of
	 * submission {@code submissionId}. PostgreSQL: the duplicates are deleted, the table
	 * gets the submission's id as a constant column and a constraint that proves it, and
	 * is attached as the submission's partition of {@code bm04_row} (no scan, no copy).
	 * Elsewhere: {@code insert ... select}.
	 */
	public void moveTo(long submissionId) {
		if (!this.staging.postgres()) {
			String columns = Bm04Staging.STAGED;
			this.jdbc.update("insert into bm04_row (submission_id, " + columns + ") select " + submissionId + ", "
					+ prefixed(columns) + " from " + withFirstRow(this.staging.table())
					+ " s where s.row_no = s.first_row");
			return;
		}
		String table = this.staging.table();
		if (this.duplicates != 0) {
			// by their places (a TID scan): the staging table is not read again
			this.jdbc.update("delete from " + table + " where ctid = any(cast(array(select row_ctid from "
					+ "bm04_duplicate where job_instance_id = " + this.instance + ") as tid[]))");
		}
		this.jdbc.execute("alter table " + table + " drop column " + Bm04Staging.REPEATED);
		String partition = Bm04Partitions.name(submissionId);
		this.jdbc.execute("alter table " + table + " add column submission_id bigint not null default " + submissionId);
		this.jdbc.execute("alter table " + table + " add constraint " + partition
				+ "_submission check (submission_id = " + submissionId + ")");
		this.jdbc.execute("alter table " + table + " rename to " + partition);
		this.jdbc
			.execute("alter table bm04_row attach partition " + partition + " for values in (" + submissionId + ")");
	}

	/**
	 * Takes the duplicates ({@link #findDuplicates()}) back out of the load's tally of
	 * the log, as they are left out of the submission: read by their places on PostgreSQL
	 * (a TID scan), by their row numbers elsewhere.
	 */
	public void leaveOutDuplicates(Bm04Tally tally) {
		if (this.duplicates == 0 || !tally.complete()) {
			return;
		}
		String duplicateRows = "select %s from bm04_duplicate where job_instance_id = " + this.instance;
		String where = this.staging.postgres()
				? "ctid = any(cast(array(" + duplicateRows.formatted("row_ctid") + ") as tid[]))"
				: mine("") + " and row_no in (" + duplicateRows.formatted("row_no") + ")";
		this.jdbc.query(
				"select agency_code, procedure_code, received_at, due_at, completed_at, calendar_days, "
						+ "working_days from " + this.staging.table() + " where " + where,
				(RowCallbackHandler) (rs) -> tally.remove(rs.getString(1), rs.getString(2),
						rs.getObject(3, LocalDateTime.class), rs.getObject(4, LocalDateTime.class),
						rs.getObject(5, LocalDateTime.class), rs.getObject(6, Integer.class),
						rs.getObject(7, Integer.class)));
	}

	/**
	 * Writes the load's tally as the summary of submission {@code submissionId}, if it
	 * counted the whole log (else the first figure computation makes it).
	 */
	public void writeSummary(Bm04Tally tally, long submissionId) {
		if (!tally.complete()) {
			return;
		}
		try {
			new Bm04TallyWriter(this.jdbc.getDataSource(), this.staging.postgres()).write(tally, submissionId);
		}
		catch (SQLException ex) {
			throw new UncategorizedSQLException("BM04 log summary", null, ex);
		}
	}

	private static String prefixed(String columns) {
		return "s." + columns.replace(", ", ", s.");
	}

	/** Drops what the load left: the staged rows and the recorded problems. */
	public void clean() {
		if (this.staging.postgres()) {
			this.jdbc.execute("drop table if exists " + this.staging.table());
		}
		else {
			this.jdbc.update("delete from bm04_staging where job_instance_id = ?", this.instance);
		}
		this.jdbc.update("delete from bm04_problem where job_instance_id = ?", this.instance);
		this.jdbc.update("delete from bm04_duplicate where job_instance_id = ?", this.instance);
	}

	/**
	 * Fresh statistics for the planner after a big load (PostgreSQL), where the figures
	 * will read the log: when the load's tally gave its summary they read that instead,
	 * and autovacuum analyses the new partition shortly after, off the ingest's time.
	 */
	public void analyze(long submissionId, Bm04Tally tally) {
		if (this.staging.postgres() && !tally.complete()) {
			this.jdbc.execute("analyze " + Bm04Partitions.name(submissionId));
		}
	}

}
