package vn.qms.stats.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.ingest.bulk.Bm04Partitions;

/**
 * Inserts hand-computed inputs with SQL, readably: a submission, then rows written as
 * {@code "column=value"} (numbers, {@code true}/{@code false}, {@code date '...'} and
 * {@code timestamp '...'} as SQL; other values as text).
 */
final class Fixture {

	private static final Set<String> TEXT = Set.of("agency_code", "agency_name", "agency_type", "parent_code",
			"obligation", "status", "standard_version", "procedure_code", "procedure_name", "field", "dossier_code",
			"channel", "unit_code", "unit_name", "unit_kind");

	private static final Pattern LITERAL = Pattern.compile("-?\\d+(\\.\\d+)?|true|false|null|(date|timestamp) '.*'");

	private final JdbcTemplate jdbc;

	Fixture(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A current accepted submission; returns its id. */
	long submission(String form, String unit, String period) {
		return submission(form, unit, period, "2020-01-15 10:00:00");
	}

	long submission(String form, String unit, String period, String receivedAt) {
		long id = this.jdbc.queryForObject("select coalesce(max(id), 0) + 1 from submission", Long.class);
		this.jdbc.update("insert into submission (id, form, reporting_unit, period, file_name, file_sha256,"
				+ " received_at, row_count, warning_count) values (?, ?, ?, ?, ?, ?, timestamp '" + receivedAt
				+ "', 0, 0)", id, form, unit, period, form + "_" + unit + "_" + period + ".xlsx", "sha" + id);
		this.jdbc.update("delete from submission_current where form = ? and reporting_unit = ? and period = ?", form,
				unit, period);
		this.jdbc.update(
				"insert into submission_current (form, reporting_unit, period, submission_id)" + " values (?, ?, ?, ?)",
				form, unit, period, id);
		if ("BM04".equals(form)) {
			// its partition of bm04_row, on PostgreSQL (as SubmissionStore makes it)
			new Bm04Partitions(this.jdbc.getDataSource()).create(id);
		}
		return id;
	}

	/** A BM02 row: unit, name, mandatory total and announced, then other columns. */
	void bm02(long submission, String code, int mandatoryTotal, int mandatoryAnnounced, String... columns) {
		Map<String, String> values = values(columns);
		values.putIfAbsent("unit_name", code);
		values.put("unit_code", code);
		values.put("mandatory_total", Integer.toString(mandatoryTotal));
		values.put("mandatory_announced", Integer.toString(mandatoryAnnounced));
		insert("bm02_row", submission, values);
	}

	/**
	 * A BM01 row; by default a mandatory department that has not started, with no
	 * procedures.
	 */
	void bm01(long submission, String agency, String... columns) {
		Map<String, String> values = values(columns);
		values.put("agency_code", agency);
		values.putIfAbsent("agency_name", agency);
		values.putIfAbsent("agency_type", "DEPARTMENT");
		values.putIfAbsent("obligation", "MANDATORY");
		values.putIfAbsent("status", "NOT_STARTED");
		values.putIfAbsent("tthc_total", "0");
		values.putIfAbsent("tthc_with_process", "0");
		insert("bm01_row", submission, values);
	}

	/** A BM03 row: a procedure at an agency with its statutory days. */
	void bm03(long submission, String agency, String procedure, String statutoryDays, String... columns) {
		Map<String, String> values = values(columns);
		values.put("agency_code", agency);
		values.put("procedure_code", procedure);
		values.putIfAbsent("procedure_name", "Thủ tục " + procedure);
		values.put("statutory_days", statutoryDays);
		insert("bm03_row", submission, values);
	}

	/**
	 * A BM04 dossier: received, due and completed (null while pending) as dates; stored
	 * as the streaming ingest stores it, with its calendar and working days; returns its
	 * dossier code.
	 */
	String bm04(long submission, String agency, String procedure, String received, String due, String completed) {
		String code = bm04WithoutDays(submission, agency, procedure, received, due, completed);
		this.jdbc.update("update bm04_row set calendar_days = cast(extract(day from (cast(cast(completed_at as date)"
				+ " as timestamp) - cast(cast(received_at as date) as timestamp))) as integer), working_days = ("
				+ "select c.working_rank - r.working_rank from work_calendar r, work_calendar c"
				+ " where r.cal_date = cast(bm04_row.received_at as date)"
				+ " and c.cal_date = cast(bm04_row.completed_at as date))"
				+ " where submission_id = ? and dossier_code = ? and completed_at is not null", submission, code);
		return code;
	}

	/**
	 * The same dossier stored as the generic store keeps it, without day counts; returns
	 * its dossier code.
	 */
	String bm04WithoutDays(long submission, String agency, String procedure, String received, String due,
			String completed) {
		Map<String, String> values = new LinkedHashMap<>();
		String code = "D" + (count("bm04_row") + 1);
		values.put("dossier_code", code);
		values.put("agency_code", agency);
		values.put("procedure_code", procedure);
		values.put("received_at", "timestamp '" + received + "'");
		values.put("due_at", "timestamp '" + due + "'");
		values.put("completed_at", (completed != null) ? "timestamp '" + completed + "'" : "null");
		insert("bm04_row", submission, values);
		return code;
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	private void insert(String table, long submission, Map<String, String> values) {
		List<String> literals = new ArrayList<>();
		values.forEach((column, value) -> literals.add(literal(column, value)));
		this.jdbc.update("insert into " + table + " (submission_id, sheet, row_no, "
				+ String.join(", ", values.keySet()) + ") values (" + submission + ", 'S', " + (count(table) + 1) + ", "
				+ String.join(", ", literals) + ")");
	}

	private static String literal(String column, String value) {
		if (!TEXT.contains(column) && LITERAL.matcher(value).matches()) {
			return value;
		}
		return "'" + value.replace("'", "''") + "'";
	}

	private static Map<String, String> values(String... columns) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String column : columns) {
			int equals = column.indexOf('=');
			values.put(column.substring(0, equals), column.substring(equals + 1));
		}
		return values;
	}

}
