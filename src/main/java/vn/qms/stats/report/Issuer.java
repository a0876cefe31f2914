package vn.qms.stats.report;

import java.util.Optional;

import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.reference.ReferenceUnits;
import vn.qms.stats.reference.Unit;
import vn.qms.stats.reference.UnitKind;

/**
 * Who issues a report and where it is signed: a province's people's committee in the
 * province, a ministry in Hà Nội, and the nation's figures by the Ministry of Science and
 * Technology.
 *
 * @param name the issuing body as printed in the top-left block
 * @param place the place on the date line
 */
record Issuer(String name, String place) {

	private static final String CITY = "Thành phố ";

	static Issuer of(ReferenceUnits units, FigureScope scope) {
		Optional<Unit> unit = units.find(scope.unitCode(), scope.periodStart(), scope.periodEnd());
		UnitKind kind = unit.map(Unit::kind).orElse(UnitKind.NATION);
		if (kind == UnitKind.NATION) {
			String compiler = units.find(ReviewReports.COMPILER, scope.periodStart(), scope.periodEnd())
				.map(Unit::nameVi)
				.orElse(scope.unitCode());
			return new Issuer(compiler, ReviewModel.DEFAULT_PLACE);
		}
		String name = unit.get().nameVi();
		if (kind != UnitKind.PROVINCE) {
			return new Issuer(name, ReviewModel.DEFAULT_PLACE);
		}
		boolean city = name.startsWith(CITY);
		String place = city ? name.substring(CITY.length()) : name;
		return new Issuer(city ? "UBND " + name : "UBND tỉnh " + name, place);
	}

}
