package vn.qms.stats.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.qms.stats.metrics.Figure;
import vn.qms.stats.report.DocumentRows.Layout;
import vn.qms.stats.report.QuarterlyModel.AgencyTypeFigures;

/**
 * The quarterly report as rows: key figures, the table by agency type with its bar chart,
 * the needs-attention lists, processing times, the trend over the last periods and the
 * data-quality findings.
 */
final class QuarterlyRows {

	static final String REPORT = "quarterly";

	/** The key figures, in print order. */
	static final List<String> KEY_FIGURES = List.of("reporting_rate", "mandatory_announced_rate",
			"encouraged_announced_rate", "commune_announced_rate", "tthc_coverage_rate", "version_2015_share",
			"e_iso_rate", "on_time_rate");

	/** The main rates of the trend chart and table. */
	static final List<String> TREND_FIGURES = List.of("reporting_rate", "mandatory_announced_rate",
			"encouraged_announced_rate", "commune_announced_rate", "tthc_coverage_rate", "on_time_rate");

	private final ReportText text;

	private final DocumentRows rows = new DocumentRows();

	private QuarterlyRows(ReportText text) {
		this.text = text;
	}

	static ReportDocument of(QuarterlyModel model, ReportText text) {
		QuarterlyRows builder = new QuarterlyRows(text);
		builder.addKeyFigures(model.keyFigures());
		builder.addAgencyTypes(model.byAgencyType());
		QuarterlyDetails details = new QuarterlyDetails(builder.rows, text);
		details.addAttention(model.attention());
		details.addProcessing(model.processing());
		builder.addTrend(model.trend());
		QualityRows.add(builder.rows, model.quality(), text);
		return new ReportDocument(REPORT, model.unitCode(), model.periodCode(), model.unitName(), model.periodLabel(),
				model.place(), model.issuedOn(), model.marker(), builder.rows.rows());
	}

	private void addKeyFigures(List<Figure> figures) {
		this.rows.section(this.text.get("quarterly.section.key"));
		ReportLine headers = this.text.line().xlsx(this.text.get("column.no")).text(this.text.get("column.indicator"));
		this.rows.table(Layout.KEY, this.text.rateHeader(headers, null));
		int no = 0;
		for (String id : KEY_FIGURES) {
			Figure figure = FigureLookup.find(figures, id).orElse(null);
			this.rows
				.row(this.text.line().xlsx(Integer.toString(++no)).text(this.text.get("figure." + id)).rate(figure));
		}
	}

	private void addAgencyTypes(List<AgencyTypeFigures> types) {
		this.rows.section(this.text.get("quarterly.section.types"));
		if (types.isEmpty()) {
			this.rows.note(this.text.get("section.none"));
			return;
		}
		String announced = this.text.get("column.announcedGroup");
		String coverage = this.text.get("column.tthc");
		ReportLine headers = this.text.line().text(this.text.get("column.no")).text(this.text.get("column.agencyType"));
		this.text.rateHeader(headers, announced);
		this.text.rateHeader(headers, coverage);
		this.rows.table(Layout.UNITS, headers, announced, coverage);
		long[] total = new long[4];
		int no = 0;
		for (AgencyTypeFigures type : types) {
			this.rows.row(this.text.line()
				.text(Integer.toString(++no))
				.text(this.text.get("agencyType." + type.agencyType()))
				.rate(type.announced(), type.bodies())
				.rate(type.withProcess(), type.procedures()));
			total[0] += type.announced();
			total[1] += type.bodies();
			total[2] += type.withProcess();
			total[3] += type.procedures();
		}
		this.rows.totalRow(this.text.line()
			.text("")
			.text(this.text.get("row.total"))
			.rate(total[0], total[1])
			.rate(total[2], total[3]));
		this.rows.chart(agencyTypeChart(types));
	}

	private byte[] agencyTypeChart(List<AgencyTypeFigures> types) {
		List<String> labels = types.stream().map((type) -> this.text.get("agencyType." + type.agencyType())).toList();
		List<BigDecimal> announced = types.stream()
			.map((type) -> ReportLine.fraction(BigDecimal.valueOf(type.announced()), BigDecimal.valueOf(type.bodies())))
			.toList();
		List<BigDecimal> coverage = types.stream()
			.map((type) -> ReportLine.fraction(BigDecimal.valueOf(type.withProcess()),
					BigDecimal.valueOf(type.procedures())))
			.toList();
		return ReportCharts.bars(this.text.get("quarterly.chart.types"), labels,
				List.of(new ReportCharts.Series(this.text.get("chart.announced"), announced),
						new ReportCharts.Series(this.text.get("chart.coverage"), coverage)),
				this.text.locale());
	}

	private void addTrend(List<PeriodFigures> trend) {
		this.rows.section(this.text.get("quarterly.section.trend"));
		if (trend.isEmpty()) {
			this.rows.note(this.text.get("section.none"));
			return;
		}
		List<String> periods = trend.stream().map(PeriodFigures::periodLabel).toList();
		List<ReportCharts.Series> series = new ArrayList<>();
		for (String id : TREND_FIGURES) {
			series.add(new ReportCharts.Series(this.text.get("chart." + id),
					trend.stream()
						.map((period) -> FigureLookup.find(period.figures(), id).map(Figure::value).orElse(null))
						.toList()));
		}
		this.rows
			.chart(ReportCharts.lines(this.text.get("quarterly.chart.trend"), periods, series, this.text.locale()));
		ReportLine headers = this.text.line().text(this.text.get("column.period"));
		TREND_FIGURES.forEach((id) -> headers.text(this.text.get("chart." + id)));
		this.rows.table(Layout.SERIES, headers);
		for (PeriodFigures period : trend) {
			ReportLine line = this.text.line().text(period.periodLabel());
			TREND_FIGURES.forEach((id) -> line.rateCompact(FigureLookup.find(period.figures(), id).orElse(null)));
			this.rows.row(line);
		}
		if (trend.stream().anyMatch((period) -> period.figures().isEmpty())) {
			this.rows.note(this.text.get("quarterly.trend.noData"));
		}
	}

}
