package vn.qms.stats.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.qms.stats.metrics.Figure;
import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.metrics.FigureService;
import vn.qms.stats.metrics.TrendPoint;
import vn.qms.stats.reference.Period;
import vn.qms.stats.reference.ReferenceUnits;
import vn.qms.stats.reference.Unit;
import vn.qms.stats.report.QuarterlyModel.ProcessingTimes;

/**
 * The quarterly report of a province or ministry ({@code quarterly}): the figures from
 * {@link FigureService}, the lists from the unit's own rows ({@link QuarterlyQueries}),
 * handed to the renderer.
 */
@Service
public class QuarterlyReports {

	/** Periods on the trend chart. */
	static final int TREND_PERIODS = 8;

	/** Procedures listed with the largest cuts. */
	static final int LARGEST_CUTS = 10;

	private final FigureService figures;

	private final QuarterlyQueries queries;

	private final ReferenceUnits units;

	private final QuarterlyReportRenderer renderer;

	public QuarterlyReports(FigureService figures, QuarterlyQueries queries, ReferenceUnits units,
			QuarterlyReportRenderer renderer) {
		this.figures = figures;
		this.queries = queries;
		this.units = units;
		this.renderer = renderer;
	}

	public List<Path> render(FigureScope scope, Locale locale, Set<ReportFormat> formats, Path outDir)
			throws IOException {
		return this.renderer.render(model(scope, locale), locale, formats, outDir);
	}

	QuarterlyModel model(FigureScope scope, Locale locale) {
		Period period = scope.period();
		List<Figure> all = this.figures.figures(scope);
		List<Figure> key = all.stream().filter((figure) -> QuarterlyRows.KEY_FIGURES.contains(figure.id())).toList();
		ProcessingTimes processing = new ProcessingTimes(
				this.queries.largestCuts(scope.unitCode(), scope.periodCode(), LARGEST_CUTS),
				all.stream().filter((figure) -> QuarterlyDetails.PROCESSING_FIGURES.contains(figure.id())).toList());
		List<PeriodFigures> trend = this.figures.trend(scope, TREND_PERIODS)
			.stream()
			.map((point) -> trendPoint(point, locale))
			.toList();
		String name = this.units.find(scope.unitCode(), scope.periodStart(), scope.periodEnd())
			.map(Unit::nameVi)
			.orElse(scope.unitCode());
		String marker = scope.restated()
				? ReportMessages.bundle(ReportMessages.reportLocale(locale)).getString("review.marker.restated") : null;
		// null quality: the data-quality checks are not available to reports yet
		return new QuarterlyModel(scope.unitCode(), name, scope.periodCode(), period.label(locale), null,
				LocalDate.now(), key, this.queries.byAgencyType(scope.unitCode(), scope.periodCode()),
				this.queries.attention(scope.unitCode(), scope.periodCode(), period.previous().code()), processing,
				trend, null, marker);
	}

	private static PeriodFigures trendPoint(TrendPoint point, Locale locale) {
		String label = Period.parse(point.period()).map(QuarterlyReports::shortLabel).orElse(point.period());
		return new PeriodFigures(point.period(), label, point.figures());
	}

	/** {@code Q3/2026} on a chart axis, the year alone for a year. */
	static String shortLabel(Period period) {
		return switch (period.type()) {
			case YEAR -> Integer.toString(period.year());
			case HALF_YEAR -> "H" + period.index() + "/" + period.year();
			case QUARTER -> "Q" + period.index() + "/" + period.year();
		};
	}

}
