package vn.qms.stats.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.reference.ReferenceUnits;
import vn.qms.stats.reference.Unit;
import vn.qms.stats.reference.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;

class IssuerTests {

	private static final LocalDate FROM = LocalDate.of(2026, 7, 1);

	private static final LocalDate TO = LocalDate.of(2026, 9, 30);

	private final ReferenceUnits units = new ReferenceUnits() {

		private final List<Unit> all = List.of(unit("VN", UnitKind.NATION, "Việt Nam"),
				unit("BKHCN", UnitKind.MINISTRY, "Bộ Khoa học và Công nghệ"), unit("91", UnitKind.PROVINCE, "An Giang"),
				unit("01", UnitKind.PROVINCE, "Thành phố Hà Nội"));

		@Override
		public Optional<Unit> find(String code, LocalDate from, LocalDate to) {
			return this.all.stream().filter((unit) -> unit.code().equals(code)).findFirst();
		}

		@Override
		public List<Unit> findByName(String name, LocalDate from, LocalDate to) {
			return List.of();
		}

		@Override
		public List<Unit> existing(UnitKind kind, LocalDate from, LocalDate to) {
			return List.of();
		}

		@Override
		public List<Unit> all() {
			return this.all;
		}

	};

	@Test
	void shouldHaveAProvinceReportIssuedByItsPeoplesCommitteeAndSignedInTheProvince() {
		assertThat(Issuer.of(this.units, scope("91"))).isEqualTo(new Issuer("UBND tỉnh An Giang", "An Giang"));
		assertThat(Issuer.of(this.units, scope("01"))).isEqualTo(new Issuer("UBND Thành phố Hà Nội", "Hà Nội"));
	}

	@Test
	void shouldHaveTheNationalFiguresIssuedByTheMinistryOfScienceInHanoi() {
		assertThat(Issuer.of(this.units, scope("VN"))).isEqualTo(new Issuer("Bộ Khoa học và Công nghệ", "Hà Nội"));
		assertThat(Issuer.of(this.units, scope("BKHCN"))).isEqualTo(new Issuer("Bộ Khoa học và Công nghệ", "Hà Nội"));
	}

	private static FigureScope scope(String unit) {
		return new FigureScope(unit, "2026-Q3", FROM, TO);
	}

	private static Unit unit(String code, UnitKind kind, String name) {
		return new Unit(code, LocalDate.of(2008, 8, 1), null, kind, name, name, "VN", List.of());
	}

}
