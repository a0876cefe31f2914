package vn.qms.stats.ingest.bulk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.qms.stats.ingest.ShownValue;

/**
 * Where the rows of one job instance wait before the swap: on PostgreSQL a table of its
 * own, {@code bm04_stage_<instance>}, loaded by binary COPY ({@link CopyBinary}), shaped
 * as a partition of {@code bm04_row} (no index, so loading costs what the bare COPY does;
 * the swap attaches it as the submission's partition); elsewhere the shared
 * {@code bm04_staging} table, in JDBC batches. Each row is stored with its day counts
 * ({@link Bm04Days}). Joins the caller's transaction (the chunk's). Not final: the step's
 * staging is a step-scoped bean, proxied by subclassing.
 */
public class Bm04Staging {

	static final String COLUMNS = "dossier_code, procedure_code, agency_code, received_at, due_at, completed_at, "
			+ "channel";

	/** The columns staged. */
	static final String STAGED = "sheet, row_no, " + COLUMNS + ", calendar_days, working_days";

	/**
	 * The columns a row brings by COPY, in order: all but the sheet, the same for every
	 * row (the staging table's default), and the {@link #REPEATED} mark.
	 */
	private static final String COPIED = "row_no, " + COLUMNS + ", calendar_days, working_days, ";

	/** The fields of a row by COPY: {@link #COPIED} and the mark. */
	private static final int COPIED_FIELDS = 11;

	/**
	 * PostgreSQL: the staging column marking a row whose (agency, dossier code) pair may
	 * have come before ({@link RepeatFilter}); dropped when the table becomes a
	 * partition.
	 */
	static final String REPEATED = "maybe_repeated";

	private static final String PROBLEM_COLUMNS = "job_instance_id, sheet, row_no, column_no, header, cell_value, "
			+ "message_key, arguments";

	/**
	 * Made by the load's first use (PostgreSQL): its 16 MB are not allocated, nor zeroed,
	 * for a staging that only names the table (the swap's, H2's).
	 */
	private RepeatFilter repeats;

	private final DataSource dataSource;

	private final long jobInstanceId;

	private final String sheet;

	private final boolean postgres;

	private final Bm04Days days;

	private final Bm04Tally tally;

	/** A block's day counts and repeat marks (PostgreSQL; reused from block to block). */
	private Integer[] calendarDays = new Integer[0];

	private Integer[] workingDays = new Integer[0];

	private boolean[] repeated = new boolean[0];

	/** The COPY of the chunk under way (PostgreSQL): see {@link #chunkCopy()}. */
	private CopySession chunk;

	/**
	 * The staging of an instance, for the load (which stores the day counts and counts
	 * the log's summary in {@code tally}).
	 */
	public Bm04Staging(DataSource dataSource, long jobInstanceId, String sheet, Bm04Days days, Bm04Tally tally) {
		this.dataSource = dataSource;
		this.jobInstanceId = jobInstanceId;
		this.sheet = ShownValue.shortened(sheet, ShownValue.MAX_SHEET_NAME);
		this.postgres = isPostgres(dataSource);
		this.days = days;
		this.tally = tally;
	}

	/** The staging of an instance, to find or drop it. */
	public Bm04Staging(DataSource dataSource, long jobInstanceId) {
		this(dataSource, jobInstanceId, "", null, new Bm04Tally(null));
	}

	/** The load starts reading the log: from its first row, or after a restart. */
	void start(boolean fromFirstRow) {
		this.tally.start(fromFirstRow);
	}

	/** The load has read the whole log. */
	void finish() {
		this.tally.finish();
	}

	static boolean isPostgres(DataSource dataSource) {
		return Boolean.TRUE.equals(new JdbcTemplate(dataSource)
			.execute((Connection connection) -> connection.getMetaData().getURL().startsWith("jdbc:postgresql:")));
	}

	/** The PostgreSQL table of this execution. */
	public String table() {
		return this.postgres ? "bm04_stage_" + this.jobInstanceId : "bm04_staging";
	}

	boolean postgres() {
		return this.postgres;
	}

	/**
	 * Creates this execution's table if it is not there yet; after a restart, which keeps
	 * it, the pairs already staged go into the repeat filter again.
	 */
	public void prepare() {
		if (this.postgres) {
			JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
			jdbc.execute("create table if not exists " + table() + " (sheet varchar(100) not null default '"
					+ this.sheet.replace("'", "''") + "', row_no integer not null, dossier_code varchar(100) not null, "
					+ "procedure_code varchar(32) not null, agency_code varchar(64) not null, "
					+ "received_at timestamp not null, due_at timestamp not null, completed_at timestamp, "
					+ "channel varchar(16), calendar_days integer, working_days integer, " + REPEATED + " boolean)");
			jdbc.setFetchSize(10_000);
			jdbc.query("select agency_code, dossier_code from " + table(),
					(RowCallbackHandler) (rs) -> repeats().add(rs.getString(1), rs.getString(2)));
		}
	}

	/**
	 * A block of checked rows as the step carries it: on PostgreSQL its rows are streamed
	 * at once into the chunk's COPY ({@link #chunkCopy()}), so that the server stores
	 * them while the step checks the next ones, and the block carries only its problems;
	 * elsewhere it carries the rows as objects.
	 */
	Bm04Block block(List<Bm04Row> rows, List<RowProblem> problems, int size) throws SQLException {
		if (!this.postgres) {
			// counted whether or not the tally counts: the dossiers outside the calendar
			rows.forEach((row) -> this.tally.add(row, Bm04Days.calendarDays(row.receivedAt(), row.completedAt()),
					this.days.workingDays(row.receivedAt(), row.completedAt())));
			return new Bm04Block(rows, problems, size);
		}
		if (rows.isEmpty()) {
			return new Bm04Block(List.of(), problems, size);
		}
		CopySession copy = chunkCopy();
		int count = rows.size();
		if (this.calendarDays.length < count) {
			this.calendarDays = new Integer[count];
			this.workingDays = new Integer[count];
			this.repeated = new boolean[count];
		}
		for (int i = 0; i < count; i++) {
			Bm04Row row = rows.get(i);
			this.calendarDays[i] = Bm04Days.calendarDays(row.receivedAt(), row.completedAt());
			this.workingDays[i] = this.days.workingDays(row.receivedAt(), row.completedAt());
		}
		// the block's lookups in memory first, each in a loop of its own (see addAll)
		this.tally.addAll(rows, this.calendarDays, this.workingDays);
		repeats().addAll(rows, this.repeated);
		for (int i = 0; i < count; i++) {
			Bm04Row row = rows.get(i);
			copy.binary()
				.fields(COPIED_FIELDS)
				.integer(row.row())
				.columns(row)
				.optional(this.calendarDays[i])
				.optional(this.workingDays[i])
				.bool(this.repeated[i]);
			copy.rowDone();
		}
		return new Bm04Block(List.of(), problems, size);
	}

	private RepeatFilter repeats() {
		if (this.repeats == null) {
			this.repeats = new RepeatFilter();
		}
		return this.repeats;
	}

	/**
	 * The COPY of the current chunk's rows (PostgreSQL), opened in the chunk's
	 * transaction by its first rows and completed by {@link #load}; cancelled if the
	 * transaction ends first (a failed chunk rolls back), so that the connection never
	 * goes back to the pool in COPY mode.
	 */
	private CopySession chunkCopy() throws SQLException {
		if (this.chunk != null) {
			return this.chunk;
		}
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		// The chunk's commit need not wait for its WAL to reach the disk: a server crash
		// loses the last chunks whole, their rows and the step's count of them together,
		// so the restart reads them again (asynchronous commit is never inconsistent)
		try (Statement statement = connection.createStatement()) {
			statement.execute("set local synchronous_commit = off");
		}
		CopySession copy = CopySession.binary(connection,
				"copy " + table() + " (" + COPIED + REPEATED + ") from stdin");
		this.chunk = copy;
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void beforeCompletion() {
				try {
					copy.close();
				}
				catch (SQLException ex) {
					throw new UncategorizedSQLException("cancel COPY", null, ex);
				}
			}

			@Override
			public void afterCompletion(int status) {
				Bm04Staging.this.chunk = null;
			}

		});
		return copy;
	}

	/** Stores a chunk's blocks, in the chunk's transaction. */
	void load(List<? extends Bm04Block> blocks) throws SQLException {
		if (this.postgres) {
			if (this.chunk != null) {
				this.chunk.end();
			}
			return;
		}
		List<Bm04Row> rows = new ArrayList<>();
		blocks.forEach((block) -> rows.addAll(block.rows()));
		if (!rows.isEmpty()) {
			insert(DataSourceUtils.getConnection(this.dataSource), rows);
		}
	}

	private void insert(Connection connection, List<Bm04Row> rows) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("insert into bm04_staging (job_instance_id, "
				+ STAGED + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			for (Bm04Row row : rows) {
				insert.setLong(1, this.jobInstanceId);
				insert.setString(2, this.sheet);
				insert.setInt(3, row.row());
				insert.setString(4, row.dossierCode());
				insert.setString(5, row.procedureCode());
				insert.setString(6, row.agencyCode());
				insert.setTimestamp(7, Timestamp.valueOf(row.receivedAt()));
				insert.setTimestamp(8, Timestamp.valueOf(row.dueAt()));
				insert.setTimestamp(9, (row.completedAt() != null) ? Timestamp.valueOf(row.completedAt()) : null);
				insert.setString(10, row.channel());
				insert.setObject(11, Bm04Days.calendarDays(row.receivedAt(), row.completedAt()), Types.INTEGER);
				insert.setObject(12, this.days.workingDays(row.receivedAt(), row.completedAt()), Types.INTEGER);
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	/**
	 * Records the problems of a chunk's bad rows: on PostgreSQL by COPY, as the good rows
	 * are (a bad row costs what a good one does), elsewhere in a JDBC batch.
	 */
	void problems(List<RowProblem> problems) throws SQLException {
		if (problems.isEmpty()) {
			return;
		}
		if (this.postgres) {
			copyProblems(DataSourceUtils.getConnection(this.dataSource), problems);
			return;
		}
		new JdbcTemplate(this.dataSource).batchUpdate(
				"insert into bm04_problem (" + PROBLEM_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)",
				problems.stream()
					.map((problem) -> new Object[] { this.jobInstanceId, this.sheet, problem.row(), problem.column(),
							problem.header(), truncate(problem.value()), problem.messageKey(), arguments(problem) })
					.toList());
	}

	private void copyProblems(Connection connection, List<RowProblem> problems) throws SQLException {
		try (CopySession copy = new CopySession(connection, "copy bm04_problem (" + PROBLEM_COLUMNS + ") from stdin")) {
			CopyText text = copy.text();
			for (RowProblem problem : problems) {
				text.number(this.jobInstanceId).tab().text(this.sheet).tab().number(problem.row()).tab();
				text.number(problem.column()).tab().text(problem.header()).tab().text(truncate(problem.value())).tab();
				text.text(problem.messageKey()).tab().text(arguments(problem)).newline();
				copy.rowDone();
			}
			copy.end();
		}
	}

	private static String arguments(RowProblem problem) {
		// the column holds 1,000 characters
		return ShownValue.shortened(String.join("\u001f", problem.arguments()), 1000);
	}

	private static String truncate(String value) {
		return (value != null && value.length() > 500) ? value.substring(0, 500) : value;
	}

}
