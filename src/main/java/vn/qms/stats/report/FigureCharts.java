package vn.qms.stats.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.stereotype.Component;

import vn.qms.stats.metrics.Figure;
import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.metrics.FigureService;
import vn.qms.stats.metrics.TrendPoint;
import vn.qms.stats.reference.Period;

/**
 * The figures' names and the trend chart of the reports, for other readers of the figures
 * (the web console's figures page draws the same chart as the quarterly report).
 */
@Component
public class FigureCharts {

	private final FigureService figures;

	public FigureCharts(FigureService figures) {
		this.figures = figures;
	}

	/** A figure's name as the reports print it, or its id if it has none. */
	public static String name(String id, Locale locale) {
		ResourceBundle bundle = ReportMessages.bundle(ReportMessages.reportLocale(locale));
		try {
			return bundle.getString("figure." + id);
		}
		catch (MissingResourceException ex) {
			return id;
		}
	}

	/** The quarterly report's trend chart (PNG) of the periods up to the scope's. */
	public byte[] trend(FigureScope scope, Locale locale) {
		ReportText text = new ReportText(locale);
		List<TrendPoint> points = this.figures.trend(scope, QuarterlyReports.TREND_PERIODS);
		List<String> periods = points.stream()
			.map((point) -> Period.parse(point.period()).map(QuarterlyReports::shortLabel).orElse(point.period()))
			.toList();
		List<ReportCharts.Series> series = new ArrayList<>();
		for (String id : QuarterlyRows.TREND_FIGURES) {
			List<BigDecimal> values = points.stream()
				.map((point) -> FigureLookup.find(point.figures(), id).map(Figure::value).orElse(null))
				.toList();
			series.add(new ReportCharts.Series(text.get("chart." + id), values));
		}
		return ReportCharts.lines(text.get("quarterly.chart.trend"), periods, series, text.locale());
	}

}
