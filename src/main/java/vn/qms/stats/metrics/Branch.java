package vn.qms.stats.metrics;

import java.util.Locale;

/**
 * The split of a figure for a unit with both ministries and provinces under it.
 */
public enum Branch {

	ALL, MINISTRIES, PROVINCES;

	/**
	 * The word used in CSV and JSON output: {@code all}, {@code ministries},
	 * {@code provinces}.
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
