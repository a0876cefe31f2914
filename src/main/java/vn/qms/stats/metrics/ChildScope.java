package vn.qms.stats.metrics;

/**
 * A unit directly under a scope's unit, as of the scope's period: for the nation each
 * ministry and province (today's units when restating), for a ministry or province each
 * row of its own BM02 summary that is not about itself (its districts).
 *
 * @param scope the same question asked of the child: its code, the parent scope's period,
 * restatement and carrying forward
 * @param unitName its Vietnamese name as of the period (today's name when restating; for
 * a district, the name its province's summary gives)
 * @param branch {@code ministries}, {@code provinces} or {@code other} (a district)
 * @param referenceUnit whether the child is a reference unit, so that
 * {@link FigureService#figures(FigureScope)} of its scope gives its figures and
 * {@link FigureService#children(FigureScope)} its own children; a district is known only
 * as a row of its province's summary
 */
public record ChildScope(FigureScope scope, String unitName, String branch, boolean referenceUnit) {

	public String unitCode() {
		return this.scope.unitCode();
	}

}
