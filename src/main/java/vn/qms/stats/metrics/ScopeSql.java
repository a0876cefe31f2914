package vn.qms.stats.metrics;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.qms.stats.metrics.FigureQueries.PerProcedure;

/**
 * Runs the queries of {@code metrics/} over the rows of one scope. The scope's covered
 * units and the counts chosen for each (one source per unit) are written once to
 * {@code figure_scope_unit} and {@code figure_unit_row} inside a transaction that is
 * rolled back when the work is done: every figure then reads small, indexed rows. The
 * scope's BM04 logs are aggregated the same way ({@link Bm04Scratch}), once, when the
 * first query that reads them runs.
 */
@Component
class ScopeSql {

	/** How the rows of a scope are grouped into {@code grp}. */
	enum Grouping {

		/** {@code all}, and each branch ({@code ministries}, {@code provinces}). */
		BRANCH,
		/** One group per covered unit (its grain). */
		UNIT,
		/** One group per row of the unit's own BM02 (its districts). */
		SUB_UNIT

	}

	/** One row of a figure query. */
	record FigureRow(String grp, BigDecimal numerator, BigDecimal denominator, BigDecimal ratio, String name) {
	}

	private static final String INSERT_UNIT = "insert into figure_scope_unit"
			+ " (scope_id, data_code, grain, branch, period, expected) values (?, ?, ?, ?, ?, ?)";

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final FigureQueries queries;

	private final String scopeRows = FigureQueries.read("scope_rows");

	private final Bm04Scratch bm04;

	/** The dossier forms the covered units of a scope have current submissions of. */
	private static final String LOG_FORMS = "select distinct c.form from figure_scope_unit m"
			+ " join submission_current c on c.reporting_unit = m.data_code and c.period = m.period"
			+ " where m.scope_id = :scope_id and c.form in ('BM03', 'BM04')";

	/** The dossier forms of each computation under way, once asked for. */
	private final Map<String, Set<String>> logForms = new ConcurrentHashMap<>();

	/** The computations under way whose BM04 logs are aggregated. */
	private final Set<String> bm04Written = ConcurrentHashMap.newKeySet();

	ScopeSql(NamedParameterJdbcTemplate jdbc, DataSource dataSource, Bm04Scratch bm04) {
		this.jdbc = jdbc;
		this.bm04 = bm04;
		this.queries = new FigureQueries(FigureQueries.postgres(jdbc.getJdbcTemplate()));
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		// Its own transaction: rolling the scratch rows back must not doom a caller's
		// transaction
		// (a report rendered inside a batch step)
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Writes the scope's rows, hands their id to {@code work}, and rolls them back.
	 */
	<T> T compute(ScopeMap map, Function<String, T> work) {
		return this.transaction.execute((status) -> {
			status.setRollbackOnly();
			String id = UUID.randomUUID().toString();
			this.jdbc.getJdbcTemplate()
				.batchUpdate(INSERT_UNIT,
						map.units()
							.stream()
							.map((unit) -> new Object[] { id, unit.dataCode(), unit.grain(), unit.branch(),
									unit.period(), unit.expected() ? 1 : 0 })
							.toList());
			this.jdbc.update(this.scopeRows, new MapSqlParameterSource("scope_id", id));
			try {
				return work.apply(id);
			}
			finally {
				this.bm04Written.remove(id);
				this.logForms.remove(id);
			}
		});
	}

	/**
	 * The rows of each of the figure queries {@code names}, by figure and then by group,
	 * read in one statement ({@link FigureQueries#figures}).
	 */
	Map<String, Map<String, FigureRow>> figures(List<String> names, FigureScope scope, String scopeId,
			Grouping grouping) {
		Map<String, Map<String, FigureRow>> rows = new LinkedHashMap<>();
		names.forEach((name) -> rows.put(name, new LinkedHashMap<>()));
		List<String> run = names.stream().filter((name) -> mayHaveRows(name, scopeId)).toList();
		if (run.isEmpty()) {
			return rows;
		}
		run.forEach((name) -> prepare(name, scope, scopeId));
		this.jdbc.query(this.queries.figures(run), parameters(scope, scopeId, grouping), (ResultSet rs) -> {
			FigureRow row = new FigureRow(rs.getString("grp"), decimal(rs, "numerator"), decimal(rs, "denominator"),
					decimal(rs, "ratio"), null);
			rows.get(rs.getString("figure")).put(row.grp(), row);
		});
		return rows;
	}

	/**
	 * Each row of a query of several figures ({@code figure} names each row's; a query
	 * without that column gives figure {@code name}), handed over as it is read: a
	 * province's per-procedure figures are hundreds of thousands of rows.
	 */
	void figures(String name, FigureScope scope, String scopeId, Grouping grouping,
			BiConsumer<String, FigureRow> consumer) {
		figures(name, this.queries.figure(name), scope, scopeId, grouping, consumer);
	}

	/**
	 * The rows of a per-procedure query, in the order they are listed
	 * ({@link FigureQueries#perProcedure}).
	 */
	void perProcedure(PerProcedure query, FigureScope scope, String scopeId, BiConsumer<String, FigureRow> consumer) {
		figures(query.query(), this.queries.perProcedure(query), scope, scopeId, Grouping.BRANCH, consumer);
	}

	private void figures(String name, String sql, FigureScope scope, String scopeId, Grouping grouping,
			BiConsumer<String, FigureRow> consumer) {
		if (!mayHaveRows(name, scopeId)) {
			return;
		}
		prepare(name, scope, scopeId);
		this.jdbc.query(sql, parameters(scope, scopeId, grouping), (ResultSet rs) -> {
			boolean named = hasColumn(rs, "name");
			boolean several = hasColumn(rs, "figure");
			while (rs.next()) {
				consumer.accept(several ? rs.getString("figure") : name,
						new FigureRow(rs.getString("grp"), decimal(rs, "numerator"), decimal(rs, "denominator"),
								decimal(rs, "ratio"), named ? rs.getString("name") : null));
			}
			return null;
		});
	}

	/** Any query of {@code metrics/<name>.sql} over the scope's rows. */
	<T> List<T> query(String name, FigureScope scope, String scopeId, Grouping grouping, RowMapper<T> mapper) {
		return query(name, scope, scopeId, grouping, Map.of(), mapper);
	}

	/** The same with more parameters (e.g. {@code limit}). */
	<T> List<T> query(String name, FigureScope scope, String scopeId, Grouping grouping, Map<String, ?> more,
			RowMapper<T> mapper) {
		prepare(name, scope, scopeId);
		return this.jdbc.query(this.queries.plain(name), parameters(scope, scopeId, grouping).addValues(more), mapper);
	}

	/**
	 * The dossiers pending past their due date at the period end, oldest due first, at
	 * most {@code limit}.
	 */
	<T> List<T> overdue(FigureScope scope, String scopeId, int limit, RowMapper<T> mapper) {
		this.bm04.writeOverdue(scopeId, scope, limit);
		return query("overdue_dossiers", scope, scopeId, Grouping.BRANCH, Map.of("limit", limit), mapper);
	}

	/**
	 * Whether a query may have rows: not one that reads only dossier forms of which no
	 * covered unit has a current submission (a nation's figures of years before the logs,
	 * say), which would parse, plan and run for nothing.
	 */
	private boolean mayHaveRows(String name, String scopeId) {
		Set<String> logs = this.queries.logsOnly(name);
		return logs.isEmpty() || logs.stream()
			.anyMatch(this.logForms.computeIfAbsent(scopeId, (id) -> Set
				.copyOf(this.jdbc.queryForList(LOG_FORMS, Map.of("scope_id", id), String.class)))::contains);
	}

	/** Aggregates the scope's BM04 logs before the first query that reads them. */
	private void prepare(String name, FigureScope scope, String scopeId) {
		if (this.queries.readsBm04(name) && this.bm04Written.add(scopeId)) {
			this.bm04.writeAggregates(scopeId, scope);
		}
	}

	private static MapSqlParameterSource parameters(FigureScope scope, String scopeId, Grouping grouping) {
		return new MapSqlParameterSource().addValue("scope_id", scopeId)
			.addValue("by_branch", (grouping == Grouping.BRANCH) ? 1 : 0)
			.addValue("sub_units", (grouping == Grouping.SUB_UNIT) ? 1 : 0)
			.addValue("unit", scope.unitCode())
			.addValue("period", scope.periodCode())
			.addValue("period_start", scope.periodStart())
			.addValue("period_end", scope.periodEnd())
			.addValue("period_end_next", scope.periodEndNext());
	}

	static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
		return exact(rs.getBigDecimal(column));
	}

	/**
	 * The number without trailing zeros, but never in exponent form ({@code 100}, not
	 * {@code 1E+2}).
	 */
	static BigDecimal exact(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static boolean hasColumn(ResultSet rs, String column) throws SQLException {
		for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
			if (column.equalsIgnoreCase(rs.getMetaData().getColumnLabel(i))) {
				return true;
			}
		}
		return false;
	}

}
