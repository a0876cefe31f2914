package vn.qms.stats.metrics;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import vn.qms.stats.metrics.ScopeSql.Grouping;

/**
 * The data-quality checks of {@code docs/figures.md} as data, and the reporting status of
 * a scope. Total rows that disagree with their column sums are found at ingest; their
 * warnings are kept with the submission and read from there.
 */
@Service
public class DataQualityService {

	private final ScopeSql sql;

	private final Scopes scopes;

	private final NamedParameterJdbcTemplate jdbc;

	private final String notValid = FigureQueries.read("dq_not_valid");

	/** How the arguments of a kept ingest problem are separated (submission_problem). */
	private static final String ARGUMENTS = "\u001f";

	DataQualityService(ScopeSql sql, Scopes scopes, NamedParameterJdbcTemplate jdbc) {
		this.sql = sql;
		this.scopes = scopes;
		this.jdbc = jdbc;
	}

	/**
	 * Every finding for the scope, in this order: BM01 against BM02, contradictions,
	 * total rows, missing units, units not valid in the period, splits not restated,
	 * carried data.
	 */
	public List<DataQualityNote> notes(FigureScope scope) {
		ScopeMap map = this.scopes.map(scope);
		List<DataQualityNote> notes = new ArrayList<>(this.sql.compute(map, (id) -> {
			List<DataQualityNote> found = new ArrayList<>();
			found.addAll(this.sql.query("dq_bm01_vs_bm02", scope, id, Grouping.BRANCH,
					(rs, i) -> note(DataQualityKind.BM01_BM02_MISMATCH, rs)));
			found.addAll(this.sql.query("dq_contradictions", scope, id, Grouping.BRANCH,
					(rs, i) -> note(DataQualityKind.INTERNAL_CONTRADICTION, rs)));
			found.addAll(this.sql.query("dq_total_rows", scope, id, Grouping.BRANCH, (rs, i) -> totalRow(rs)));
			found.addAll(this.sql.query("dq_missing_units", scope, id, Grouping.BRANCH, (rs, i) -> DataQualityNote
				.about(DataQualityKind.MISSING_UNIT, rs.getString("data_code"), rs.getString("period"), null)));
			return found;
		}));
		MapSqlParameterSource parameters = new MapSqlParameterSource("period", scope.periodCode())
			.addValue("unit", scope.unitCode())
			.addValue("nation", map.leaf() ? 0 : 1)
			.addValue("period_start", scope.periodStart())
			.addValue("period_end", scope.periodEnd());
		notes.addAll(this.jdbc.query(this.notValid, parameters,
				(rs, i) -> DataQualityNote.about(DataQualityKind.NOT_VALID_IN_PERIOD, rs.getString("unit_code"),
						scope.periodCode(), rs.getString("sender"))));
		notes.addAll(map.notes());
		return notes;
	}

	/**
	 * Every unit the scope covers: expected or not, the forms it sent for the period and
	 * when, or missing; data carried forward is marked.
	 */
	public List<ReportingStatus> reportingStatus(FigureScope scope) {
		ScopeMap map = this.scopes.map(scope);
		Map<String, CoveredUnit> units = new LinkedHashMap<>();
		map.units().forEach((unit) -> units.put(unit.dataCode(), unit));
		Map<String, ReportingStatus.Builder> builders = new LinkedHashMap<>();
		this.sql.compute(map, (id) -> this.sql.query("reporting_status", scope, id, Grouping.BRANCH, (rs, i) -> {
			CoveredUnit unit = units.get(rs.getString("data_code"));
			ReportingStatus.Builder builder = builders.computeIfAbsent(unit.dataCode(),
					(code) -> new ReportingStatus.Builder(unit, scope.periodCode()));
			builder.add(rs.getString("form"), rs.getObject("received_at", LocalDateTime.class),
					rs.getInt("has_counts") == 1);
			return builder;
		}));
		return builders.values().stream().map(ReportingStatus.Builder::build).toList();
	}

	private static DataQualityNote note(DataQualityKind kind, ResultSet rs) throws SQLException {
		return new DataQualityNote(kind, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
				decimal(rs, 5), decimal(rs, 6));
	}

	/**
	 * A total row that disagrees with its column; the total and the sum are the arguments
	 * of its ingest warning, as exact plain numbers.
	 */
	private static DataQualityNote totalRow(ResultSet rs) throws SQLException {
		String[] numbers = (rs.getString("arguments") != null) ? rs.getString("arguments").split(ARGUMENTS, -1)
				: new String[0];
		return new DataQualityNote(DataQualityKind.TOTAL_ROW_MISMATCH, rs.getString("data_code"),
				rs.getString("period"), rs.getString("form"), rs.getString("header"), number(numbers, 1),
				number(numbers, 0), new DataQualityNote.Cell(rs.getString("sheet"),
						(Integer) rs.getObject("row_no", Integer.class), rs.getString("column_letter")));
	}

	private static BigDecimal number(String[] numbers, int index) {
		try {
			return (index < numbers.length) ? ScopeSql.exact(new BigDecimal(numbers[index])) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static BigDecimal decimal(ResultSet rs, int column) throws SQLException {
		return ScopeSql.exact(rs.getBigDecimal(column));
	}

}
