package vn.qms.stats.report;

import java.util.List;

import vn.qms.stats.metrics.Figure;

/**
 * The figures of one period: one point of a trend chart, one row of a per-period table.
 *
 * @param periodCode the canonical period code
 * @param periodLabel the period as printed on the axis ({@code Q3/2026}, {@code 2020})
 * @param figures the figures of the period (branch ALL unless said)
 */
public record PeriodFigures(String periodCode, String periodLabel, List<Figure> figures) {

	public PeriodFigures {
		figures = List.copyOf(figures);
	}

}
