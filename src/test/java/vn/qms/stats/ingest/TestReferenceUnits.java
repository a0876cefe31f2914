package vn.qms.stats.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.qms.stats.ingest.samples.SampleUnits;
import vn.qms.stats.reference.ReferenceUnits;
import vn.qms.stats.reference.Unit;
import vn.qms.stats.reference.UnitKind;
import vn.qms.stats.system.text.VietnameseText;

/**
 * A small in-test stand-in for the shipped reference units: the nation, the 22 ministries
 * until 28 February 2025, the 63 provinces until 30 June 2025, and An Giang as {@code 91}
 * from 1 July 2025.
 */
public final class TestReferenceUnits implements ReferenceUnits {

	private static final LocalDate START = LocalDate.of(2000, 1, 1);

	private final List<Unit> units = new ArrayList<>();

	public TestReferenceUnits() {
		this.units.add(new Unit("VN", START, null, UnitKind.NATION, "Việt Nam", "Viet Nam", null, List.of()));
		SampleUnits.MINISTRIES.forEach((ministry) -> this.units.add(new Unit(ministry.code(), START,
				LocalDate.of(2025, 2, 28), UnitKind.MINISTRY, ministry.name(), ministry.name(), "VN", List.of())));
		SampleUnits.PROVINCES.forEach((province) -> this.units.add(new Unit(province.code(), START,
				LocalDate.of(2025, 6, 30), UnitKind.PROVINCE, province.name(), province.name(), "VN", List.of())));
		this.units.add(new Unit("91", LocalDate.of(2025, 7, 1), null, UnitKind.PROVINCE, "An Giang", "An Giang", "VN",
				List.of()));
	}

	@Override
	public Optional<Unit> find(String code, LocalDate from, LocalDate to) {
		return this.units.stream()
			.filter((unit) -> unit.code().equals(code) && unit.overlaps(from, to))
			.max(Comparator.comparing(Unit::validFrom));
	}

	@Override
	public List<Unit> findByName(String name, LocalDate from, LocalDate to) {
		String folded = VietnameseText.fold(name);
		return this.units.stream()
			.filter((unit) -> VietnameseText.fold(unit.nameVi()).equals(folded) && unit.overlaps(from, to))
			.toList();
	}

	@Override
	public List<Unit> existing(UnitKind kind, LocalDate from, LocalDate to) {
		return this.units.stream().filter((unit) -> unit.kind() == kind && unit.overlaps(from, to)).toList();
	}

	@Override
	public List<Unit> all() {
		return List.copyOf(this.units);
	}

}
