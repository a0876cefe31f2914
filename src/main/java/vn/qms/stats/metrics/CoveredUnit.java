package vn.qms.stats.metrics;

/**
 * One unit a scope covers, as the figure queries see it (a row of
 * {@code figure_scope_unit}).
 *
 * @param dataCode the unit's code as its submissions and BM02 rows name it in
 * {@code period}
 * @param grain the unit its counts are shown under: itself, or today's successor when
 * restating
 * @param grainName the grain's Vietnamese name
 * @param branch {@code ministries}, {@code provinces} or {@code other}
 * @param period the period its data is taken from: the scope's, or an earlier one when
 * carried forward
 * @param expected whether it had to report for the period (it existed at the period end)
 */
record CoveredUnit(String dataCode, String grain, String grainName, String branch, String period, boolean expected) {

	CoveredUnit carriedFrom(String earlier) {
		return new CoveredUnit(this.dataCode, this.grain, this.grainName, this.branch, earlier, this.expected);
	}

}
