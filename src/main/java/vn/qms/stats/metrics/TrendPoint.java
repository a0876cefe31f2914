package vn.qms.stats.metrics;

import java.util.List;

/**
 * The main rates of one period of a trend.
 *
 * @param period canonical period code
 * @param figures the rates of {@link FigureService#TREND_FIGURES}, branch {@code all}, in
 * that order; none for a period without data
 */
public record TrendPoint(String period, List<Figure> figures) {

	public TrendPoint {
		figures = List.copyOf(figures);
	}

	/** Whether the period has data at all. */
	public boolean hasData() {
		return !this.figures.isEmpty();
	}

}
