package vn.qms.stats.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.qms.stats.reference.Period;
import vn.qms.stats.reference.ReferenceUnits;
import vn.qms.stats.reference.Unit;

/**
 * The covered units of a scope; when carrying forward was asked for, each expected unit
 * without data takes the latest earlier period of the same type in which the same unit
 * (code and validity) had data, and says so.
 */
@Component
class Scopes {

	private static final String PERIODS_WITH_DATA = """
			select reporting_unit as unit_code, period from submission_current where reporting_unit in (:codes)
			union
			select b.unit_code, c.period
			from submission_current c join bm02_row b on b.submission_id = c.submission_id
			where c.form = 'BM02' and b.unit_code in (:codes)""";

	private final ScopeResolver resolver;

	private final ScopeSql sql;

	private final NamedParameterJdbcTemplate jdbc;

	private final ReferenceUnits units;

	Scopes(ScopeResolver resolver, ScopeSql sql, NamedParameterJdbcTemplate jdbc, ReferenceUnits units) {
		this.resolver = resolver;
		this.sql = sql;
		this.jdbc = jdbc;
		this.units = units;
	}

	ScopeMap map(FigureScope scope) {
		ScopeMap map = this.resolver.resolve(scope);
		return scope.carryForward() ? carryForward(scope, map) : map;
	}

	private ScopeMap carryForward(FigureScope scope, ScopeMap map) {
		Set<String> reported = new HashSet<>(this.sql.compute(map, (id) -> this.sql.query("reported_units", scope, id,
				ScopeSql.Grouping.BRANCH, (rs, i) -> rs.getString(1))));
		Set<String> missing = map.units()
			.stream()
			.filter((unit) -> unit.expected() && !reported.contains(unit.dataCode()))
			.map(CoveredUnit::dataCode)
			.collect(Collectors.toSet());
		if (missing.isEmpty()) {
			return map;
		}
		Map<String, List<Period>> periods = periodsWithData(missing);
		List<CoveredUnit> units = new ArrayList<>();
		List<DataQualityNote> notes = new ArrayList<>();
		for (CoveredUnit unit : map.units()) {
			Optional<Period> earlier = missing.contains(unit.dataCode())
					? latestEarlier(scope, unit.dataCode(), periods.getOrDefault(unit.dataCode(), List.of()))
					: Optional.empty();
			units.add(earlier.map((period) -> unit.carriedFrom(period.code())).orElse(unit));
			earlier.ifPresent((period) -> notes.add(DataQualityNote.about(DataQualityKind.CARRIED_FORWARD,
					unit.dataCode(), scope.periodCode(), period.code())));
		}
		return map.withUnits(units, notes);
	}

	private Map<String, List<Period>> periodsWithData(Set<String> codes) {
		return this.jdbc
			.query(PERIODS_WITH_DATA, new MapSqlParameterSource("codes", codes),
					(rs, i) -> Map.entry(rs.getString("unit_code"), rs.getString("period")))
			.stream()
			.filter((entry) -> Period.parse(entry.getValue()).isPresent())
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping((entry) -> Period.parse(entry.getValue()).get(), Collectors.toList())));
	}

	/**
	 * The latest earlier period of the same type in which the code named the same unit.
	 */
	private Optional<Period> latestEarlier(FigureScope scope, String code, List<Period> candidates) {
		Period period = scope.period();
		Optional<Unit> unit = this.units.find(code, scope.periodStart(), scope.periodEnd());
		return candidates.stream()
			.filter((candidate) -> candidate.type() == period.type() && candidate.compareTo(period) < 0)
			.filter((candidate) -> Objects.equals(unit, sameUnit(scope, code, candidate)))
			.max(Comparator.naturalOrder());
	}

	private Optional<Unit> sameUnit(FigureScope scope, String code, Period candidate) {
		FigureScope earlier = scope.withPeriod(candidate);
		LocalDate start = earlier.periodStart();
		return this.units.find(code, start, earlier.periodEnd());
	}

}
