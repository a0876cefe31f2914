package vn.qms.stats.report;

import java.util.ArrayList;
import java.util.List;

import vn.qms.stats.metrics.Branch;
import vn.qms.stats.metrics.Figure;
import vn.qms.stats.report.DocumentRows.Layout;
import vn.qms.stats.report.ReviewRows.HeadlineLine;

/**
 * The results by year of a review over a range: the national lines of each year as a
 * table, and the trend chart.
 */
final class ReviewYears {

	private ReviewYears() {
	}

	static void add(DocumentRows rows, List<PeriodFigures> years, ReportText text) {
		if (years.size() < 2) {
			return;
		}
		rows.section(text.get("review.section.years"));
		List<ReportCharts.Series> series = new ArrayList<>();
		ReportLine headers = text.line().text(text.get("column.year"));
		for (HeadlineLine line : ReviewRows.HEADLINE) {
			headers.text(text.get(chartKey(line)));
			series.add(new ReportCharts.Series(text.get(chartKey(line)),
					years.stream()
						.map((year) -> figure(year, line))
						.map((f) -> (f != null) ? f.value() : null)
						.toList()));
		}
		rows.table(Layout.SERIES, headers);
		for (PeriodFigures year : years) {
			ReportLine line = text.line().text(year.periodLabel());
			ReviewRows.HEADLINE.forEach((headline) -> line.rateCompact(figure(year, headline)));
			rows.row(line);
		}
		List<String> labels = years.stream().map(PeriodFigures::periodLabel).toList();
		rows.chart(ReportCharts.lines(text.get("review.chart.trend"), labels, series, text.locale()));
	}

	/**
	 * Each unit's mandatory announced rate over the years, a row per unit (ministries,
	 * then provinces).
	 */
	static void addByUnit(DocumentRows rows, List<PeriodFigures> years, List<UnitFigures> units, ReportText text) {
		if (years.size() < 2 || units.isEmpty()) {
			return;
		}
		rows.section(text.get("review.section.byUnit"));
		ReportLine headers = text.line().xlsx(text.get("column.code")).text(text.get("column.name"));
		years.forEach((year) -> headers.text(year.periodLabel()));
		rows.table(Layout.MATRIX, headers);
		for (UnitFigures unit : units) {
			ReportLine line = text.line().xlsx(unit.unitCode()).text(unit.unitName());
			for (PeriodFigures year : years) {
				line.rateCompact(unit.figures()
					.stream()
					.filter((figure) -> year.periodCode().equals(figure.period()))
					.findFirst()
					.orElse(null));
			}
			rows.row(line);
		}
	}

	/** The short label of a national line, for the table header and the legend. */
	private static String chartKey(HeadlineLine line) {
		return (line.branch() == Branch.ALL) ? "chart." + line.figureId() : "chart." + line.key();
	}

	private static Figure figure(PeriodFigures year, HeadlineLine line) {
		return FigureLookup.find(year.figures(), line.figureId(), line.branch()).orElse(null);
	}

}
