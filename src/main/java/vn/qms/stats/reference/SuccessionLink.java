package vn.qms.stats.reference;

import java.time.LocalDate;

/**
 * One row of the succession table: the unit (oldCode, oldValidFrom) went into the unit
 * (newCode, newValidFrom) on {@code changedOn}.
 *
 * @param oldCode code of the unit that ended
 * @param oldValidFrom its first day, which with the code names it
 * @param newCode code of the unit it went into
 * @param newValidFrom that unit's first day
 * @param changedOn first day of the new arrangement
 * @param kind merge, rename or split
 */
public record SuccessionLink(String oldCode, LocalDate oldValidFrom, String newCode, LocalDate newValidFrom,
		LocalDate changedOn, SuccessionKind kind) {

	public boolean from(Unit unit) {
		return this.oldCode.equals(unit.code()) && this.oldValidFrom.equals(unit.validFrom());
	}

	public boolean into(Unit unit) {
		return this.newCode.equals(unit.code()) && this.newValidFrom.equals(unit.validFrom());
	}

}
