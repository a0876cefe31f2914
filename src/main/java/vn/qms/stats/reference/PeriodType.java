package vn.qms.stats.reference;

/**
 * The length of a reporting period.
 */
public enum PeriodType {

	YEAR(12), HALF_YEAR(6), QUARTER(3);

	private final int months;

	PeriodType(int months) {
		this.months = months;
	}

	/** Months in one period of this type. */
	public int months() {
		return this.months;
	}

	/** Periods of this type in a year. */
	public int perYear() {
		return 12 / this.months;
	}

}
