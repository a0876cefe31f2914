package vn.qms.stats.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;

import vn.qms.stats.metrics.FigureQueries.Definition;
import vn.qms.stats.metrics.FigureQueries.PerProcedure;
import vn.qms.stats.metrics.ScopeSql.FigureRow;
import vn.qms.stats.metrics.ScopeSql.Grouping;
import vn.qms.stats.reference.Period;

/**
 * Computes the figures of {@code docs/figures.md} in the database, one set-based query
 * per figure, for a scope (unit, period, restated or not, carried forward or not).
 */
@Service
public class FigureService {

	/** The rates a trend follows. */
	public static final List<String> TREND_FIGURES = List.of("reporting_rate", "units_compliant_rate",
			"mandatory_announced_rate", "encouraged_announced_rate", "commune_announced_rate", "tthc_coverage_rate",
			"on_time_rate");

	private final ScopeSql sql;

	private final Scopes scopes;

	private final ChildScopes children;

	FigureService(ScopeSql sql, Scopes scopes, ChildScopes children) {
		this.sql = sql;
		this.scopes = scopes;
		this.children = children;
	}

	/**
	 * The unit's figures, in the order of {@code docs/figures.md}: branch {@code all},
	 * plus {@code ministries} and {@code provinces} for a unit with both under it; then
	 * the per-procedure figures (unit {@code AGENCY/PROCEDURE}).
	 */
	public List<Figure> figures(FigureScope scope) {
		List<Figure> figures = new ArrayList<>();
		figures(scope, figures::add);
		return figures;
	}

	/**
	 * The same, each handed over as it is computed, for writing out as they come: a
	 * province's dossier logs have hundreds of thousands of procedures at agencies, the
	 * nation's tens of millions.
	 */
	public void figures(FigureScope scope, Consumer<Figure> each) {
		ScopeMap map = this.scopes.map(scope);
		this.sql.compute(map, (id) -> {
			figures(scope, map, id, true, each);
			return null;
		});
	}

	/**
	 * {@link #figures(FigureScope, Consumer)}, answering {@link #hasData}: in one
	 * computation of the scope's rows when nothing is carried forward (the scope
	 * {@code hasData} reads), else in two.
	 */
	public boolean figuresIfData(FigureScope scope, Consumer<Figure> each) {
		if (scope.carryForward()) {
			boolean data = hasData(scope);
			figures(scope, each);
			return data;
		}
		ScopeMap map = this.scopes.map(scope);
		return this.sql.compute(map, (id) -> {
			boolean data = reported(scope, id);
			figures(scope, map, id, true, each);
			return data;
		});
	}

	/**
	 * The unit's own figures, as {@link #figures} gives them but without the
	 * per-procedure ones: what the reports show.
	 */
	public List<Figure> unitFigures(FigureScope scope) {
		ScopeMap map = this.scopes.map(scope);
		List<Figure> figures = new ArrayList<>();
		this.sql.compute(map, (id) -> {
			figures(scope, map, id, false, figures::add);
			return null;
		});
		return figures;
	}

	private void figures(FigureScope scope, ScopeMap map, String id, boolean perProcedure, Consumer<Figure> each) {
		branchFigures(FigureQueries.FIGURES, scope, map, id).forEach(each);
		if (!perProcedure) {
			return;
		}
		for (PerProcedure query : FigureQueries.PER_PROCEDURE) {
			Map<String, Definition> definitions = new LinkedHashMap<>();
			query.figures().forEach((definition) -> definitions.put(definition.id(), definition));
			this.sql.perProcedure(query, scope, id, (figure, row) -> each.accept(figure(definitions.get(figure), row,
					Branch.ALL, row.grp(), (row.name() != null) ? row.name() : row.grp(), scope)));
		}
	}

	/**
	 * The figures of each unit under the unit, by unit code: for the nation each ministry
	 * and province (every expected one, missing ones with "not applicable" figures); for
	 * a ministry or province the rows of its own summary (its districts) or itself.
	 */
	public Map<String, List<Figure>> figuresByUnit(FigureScope scope) {
		ScopeMap map = this.scopes.map(scope);
		return this.sql.compute(map, (id) -> {
			Grouping grouping = ChildScopes.grouping(map);
			Map<String, String> names = new LinkedHashMap<>();
			if (grouping == Grouping.UNIT) {
				map.units().forEach((unit) -> names.putIfAbsent(unit.grain(), unit.grainName()));
			}
			else {
				this.sql.query("sub_units", scope, id, grouping, (rs, i) -> names.put(rs.getString("grp"),
						(rs.getString("name") != null) ? rs.getString("name") : map.unitName()));
			}
			Map<String, String> sorted = new LinkedHashMap<>();
			names.keySet().stream().sorted().forEach((code) -> sorted.put(code, names.get(code)));
			return figuresByUnit(scope, map, id, sorted);
		});
	}

	/**
	 * The units directly under the scope's unit, as of its period (today's units when
	 * restating), each with the scope to ask for its own figures: what a drill-down
	 * lists. See {@link ChildScope}.
	 */
	public List<ChildScope> children(FigureScope scope) {
		ScopeMap map = this.scopes.map(scope);
		return this.sql.compute(map, (id) -> this.children.of(scope, map, id));
	}

	/**
	 * The figures of each of {@link #children}, child by child, each set as
	 * {@link #unitFigures} gives it for the child (branch {@code all}, no per-procedure
	 * figures), computed together in one pass over the scope; returns the children.
	 */
	public List<ChildScope> childFigures(FigureScope scope, Consumer<Figure> each) {
		ScopeMap map = this.scopes.map(scope);
		return this.sql.compute(map, (id) -> {
			List<ChildScope> children = this.children.of(scope, map, id);
			Map<String, String> names = new LinkedHashMap<>();
			children.forEach((child) -> names.put(child.unitCode(), child.unitName()));
			figuresByUnit(scope, map, id, names).values().forEach((figures) -> figures.forEach(each));
			return children;
		});
	}

	private Map<String, List<Figure>> figuresByUnit(FigureScope scope, ScopeMap map, String id,
			Map<String, String> names) {
		Grouping grouping = ChildScopes.grouping(map);
		Map<String, List<Figure>> byUnit = new LinkedHashMap<>();
		names.keySet().forEach((code) -> byUnit.put(code, new ArrayList<>()));
		Map<String, Map<String, FigureRow>> all = this.sql.figures(ids(FigureQueries.FIGURES), scope, id, grouping);
		for (Definition definition : FigureQueries.FIGURES) {
			Map<String, FigureRow> rows = all.get(definition.id());
			Map<String, Map<String, BigDecimal>> parts = "process_total".equals(definition.id())
					? processParts(scope, id, grouping) : Map.of();
			byUnit.forEach((code, figures) -> figures
				.add(withMarks(figureOrEmpty(definition, rows.get(code), Branch.ALL, code, names.get(code), scope),
						map.units().stream().filter((unit) -> unit.grain().equals(code)).toList(), scope)
					.withParts(parts.getOrDefault(code, Map.of()))));
		}
		return byUnit;
	}

	/**
	 * The main rates ({@link #TREND_FIGURES}, branch {@code all}) over the last
	 * {@code count} periods of the same type, ending with the scope's period, oldest
	 * first. A period for which no unit the scope covers has a submission (and nothing is
	 * carried forward) has no figures: "no data", never a rate of 0.
	 */
	public List<TrendPoint> trend(FigureScope scope, int count) {
		List<Period> periods = new ArrayList<>();
		Period period = scope.period();
		for (int i = 0; i < count; i++) {
			periods.add(0, period);
			period = period.previous();
		}
		List<TrendPoint> points = new ArrayList<>();
		for (Period each : periods) {
			FigureScope shifted = scope.withPeriod(each);
			if (!scope.carryForward() && !hasData(shifted)) {
				points.add(new TrendPoint(each.code(), List.of()));
				continue;
			}
			ScopeMap map = this.scopes.map(shifted);
			List<Definition> definitions = FigureQueries.FIGURES.stream()
				.filter((definition) -> TREND_FIGURES.contains(definition.id()))
				.toList();
			List<Figure> figures = this.sql.compute(map,
					(id) -> branchFigures(definitions, shifted, map, id).stream()
						.filter((figure) -> figure.branch() == Branch.ALL)
						.toList());
			points.add(new TrendPoint(each.code(), figures));
		}
		return points;
	}

	/** Whether any unit the scope covers has a current submission for the period. */
	public boolean hasData(FigureScope scope) {
		ScopeMap map = this.scopes.map(new FigureScope(scope.unitCode(), scope.periodCode(), scope.periodStart(),
				scope.periodEnd(), scope.restated(), false));
		return this.sql.compute(map, (id) -> reported(scope, id));
	}

	private boolean reported(FigureScope scope, String id) {
		return !this.sql.query("reported_units", scope, id, Grouping.BRANCH, (rs, i) -> rs.getString(1)).isEmpty();
	}

	/**
	 * The figures, in the order given, each for branch {@code all} and, for a unit with
	 * both under it, {@code ministries} and {@code provinces}.
	 */
	private List<Figure> branchFigures(List<Definition> definitions, FigureScope scope, ScopeMap map, String id) {
		Map<String, Map<String, FigureRow>> all = this.sql.figures(ids(definitions), scope, id, Grouping.BRANCH);
		List<Figure> figures = new ArrayList<>();
		for (Definition definition : definitions) {
			figures.addAll(branchFigures(definition, all.get(definition.id()), scope, map, id));
		}
		return figures;
	}

	private List<Figure> branchFigures(Definition definition, Map<String, FigureRow> rows, FigureScope scope,
			ScopeMap map, String id) {
		Map<String, Map<String, BigDecimal>> parts = "process_total".equals(definition.id())
				? processParts(scope, id, Grouping.BRANCH) : Map.of();
		List<Figure> figures = new ArrayList<>();
		for (Branch branch : map.bothBranches() ? Branch.values() : new Branch[] { Branch.ALL }) {
			Figure figure = figureOrEmpty(definition, rows.get(branch.code()), branch, scope.unitCode(), map.unitName(),
					scope);
			figure = withMarks(figure,
					map.units()
						.stream()
						.filter((unit) -> branch == Branch.ALL || unit.branch().equals(branch.code()))
						.toList(),
					scope);
			figures.add(figure.withParts(parts.getOrDefault(branch.code(), Map.of())));
		}
		return figures;
	}

	private static List<String> ids(List<Definition> definitions) {
		return definitions.stream().map(Definition::id).toList();
	}

	/** The procedure and support processes of process_total, where BM01 gives them. */
	private Map<String, Map<String, BigDecimal>> processParts(FigureScope scope, String id, Grouping grouping) {
		Map<String, Map<String, BigDecimal>> parts = new LinkedHashMap<>();
		this.sql.query("process_parts", scope, id, grouping, (rs, i) -> {
			Map<String, BigDecimal> row = new LinkedHashMap<>();
			BigDecimal procedure = ScopeSql.decimal(rs, "procedure_processes");
			BigDecimal support = ScopeSql.decimal(rs, "support_processes");
			if (procedure != null || support != null) {
				row.put("procedure", (procedure != null) ? procedure : BigDecimal.ZERO);
				row.put("support", (support != null) ? support : BigDecimal.ZERO);
			}
			return parts.put(rs.getString("grp"), row);
		});
		return parts;
	}

	private static Figure withMarks(Figure figure, List<CoveredUnit> units, FigureScope scope) {
		List<CarriedForward> carried = units.stream()
			.filter((unit) -> !unit.period().equals(scope.periodCode()))
			.map((unit) -> new CarriedForward(unit.dataCode(), unit.period()))
			.toList();
		return carried.isEmpty() ? figure : figure.withCarriedFrom(carried);
	}

	private static Figure figureOrEmpty(Definition definition, FigureRow row, Branch branch, String code, String name,
			FigureScope scope) {
		if (row != null) {
			return figure(definition, row, branch, code, name, scope);
		}
		// a rate over nothing is 0/0, "not applicable"; a count over nothing is empty
		BigDecimal zero = (definition.kind() == FigureKind.RATE) ? BigDecimal.ZERO : null;
		return new Figure(definition.id(), branch, code, name, scope.periodCode(), zero, zero, null, definition.kind(),
				Map.of(), List.of());
	}

	private static Figure figure(Definition definition, FigureRow row, Branch branch, String code, String name,
			FigureScope scope) {
		BigDecimal value = (definition.kind() == FigureKind.RATE) ? row.ratio() : row.numerator();
		return new Figure(definition.id(), branch, code, name, scope.periodCode(), row.numerator(), row.denominator(),
				value, definition.kind(), Map.of(), List.of());
	}

}
