package vn.qms.stats.metrics;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Computes the figures of {@code spec/metrics.md} in the database, one set-based query
 * per figure.
 */
@Service
public class FigureService {

	private static final String UNIT_NAME = """
			select name_vi from ref_unit
			where code = :unit and valid_from <= :period_end and (valid_to is null or valid_to >= :period_start)
			order by valid_from desc""";

	private static final String CHILD_NAMES = """
			select b.unit_code, max(b.unit_name) as unit_name
			from submission_current c join bm02_row b on b.submission_id = c.submission_id
			where c.form = 'BM02' and c.reporting_unit = :unit and c.period = :period
			group by b.unit_code""";

	private static final String HAS_DATA = """
			select 1 from submission_current where reporting_unit = :unit and period = :period""";

	private final NamedParameterJdbcTemplate jdbc;

	private final FigureQueries queries = new FigureQueries();

	public FigureService(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The unit's figures: branch {@code all}, plus {@code ministries} and
	 * {@code provinces} where the unit has units of that branch under it.
	 */
	public List<Figure> figures(FigureScope scope) {
		String unitName = unitName(scope);
		List<Figure> figures = new ArrayList<>();
		for (String id : FigureQueries.BM02_FIGURES) {
			Map<String, Figure> byGroup = query(this.queries.byBranch(id), scope, id,
					(grp) -> new Subject(scope.unitCode(), unitName, branchOf(grp)));
			figures.add(byGroup.getOrDefault("all", noData(id, scope, unitName)));
			addIfPresent(figures, byGroup.get("ministries"));
			addIfPresent(figures, byGroup.get("provinces"));
		}
		return figures;
	}

	/**
	 * The figures of each unit the reporting unit's submission has a row for, by unit
	 * code.
	 */
	public Map<String, List<Figure>> figuresByUnit(FigureScope scope) {
		Map<String, String> names = new LinkedHashMap<>();
		this.jdbc.query(CHILD_NAMES, parameters(scope),
				(RowCallbackHandler) (rs) -> names.put(rs.getString("unit_code"), rs.getString("unit_name")));
		Map<String, List<Figure>> byUnit = new LinkedHashMap<>();
		names.keySet().stream().sorted().forEach((code) -> byUnit.put(code, new ArrayList<>()));
		for (String id : FigureQueries.BM02_FIGURES) {
			query(this.queries.byUnit(id), scope, id, (grp) -> new Subject(grp, names.get(grp), Branch.ALL))
				.forEach((code, figure) -> byUnit.get(code).add(figure));
		}
		return byUnit;
	}

	private Map<String, Figure> query(String sql, FigureScope scope, String id, Function<String, Subject> subjectOf) {
		Map<String, Figure> byGroup = new LinkedHashMap<>();
		this.jdbc.query(sql, parameters(scope), (RowCallbackHandler) (rs) -> {
			Subject subject = subjectOf.apply(rs.getString("grp"));
			if (subject.branch() != null) {
				byGroup.put(rs.getString("grp"),
						new Figure(id, subject.branch(), subject.code(), subject.name(), scope.periodCode(),
								decimal(rs, "numerator"), decimal(rs, "denominator"), decimal(rs, "ratio")));
			}
		});
		return byGroup;
	}

	/** Whether the unit has a current submission for the period. */
	public boolean hasData(FigureScope scope) {
		return !this.jdbc.queryForList(HAS_DATA, parameters(scope), Integer.class).isEmpty();
	}

	/** A rate over nothing is 0/0, "not applicable"; a count over nothing is empty. */
	private static Figure noData(String id, FigureScope scope, String unitName) {
		BigDecimal zero = id.endsWith("_rate") ? BigDecimal.ZERO : null;
		return new Figure(id, Branch.ALL, scope.unitCode(), unitName, scope.periodCode(), zero, zero, null);
	}

	private String unitName(FigureScope scope) {
		List<String> names = this.jdbc.queryForList(UNIT_NAME, parameters(scope), String.class);
		return names.isEmpty() ? scope.unitCode() : names.get(0);
	}

	private static MapSqlParameterSource parameters(FigureScope scope) {
		return new MapSqlParameterSource().addValue("unit", scope.unitCode())
			.addValue("period", scope.periodCode())
			.addValue("period_start", scope.periodStart())
			.addValue("period_end", scope.periodEnd());
	}

	private static Branch branchOf(String group) {
		return switch (group) {
			case "all" -> Branch.ALL;
			case "ministries" -> Branch.MINISTRIES;
			case "provinces" -> Branch.PROVINCES;
			default -> null;
		};
	}

	private static void addIfPresent(List<Figure> figures, Figure figure) {
		if (figure != null) {
			figures.add(figure);
		}
	}

	private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		return (value != null) ? value.stripTrailingZeros() : null;
	}

	private record Subject(String code, String name, Branch branch) {
	}

}
