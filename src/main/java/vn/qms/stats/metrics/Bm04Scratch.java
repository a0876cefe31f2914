package vn.qms.stats.metrics;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes sure the summaries of the BM04 dossier logs of a scope exist for its period end
 * ({@link Bm04Summaries}: computed from a log's dossiers once, then kept), which the
 * figures read where they are kept; and writes the scope's scratch rows that depend on
 * more than one log ({@code figure_bm04_days} of shared agencies and procedures,
 * {@code figure_bm04_overdue}), inside {@link ScopeSql}'s transaction. A log has up to
 * millions of rows, so each query reads one log, named by its submission id alone: on
 * PostgreSQL that reads the log's partition and no other.
 */
@Component
class Bm04Scratch {

	/** One covered unit's current BM04 submission. */
	private record Log(String dataCode, long submissionId) {
	}

	/** A query of {@code metrics/} over one log, and the table its rows go to. */
	private record LogQuery(String table, String columns, String select) {
	}

	private static final Pattern LOG_PARAMETER = Pattern.compile(":(submission_id|period_end_next|limit)\\b");

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final NamedParameterJdbcTemplate jdbc;

	private final boolean postgres;

	private final String logs = FigureQueries.read("bm04_logs");

	private final String sharedLogs = FigureQueries.read("bm04_shared_logs");

	private final LogQuery groups;

	private final LogQuery days;

	private final LogQuery sharedDays;

	private final LogQuery overdue;

	private final Bm04Summaries summaries;

	Bm04Scratch(NamedParameterJdbcTemplate jdbc, Bm04Summaries summaries) {
		this.jdbc = jdbc;
		this.summaries = summaries;
		this.postgres = FigureQueries.postgres(jdbc.getJdbcTemplate());
		this.groups = new LogQuery("bm04_log_group",
				"agency_code, procedure_code, received, completed, on_time, calendar_days, calendar_median,"
						+ " working_count, working_days, working_median, pending_overdue",
				FigureQueries.read("bm04_groups", this.postgres));
		String dayColumns = "agency_code, procedure_code, calendar_days, working_days, dossiers";
		this.days = new LogQuery("bm04_log_days", dayColumns, FigureQueries.read("bm04_days"));
		this.sharedDays = new LogQuery("figure_bm04_days", dayColumns, FigureQueries.read("bm04_shared_days"));
		this.overdue = new LogQuery("figure_bm04_overdue",
				"agency_code, procedure_code, dossier_code, received_at, due_at", FigureQueries.read("bm04_overdue"));
	}

	/**
	 * Each log's summary for the scope's period end; where logs share an agency and
	 * procedure, their dossiers of it by day count.
	 */
	void writeAggregates(String scopeId, FigureScope scope) {
		List<Log> logs = logs(scopeId);
		for (Log log : logs) {
			this.summaries.ensure(log.submissionId(), scope.periodEndNext(), (parameters) -> {
				writeSummary(this.groups, parameters);
				writeSummary(this.days, parameters);
			});
		}
		if (logs.size() > 1) {
			Set<String> shared = Set.copyOf(this.jdbc.queryForList(this.sharedLogs,
					new MapSqlParameterSource("scope_id", scopeId).addValue("period_end_next", scope.periodEndNext()),
					String.class));
			// rare (agency codes are the units' own) and small: no need for the parallel
			// path
			logs.stream()
				.filter((log) -> shared.contains(log.dataCode()))
				.forEach((log) -> this.jdbc.update(insert(this.sharedDays, "(" + this.sharedDays.select() + ") r"),
						parameters(scopeId, scope, log)));
		}
	}

	/** The {@code limit} oldest due dossiers pending past their due date of each log. */
	void writeOverdue(String scopeId, FigureScope scope, int limit) {
		for (Log log : logs(scopeId)) {
			write(this.overdue, scopeId, scope, log, Map.of("limit", limit));
		}
	}

	private List<Log> logs(String scopeId) {
		List<Log> logs = this.jdbc.query(this.logs, new MapSqlParameterSource("scope_id", scopeId),
				(rs, i) -> new Log(rs.getString("data_code"), rs.getLong("submission_id")));
		if (!logs.isEmpty() && this.postgres) {
			// for this transaction only: memory to sort a log of millions of rows, and no
			// JIT compilation (it costs more than it saves on these queries)
			this.jdbc.getJdbcTemplate().execute("set local work_mem = '256MB'");
			this.jdbc.getJdbcTemplate().execute("set local jit = off");
		}
		return logs;
	}

	/**
	 * The rows of {@code query} over one log into its scratch table. PostgreSQL runs an
	 * {@code insert ... select} on one process only, a {@code create table ... as} on
	 * several: the rows go through a temporary table, the query's parameters written as
	 * literals (a utility statement takes none).
	 */
	private void write(LogQuery query, String scopeId, FigureScope scope, Log log, Map<String, Object> more) {
		MapSqlParameterSource parameters = parameters(scopeId, scope, log).addValues(more);
		if (!this.postgres) {
			this.jdbc.update(insert(query, "(" + query.select() + ") r"), parameters);
			return;
		}
		this.jdbc.getJdbcTemplate()
			.execute("create temporary table bm04_log_rows on commit drop as " + literals(query.select(), parameters));
		this.jdbc.update(insert(query, "bm04_log_rows"), parameters);
		this.jdbc.getJdbcTemplate().execute("drop table bm04_log_rows");
	}

	/**
	 * A log's summary rows ({@link Bm04Summaries}): the query over the log's dossiers
	 * into its table, keyed by the log and the period end.
	 */
	private void writeSummary(LogQuery query, MapSqlParameterSource parameters) {
		String columns = query.columns();
		String into = "insert into " + query.table() + " (submission_id, period_end_next, " + columns
				+ ") select :submission_id, :period_end_next, " + columns + " from ";
		if (!this.postgres) {
			this.jdbc.update(into + "(" + query.select() + ") r", parameters);
			return;
		}
		// see write(): a parallel plan for the millions of rows
		this.jdbc.getJdbcTemplate().execute("set local work_mem = '256MB'");
		this.jdbc.getJdbcTemplate().execute("set local jit = off");
		this.jdbc.getJdbcTemplate()
			.execute("create temporary table bm04_log_rows on commit drop as " + literals(query.select(), parameters));
		this.jdbc.update(into + "bm04_log_rows", parameters);
		this.jdbc.getJdbcTemplate().execute("drop table bm04_log_rows");
	}

	private static String insert(LogQuery query, String from) {
		return "insert into " + query.table() + " (scope_id, data_code, " + query.columns()
				+ ") select :scope_id, :data_code, " + query.columns() + " from " + from;
	}

	/** The query with its log parameters (a number, a timestamp) as literals. */
	private static String literals(String select, MapSqlParameterSource parameters) {
		Matcher matcher = LOG_PARAMETER.matcher(select);
		StringBuilder sql = new StringBuilder();
		while (matcher.find()) {
			Object value = parameters.getValue(matcher.group(1));
			String literal = (value instanceof LocalDateTime time) ? "timestamp '" + TIMESTAMP.format(time) + "'"
					: Long.toString(((Number) value).longValue());
			matcher.appendReplacement(sql, literal);
		}
		return matcher.appendTail(sql).toString();
	}

	private static MapSqlParameterSource parameters(String scopeId, FigureScope scope, Log log) {
		return new MapSqlParameterSource().addValue("scope_id", scopeId)
			.addValue("data_code", log.dataCode())
			.addValue("submission_id", log.submissionId())
			.addValue("period_end_next", scope.periodEndNext());
	}

}
