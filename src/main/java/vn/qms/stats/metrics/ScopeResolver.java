package vn.qms.stats.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.qms.stats.reference.ReferenceUnits;
import vn.qms.stats.reference.Restatement;
import vn.qms.stats.reference.Succession;
import vn.qms.stats.reference.Unit;
import vn.qms.stats.reference.UnitKind;

/**
 * Which units a scope covers: the nation covers the ministries and provinces of the
 * period; a ministry or province covers itself (its agencies, districts and communes come
 * with its own submissions). Restated, every historical unit is shown under its successor
 * of today, except a split unit, which stays itself with a note.
 */
@Component
class ScopeResolver {

	private final ReferenceUnits units;

	private final Succession succession;

	ScopeResolver(ReferenceUnits units, Succession succession) {
		this.units = units;
		this.succession = succession;
	}

	ScopeMap resolve(FigureScope scope) {
		LocalDate target = scope.restated() ? today(scope) : scope.periodEnd();
		Optional<Unit> self = scope.restated() ? this.units.find(scope.unitCode(), target, target)
				: this.units.find(scope.unitCode(), scope.periodStart(), scope.periodEnd());
		boolean nation = self.map(Unit::kind).orElse(null) == UnitKind.NATION;
		List<CoveredUnit> covered = new ArrayList<>();
		List<DataQualityNote> notes = new ArrayList<>();
		for (Unit unit : candidates(scope, self, nation)) {
			Unit grain = scope.restated() ? grain(scope, unit, target, self, notes) : unit;
			if (nation || self.map((s) -> s.code().equals(grain.code())).orElse(false)) {
				covered.add(new CoveredUnit(unit.code(), grain.code(), grain.nameVi(), branch(grain.kind()),
						scope.periodCode(), unit.validOn(scope.periodEnd())));
			}
		}
		// a unit that is no more today (a split ministry, restated) is still named as it
		// was
		Optional<Unit> named = self.or(() -> this.units.find(scope.unitCode(), scope.periodStart(), scope.periodEnd()));
		if (covered.isEmpty()) {
			covered.add(new CoveredUnit(scope.unitCode(), scope.unitCode(), name(named, scope),
					branch(named.map(Unit::kind).orElse(null)), scope.periodCode(), true));
		}
		boolean both = nation || covered.stream().map(CoveredUnit::branch).distinct().count() > 1;
		return new ScopeMap(name(named, scope), covered, !nation, both, notes);
	}

	/**
	 * The ministries and provinces of the period, one per code (the one the code names in
	 * the period), or the unit itself.
	 */
	private List<Unit> candidates(FigureScope scope, Optional<Unit> self, boolean nation) {
		if (!nation && !scope.restated()) {
			return self.map(List::of).orElse(List.of());
		}
		return Stream.of(UnitKind.MINISTRY, UnitKind.PROVINCE)
			.flatMap((kind) -> this.units.existing(kind, scope.periodStart(), scope.periodEnd()).stream())
			.filter((unit) -> this.units.find(unit.code(), scope.periodStart(), scope.periodEnd())
				.map(unit::equals)
				.orElse(false))
			.toList();
	}

	/** Today's unit a historical unit went into; the unit itself if it was split. */
	private Unit grain(FigureScope scope, Unit unit, LocalDate target, Optional<Unit> self,
			List<DataQualityNote> notes) {
		LocalDate last = (unit.validTo() != null && unit.validTo().isBefore(scope.periodEnd())) ? unit.validTo()
				: scope.periodEnd();
		Optional<Restatement> restatement = this.succession.restate(unit.code(), last, target);
		List<Unit> into = restatement.map(Restatement::units).orElse(List.of());
		if (restatement.map(Restatement::split).orElse(false)) {
			boolean concerns = self.map((s) -> s.kind() == UnitKind.NATION || into.contains(s)).orElse(false);
			if (concerns) {
				String successors = String.join(", ", into.stream().map(Unit::code).toList());
				notes.add(DataQualityNote.about(DataQualityKind.SPLIT_NOT_RESTATED, unit.code(), scope.periodCode(),
						successors));
			}
			return unit;
		}
		return (into.size() == 1) ? into.get(0) : unit;
	}

	private static LocalDate today(FigureScope scope) {
		LocalDate now = LocalDate.now();
		return now.isBefore(scope.periodEnd()) ? scope.periodEnd() : now;
	}

	private static String name(Optional<Unit> self, FigureScope scope) {
		return self.map(Unit::nameVi).orElse(scope.unitCode());
	}

	static String branch(UnitKind kind) {
		if (kind == UnitKind.MINISTRY) {
			return "ministries";
		}
		return (kind == UnitKind.PROVINCE) ? "provinces" : "other";
	}

}
