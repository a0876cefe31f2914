package vn.qms.stats.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.qms.stats.metrics.ScopeSql.Grouping;

/**
 * The units directly under a scope's unit in the unit tree the product holds: under the
 * nation, the ministries and provinces of the period (or, restated, the units of today
 * they went into), named as the period knew them; under a ministry or province, the rows
 * of its own BM02 about other units (its districts), which no reference data holds.
 */
@Component
class ChildScopes {

	private static final List<String> BRANCH_ORDER = List.of("ministries", "provinces", "other");

	private final ScopeSql sql;

	ChildScopes(ScopeSql sql) {
		this.sql = sql;
	}

	/** How the figure queries group the rows of the scope into its children. */
	static Grouping grouping(ScopeMap map) {
		return map.leaf() ? Grouping.SUB_UNIT : Grouping.UNIT;
	}

	/**
	 * The children of the scope whose rows are written under {@code scopeId}: ministries
	 * first, then provinces, each in code order; a district in its summary's order of
	 * codes.
	 */
	List<ChildScope> of(FigureScope scope, ScopeMap map, String scopeId) {
		return map.leaf() ? subUnits(scope, map, scopeId) : grains(scope, map);
	}

	private static List<ChildScope> grains(FigureScope scope, ScopeMap map) {
		Map<String, ChildScope> children = new LinkedHashMap<>();
		for (CoveredUnit unit : map.units()) {
			children.putIfAbsent(unit.grain(),
					new ChildScope(scope.withUnit(unit.grain()), unit.grainName(), unit.branch(), true));
		}
		return children.values()
			.stream()
			.sorted(Comparator.comparing((ChildScope child) -> BRANCH_ORDER.indexOf(child.branch()))
				.thenComparing(ChildScope::unitCode))
			.toList();
	}

	private List<ChildScope> subUnits(FigureScope scope, ScopeMap map, String scopeId) {
		Set<String> itself = map.units()
			.stream()
			.flatMap((unit) -> Stream.of(unit.dataCode(), unit.grain()))
			.collect(Collectors.toSet());
		Map<String, String> names = new LinkedHashMap<>();
		this.sql.query("sub_units", scope, scopeId, Grouping.SUB_UNIT, (rs, i) -> {
			String code = rs.getString("grp");
			String name = rs.getString("name");
			return (code == null || itself.contains(code)) ? null
					: names.putIfAbsent(code, (name != null) ? name : code);
		});
		List<ChildScope> children = new ArrayList<>();
		names.keySet()
			.stream()
			.sorted()
			.forEach((code) -> children.add(new ChildScope(scope.withUnit(code), names.get(code), "other", false)));
		return children;
	}

}
