package vn.qms.stats.reference;

import java.time.LocalDate;
import java.util.List;

/**
 * A reference unit, identified by its code and validity: codes were reused in 2025, so
 * the code alone does not name a unit.
 *
 * @param code official or assigned code ({@code VN}, {@code 91}, {@code BKHCN})
 * @param validFrom first day the unit existed under this code
 * @param validTo last day (inclusive), or {@code null} while it still exists
 * @param kind level in the unit tree
 * @param nameVi Vietnamese name
 * @param nameEn English name
 * @param parentCode code of the parent ({@code VN} for ministries and provinces), or null
 * @param aliases other names accepted in spreadsheets (abbreviations, old names)
 */
public record Unit(String code, LocalDate validFrom, LocalDate validTo, UnitKind kind, String nameVi, String nameEn,
		String parentCode, List<String> aliases) {

	public boolean validOn(LocalDate day) {
		return !day.isBefore(this.validFrom) && (this.validTo == null || !day.isAfter(this.validTo));
	}

	public boolean overlaps(LocalDate from, LocalDate to) {
		return !to.isBefore(this.validFrom) && (this.validTo == null || !from.isAfter(this.validTo));
	}

}
