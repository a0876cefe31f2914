package vn.qms.stats.reference.calendar;

/**
 * Why a day of {@code holidays.csv} differs from the Monday–Friday week.
 */
public enum DayKind {

	/** A public holiday (Labour Code art. 112); off even on a weekday. */
	HOLIDAY,
	/** Nghỉ bù: a holiday fell on a weekend, so the next working day is off. */
	COMPENSATORY,
	/** Nghỉ hoán đổi: a working day given off, worked on another (weekend) day. */
	SWAPPED_OFF,
	/** Làm bù: a Saturday or Sunday worked in exchange for a swapped day off. */
	SWAPPED_WORK;

	boolean off() {
		return this != SWAPPED_WORK;
	}

}
