package vn.qms.stats.metrics;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs the queries of {@code metrics/} over the rows of one scope.
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

	private final NamedParameterJdbcTemplate jdbc;

	private final FigureQueries queries = new FigureQueries();

	ScopeSql(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The rows of figure query {@code name}, by group. */
	Map<String, FigureRow> figure(String name, FigureScope scope, ScopeMap map, Grouping grouping) {
		Map<String, FigureRow> rows = new LinkedHashMap<>();
		this.jdbc.query(this.queries.figure(name), parameters(scope, map, grouping), (RowCallbackHandler) (rs) -> {
			String grp = rs.getString("grp");
			rows.put(grp, new FigureRow(grp, decimal(rs, "numerator"), decimal(rs, "denominator"), decimal(rs, "ratio"),
					hasColumn(rs, "name") ? rs.getString("name") : null));
		});
		return rows;
	}

	/** Any query of {@code metrics/<name>.sql} over the scope's rows. */
	<T> List<T> query(String name, FigureScope scope, ScopeMap map, Grouping grouping, RowMapper<T> mapper) {
		return this.jdbc.query(this.queries.plain(name), parameters(scope, map, grouping), mapper);
	}

	private static MapSqlParameterSource parameters(FigureScope scope, ScopeMap map, Grouping grouping) {
		return new MapSqlParameterSource().addValue("map", map.sqlRows())
			.addValue("by_branch", (grouping == Grouping.BRANCH) ? 1 : 0)
			.addValue("sub_units", (grouping == Grouping.SUB_UNIT) ? 1 : 0)
			.addValue("unit", scope.unitCode())
			.addValue("period", scope.periodCode())
			.addValue("period_start", scope.periodStart())
			.addValue("period_end", scope.periodEnd())
			.addValue("period_end_next", scope.periodEndNext());
	}

	static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		return (value != null) ? value.stripTrailingZeros() : null;
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
