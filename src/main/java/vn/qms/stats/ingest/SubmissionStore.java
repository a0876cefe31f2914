package vn.qms.stats.ingest;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import vn.qms.stats.ingest.bulk.Bm04Partitions;
import vn.qms.stats.ingest.form.Column;
import vn.qms.stats.ingest.form.ColumnType;
import vn.qms.stats.ingest.form.FormDefinition;
import vn.qms.stats.ingest.sheet.ParsedRow;

/**
 * Stores accepted submissions (plain SQL, valid on H2 in PostgreSQL mode and on
 * PostgreSQL). The caller's transaction makes a file all or nothing.
 */
class SubmissionStore {

	/** A stored submission, as far as a duplicate verdict needs it. */
	record Stored(long id, String form, String reportingUnit, String period, int rows, String fileName,
			LocalDateTime receivedAt, Long replacedBy) {
	}

	/** Rows in one insert statement (PostgreSQL takes at most 32,767 parameters). */
	static final int ROWS_PER_INSERT = 100;

	/** Insert statements sent to the database in one JDBC batch. */
	static final int BATCH_SIZE = 50;

	private final JdbcTemplate jdbc;

	SubmissionStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The problems kept with the submissions of a file. */
	SubmissionProblems problems() {
		return new SubmissionProblems(this.jdbc);
	}

	/** The verdicts of the runs. */
	IngestVerdicts verdicts() {
		return new IngestVerdicts(this.jdbc);
	}

	/** The submissions stored from a file with this SHA-256, in the order stored. */
	List<Stored> findBySha256(String sha256) {
		return this.jdbc.query("""
				select id, form, reporting_unit, period, row_count, file_name, received_at, replaced_by
				from submission where file_sha256 = ? order by id""",
				(rs, i) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
						rs.getString(6), rs.getTimestamp(7).toLocalDateTime(), (Long) rs.getObject(8, Long.class)),
				sha256);
	}

	/**
	 * Waits until no other transaction stores a file of this content, and keeps it so
	 * until this transaction ends ({@link SameFileLock}): a store then looks again with
	 * {@link #findBySha256}.
	 */
	void lockFile(String sha256) {
		new SameFileLock(this.jdbc).lock(sha256);
	}

	/**
	 * Whether a run of this job instance (an earlier execution, before a crash or a
	 * failure after its store committed) stored the file with this SHA-256.
	 */
	boolean storedByRunOf(String sha256, long jobInstanceId) {
		Integer found = this.jdbc.queryForObject("""
				select count(*) from submission s
				join batch_job_execution e on e.job_execution_id = s.job_execution_id
				where s.file_sha256 = ? and e.job_instance_id = ?""", Integer.class, sha256, jobInstanceId);
		return found != null && found > 0;
	}

	/**
	 * Inserts the submission and its rows and makes it the current one for its key; the
	 * one it replaces keeps its rows and points to it.
	 */
	long store(Submission submission, String fileName, String sha256, int warnings, Long jobExecutionId) {
		Key key = new Key(submission.form().code(), submission.reportingUnit().code(), submission.period().code());
		long id = insertSubmission(key, fileName, sha256, submission.rowCount(), warnings, jobExecutionId);
		boolean dossiers = "BM04".equals(submission.form().code());
		Bm04Partitions partitions = dossiers ? new Bm04Partitions(this.jdbc.getDataSource()) : null;
		if (dossiers) {
			partitions.create(id);
		}
		insertRows(id, submission);
		if (dossiers) {
			partitions.fillDays(id);
		}
		makeCurrent(id, key);
		return id;
	}

	/** What a submission replaces: the one stored for the same form, unit and period. */
	record Key(String form, String reportingUnit, String period) {
	}

	/** Inserts the submission row alone; its rows are the caller's. */
	long insertSubmission(Key submission, String fileName, String sha256, int rows, int warnings, Long jobExecutionId) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement insert = connection.prepareStatement("""
					insert into submission (form, reporting_unit, period, file_name, file_sha256, received_at,
						row_count, warning_count, job_execution_id)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" });
			insert.setString(1, submission.form());
			insert.setString(2, submission.reportingUnit());
			insert.setString(3, submission.period());
			insert.setString(4, fileName);
			insert.setString(5, sha256);
			insert.setTimestamp(6, Timestamp.valueOf(LocalDateTime.now()));
			insert.setInt(7, rows);
			insert.setInt(8, warnings);
			insert.setObject(9, jobExecutionId);
			return insert;
		}, key);
		return key.getKey().longValue();
	}

	/**
	 * Inserts the rows in multi-row statements of {@link #ROWS_PER_INSERT} rows, sent in
	 * JDBC batches of {@link #BATCH_SIZE} statements.
	 */
	private void insertRows(long id, Submission submission) {
		FormDefinition form = submission.form();
		List<String> keys = new ArrayList<>(form.columns().stream().map(Column::key).toList());
		keys.addAll(form.derivedColumns());
		List<Integer> types = new ArrayList<>(form.columns().stream().map((column) -> sqlType(column.type())).toList());
		form.derivedColumns().forEach((key) -> types.add(Types.VARCHAR));
		for (Submission.SheetRows sheet : submission.sheets()) {
			List<List<ParsedRow>> full = new ArrayList<>();
			List<ParsedRow> rows = sheet.rows();
			int whole = rows.size() - rows.size() % ROWS_PER_INSERT;
			for (int from = 0; from < whole; from += ROWS_PER_INSERT) {
				full.add(rows.subList(from, from + ROWS_PER_INSERT));
			}
			ParameterizedPreparedStatementSetter<List<ParsedRow>> setter = (insert, chunk) -> {
				int index = 1;
				for (ParsedRow row : chunk) {
					insert.setLong(index++, id);
					insert.setString(index++, sheet.sheet());
					insert.setInt(index++, row.row());
					for (int i = 0; i < keys.size(); i++) {
						set(insert, index++, types.get(i), row.get(keys.get(i)));
					}
				}
			};
			if (!full.isEmpty()) {
				this.jdbc.batchUpdate(insertSql(form, keys, ROWS_PER_INSERT), full, BATCH_SIZE, setter);
			}
			if (whole < rows.size()) {
				List<ParsedRow> rest = rows.subList(whole, rows.size());
				this.jdbc.batchUpdate(insertSql(form, keys, rest.size()), List.of(rest), 1, setter);
			}
		}
	}

	private static String insertSql(FormDefinition form, List<String> keys, int rows) {
		String values = "(?, ?, ?" + ", ?".repeat(keys.size()) + ")";
		return "insert into " + form.table() + " (submission_id, sheet, row_no, " + String.join(", ", keys)
				+ ") values " + String.join(", ", java.util.Collections.nCopies(rows, values));
	}

	private static void set(PreparedStatement insert, int index, int type, Object value) throws SQLException {
		if (value == null) {
			insert.setNull(index, type);
		}
		else if (value instanceof LocalDateTime time) {
			insert.setTimestamp(index, Timestamp.valueOf(time));
		}
		else if (value instanceof LocalDate day) {
			insert.setDate(index, Date.valueOf(day));
		}
		else {
			insert.setObject(index, value, type);
		}
	}

	/** The JDBC type a column of this type is stored as. */
	private static int sqlType(ColumnType type) {
		return switch (type) {
			case COUNT -> Types.BIGINT;
			case DECIMAL -> Types.NUMERIC;
			case DATE -> Types.DATE;
			case DATETIME -> Types.TIMESTAMP;
			case YES_NO -> Types.BOOLEAN;
			case TEXT, ENUM -> Types.VARCHAR;
		};
	}

	/**
	 * Makes the submission the current one for its key; the one it replaces keeps its
	 * rows and points to it.
	 */
	void makeCurrent(long id, Key submission) {
		Object[] key = { submission.form(), submission.reportingUnit(), submission.period() };
		Optional<Long> previous = this.jdbc
			.queryForList("select submission_id from submission_current where form = ? and reporting_unit = ? "
					+ "and period = ? for update", Long.class, key)
			.stream()
			.findFirst();
		if (previous.isPresent()) {
			this.jdbc.update("update submission set replaced_by = ? where id = ?", id, previous.get());
			this.jdbc.update("update submission_current set submission_id = ? where form = ? and reporting_unit = ? "
					+ "and period = ?", id, key[0], key[1], key[2]);
		}
		else {
			List<Object> values = new ArrayList<>(List.of(key));
			values.add(id);
			this.jdbc.update("insert into submission_current (form, reporting_unit, period, submission_id) "
					+ "values (?, ?, ?, ?)", values.toArray());
		}
	}

}
