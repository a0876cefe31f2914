package vn.qms.stats.metrics;

import java.math.BigDecimal;

/**
 * One figure of {@code spec/metrics.md} for one unit, period and branch.
 *
 * @param id figure id ({@code mandatory_announced_rate}, ...)
 * @param branch all, ministries or provinces
 * @param unitCode the unit ({@code AGENCY/PROCEDURE} for per-procedure figures)
 * @param unitName its Vietnamese name
 * @param period canonical period code ({@code 2020}, {@code 2020-H1}, {@code 2026-Q3})
 * @param numerator the numerator (for a count: the count)
 * @param denominator the denominator, or null for a count
 * @param value the exact ratio for a rate (null when the denominator is 0), the count for
 * a count
 */
public record Figure(String id, Branch branch, String unitCode, String unitName, String period, BigDecimal numerator,
		BigDecimal denominator, BigDecimal value) {

	public boolean isRate() {
		return this.denominator != null;
	}

	public boolean notApplicable() {
		return this.value == null;
	}

}
