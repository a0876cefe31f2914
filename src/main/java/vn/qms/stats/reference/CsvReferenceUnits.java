package vn.qms.stats.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The reference units of {@code units.csv}, held in memory with indexes by code and by
 * name key ({@link NameKey}), since ingest looks a unit up for every row it reads.
 */
@Component
class CsvReferenceUnits implements ReferenceUnits {

	private static final Comparator<Unit> CODE_ORDER = Comparator.comparing(Unit::code).thenComparing(Unit::validFrom);

	private final List<Unit> units;

	private final Map<String, List<Unit>> byCode = new HashMap<>();

	private final Map<String, Set<Unit>> byName = new HashMap<>();

	@Autowired
	CsvReferenceUnits(ReferenceSource source) {
		this(ReferenceCsv.units(source.units()));
	}

	CsvReferenceUnits(List<Unit> units) {
		this.units = units.stream().sorted(CODE_ORDER).toList();
		for (Unit unit : this.units) {
			this.byCode.computeIfAbsent(unit.code(), (code) -> new ArrayList<>()).add(unit);
			names(unit).map(NameKey::of)
				.filter((key) -> !key.isEmpty())
				.forEach((key) -> this.byName.computeIfAbsent(key, (k) -> new LinkedHashSet<>()).add(unit));
		}
		this.byCode.values().forEach(CsvReferenceUnits::checkNoOverlap);
		this.units.forEach(this::check);
	}

	@Override
	public Optional<Unit> find(String code, LocalDate from, LocalDate to) {
		checkRange(from, to);
		List<Unit> candidates = this.byCode.getOrDefault(ReferenceCsv.code(code), List.of());
		Optional<Unit> validOnTo = candidates.stream().filter((unit) -> unit.validOn(to)).findFirst();
		if (validOnTo.isPresent()) {
			return validOnTo;
		}
		return candidates.stream().filter((unit) -> unit.overlaps(from, to)).max(Comparator.comparing(Unit::validFrom));
	}

	@Override
	public List<Unit> findByName(String name, LocalDate from, LocalDate to) {
		checkRange(from, to);
		return this.byName.getOrDefault(NameKey.of(name), Set.of())
			.stream()
			.filter((unit) -> unit.overlaps(from, to))
			.sorted(CODE_ORDER)
			.toList();
	}

	@Override
	public List<Unit> existing(UnitKind kind, LocalDate from, LocalDate to) {
		checkRange(from, to);
		return this.units.stream().filter((unit) -> unit.kind() == kind && unit.overlaps(from, to)).toList();
	}

	@Override
	public List<Unit> all() {
		return this.units;
	}

	private static Stream<String> names(Unit unit) {
		return Stream.concat(Stream.of(unit.nameVi(), unit.nameEn()), unit.aliases().stream());
	}

	private static void checkRange(LocalDate from, LocalDate to) {
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("Period starts " + from + " after it ends " + to);
		}
	}

	private static void checkNoOverlap(List<Unit> sameCode) {
		for (int i = 1; i < sameCode.size(); i++) {
			Unit before = sameCode.get(i - 1);
			Unit after = sameCode.get(i);
			if (before.validTo() == null || !before.validTo().isBefore(after.validFrom())) {
				throw new IllegalStateException("units.csv: code " + after.code() + " has overlapping validities from "
						+ before.validFrom() + " and " + after.validFrom());
			}
		}
	}

	private void check(Unit unit) {
		if (unit.validTo() != null && unit.validTo().isBefore(unit.validFrom())) {
			throw new IllegalStateException("units.csv: " + unit.code() + " ends before it starts");
		}
		if (unit.parentCode() != null && !this.byCode.containsKey(unit.parentCode())) {
			throw new IllegalStateException(
					"units.csv: " + unit.code() + " has parent " + unit.parentCode() + ", which is not a unit");
		}
	}

}
