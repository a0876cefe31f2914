package vn.qms.stats.metrics;

import java.sql.Connection;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the BM04 dossier logs of a scope once per computation into its scratch rows
 * ({@code figure_bm04_group}, {@code figure_bm04_days}, {@code figure_bm04_overdue}),
 * inside {@link ScopeSql}'s transaction. A log has millions of rows, so each statement
 * reads one log, named by its submission id alone: on PostgreSQL that reads the log's
 * partition, never the others.
 */
@Component
class Bm04Scratch {

	/** One covered unit's current BM04 submission. */
	private record Log(String dataCode, long submissionId) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final boolean postgres;

	private final String logs = FigureQueries.read("bm04_logs");

	private final String sharedLogs = FigureQueries.read("bm04_shared_logs");

	private final String groups;

	private final String days;

	private final String sharedDays;

	private final String overdue;

	Bm04Scratch(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.postgres = Boolean.TRUE.equals(jdbc.getJdbcTemplate()
			.execute((ConnectionCallback<Boolean>) (Connection connection) -> "PostgreSQL"
				.equals(connection.getMetaData().getDatabaseProductName())));
		this.groups = FigureQueries.read("bm04_groups", this.postgres);
		this.days = FigureQueries.read("bm04_days", this.postgres);
		this.sharedDays = FigureQueries.read("bm04_shared_days", this.postgres);
		this.overdue = FigureQueries.read("bm04_overdue", this.postgres);
	}

	/**
	 * Each log per agency and procedure, and its completed dossiers by day count; where
	 * logs share an agency and procedure, their dossiers of it by day count too.
	 */
	void writeAggregates(String scopeId, FigureScope scope) {
		List<Log> logs = logs(scopeId);
		if (logs.isEmpty()) {
			return;
		}
		tune();
		for (Log log : logs) {
			this.jdbc.update(this.groups, parameters(scopeId, scope, log));
			this.jdbc.update(this.days, parameters(scopeId, scope, log));
		}
		Set<String> shared = Set.copyOf(
				this.jdbc.queryForList(this.sharedLogs, new MapSqlParameterSource("scope_id", scopeId), String.class));
		for (Log log : logs) {
			if (shared.contains(log.dataCode())) {
				this.jdbc.update(this.sharedDays, parameters(scopeId, scope, log));
			}
		}
	}

	/** The {@code limit} oldest due dossiers pending past their due date of each log. */
	void writeOverdue(String scopeId, FigureScope scope, int limit) {
		List<Log> logs = logs(scopeId);
		if (!logs.isEmpty()) {
			tune();
		}
		for (Log log : logs) {
			this.jdbc.update(this.overdue, parameters(scopeId, scope, log).addValue("limit", limit));
		}
	}

	private List<Log> logs(String scopeId) {
		return this.jdbc.query(this.logs, new MapSqlParameterSource("scope_id", scopeId),
				(rs, i) -> new Log(rs.getString("data_code"), rs.getLong("submission_id")));
	}

	/**
	 * On PostgreSQL, for this transaction only: memory enough to group a log of millions
	 * of rows without spilling to disk, and no JIT compilation (it costs more than it
	 * saves on these statements).
	 */
	private void tune() {
		if (this.postgres) {
			this.jdbc.getJdbcTemplate().execute("set local work_mem = '256MB'");
			this.jdbc.getJdbcTemplate().execute("set local jit = off");
		}
	}

	private static MapSqlParameterSource parameters(String scopeId, FigureScope scope, Log log) {
		return new MapSqlParameterSource().addValue("scope_id", scopeId)
			.addValue("data_code", log.dataCode())
			.addValue("submission_id", log.submissionId())
			.addValue("period_end_next", scope.periodEndNext());
	}

}
