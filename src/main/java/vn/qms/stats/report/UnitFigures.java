package vn.qms.stats.report;

import java.util.List;

import vn.qms.stats.metrics.Figure;

/**
 * The figures of one ministry or province: one row of a report table.
 *
 * @param unitCode the unit's code
 * @param unitName its Vietnamese name
 * @param figures its figures ({@code mandatory_announced_rate},
 * {@code tthc_coverage_rate}, ...)
 * @param carriedFrom the period the figures were carried forward from (the unit did not
 * report), or null for its own figures of the period
 */
public record UnitFigures(String unitCode, String unitName, List<Figure> figures, String carriedFrom) {

	public UnitFigures {
		figures = List.copyOf(figures);
	}

	/** The unit's own figures of the period. */
	public UnitFigures(String unitCode, String unitName, List<Figure> figures) {
		this(unitCode, unitName, figures, null);
	}

}
