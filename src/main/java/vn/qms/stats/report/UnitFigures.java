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
 */
public record UnitFigures(String unitCode, String unitName, List<Figure> figures) {

	public UnitFigures {
		figures = List.copyOf(figures);
	}

}
