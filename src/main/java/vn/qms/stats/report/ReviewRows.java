package vn.qms.stats.report;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import vn.qms.stats.metrics.Branch;
import vn.qms.stats.metrics.Figure;
import vn.qms.stats.report.DocumentRows.Layout;

/**
 * The national review as rows. Sections in print order: the national lines, the results
 * by year with the trend chart and each unit's rate by year (a range only), the
 * ministries, the provinces, the units not yet compliant, data quality.
 */
final class ReviewRows {

	static final String REPORT = "review";

	static final String MANDATORY = "mandatory_announced_rate";

	static final String TTHC = "tthc_coverage_rate";

	/** The national lines: message key, figure id, branch. */
	static final List<HeadlineLine> HEADLINE = List.of(
			new HeadlineLine("ministriesCompliant", "units_compliant_rate", Branch.MINISTRIES),
			new HeadlineLine("provincesCompliant", "units_compliant_rate", Branch.PROVINCES),
			new HeadlineLine("mandatoryAnnounced", MANDATORY, Branch.ALL),
			new HeadlineLine("encouragedAnnounced", "encouraged_announced_rate", Branch.ALL),
			new HeadlineLine("communeAnnounced", "commune_announced_rate", Branch.ALL),
			new HeadlineLine("tthcCoverage", TTHC, Branch.ALL));

	private final ReportText text;

	private final DocumentRows rows = new DocumentRows();

	private ReviewRows(ReportText text) {
		this.text = text;
	}

	static ReportDocument of(ReviewModel model, ReportText text) {
		ReviewRows builder = new ReviewRows(text);
		builder.addHeadline(model);
		ReviewYears.add(builder.rows, model.years(), text);
		ReviewYears.addByUnit(builder.rows, model.years(), model.byYear(), text);
		builder.addUnits("section.MINISTRIES", model.ministries());
		builder.addUnits("section.PROVINCES", model.provinces());
		if (!model.ministries().isEmpty() || !model.provinces().isEmpty()) {
			builder.addNotCompliant(Stream.concat(model.ministries().stream(), model.provinces().stream()).toList());
		}
		builder.addCarriedNote(Stream.concat(model.ministries().stream(), model.provinces().stream()).toList());
		QualityRows.add(builder.rows, model.quality(), text);
		String marker = model.restated() ? text.get("review.marker.restated") : null;
		return new ReportDocument(REPORT, model.unitCode(), model.periodCode(), model.unitName(), model.periodLabel(),
				model.place(), model.issuedOn(), marker, builder.rows.rows());
	}

	/**
	 * A unit is compliant when every one of its mandatory bodies announced (and it has
	 * some); a unit without the figure is not known to be.
	 */
	static boolean compliant(UnitFigures unit) {
		return FigureLookup.find(unit.figures(), MANDATORY)
			.map((figure) -> figure.denominator() != null && figure.denominator().signum() > 0
					&& figure.denominator().compareTo(figure.numerator()) == 0)
			.orElse(false);
	}

	private void addHeadline(ReviewModel model) {
		this.rows.section(this.text.get("section.HEADLINE"));
		NumberStyle style = this.text.style();
		for (HeadlineLine line : HEADLINE) {
			Optional<Figure> found = FigureLookup.find(model.headline(), line.figureId(), line.branch());
			if (found.isPresent()) {
				Figure figure = found.get();
				String sentence = this.text.format("line." + line.key(), style.rate(figure),
						style.counts(figure.numerator(), figure.denominator()));
				this.rows.line("- " + sentence,
						this.text.line().xlsx("").xlsx(this.text.get("label." + line.key())).rate(figure));
			}
		}
		model.notes().forEach(this.rows::note);
		if (!model.years().isEmpty()) {
			this.rows
				.note(this.text.format("review.lastYear", model.years().get(model.years().size() - 1).periodLabel()));
		}
	}

	private void addUnits(String sectionKey, List<UnitFigures> units) {
		if (units.isEmpty()) {
			return;
		}
		this.rows.section(this.text.get(sectionKey));
		addTable(units);
	}

	private void addNotCompliant(List<UnitFigures> units) {
		this.rows.section(this.text.get("section.NOT_COMPLIANT"));
		List<UnitFigures> notCompliant = units.stream().filter((unit) -> !compliant(unit)).toList();
		if (notCompliant.isEmpty()) {
			this.rows.note(this.text.get("section.none"));
			return;
		}
		addTable(notCompliant);
	}

	private void addTable(List<UnitFigures> units) {
		String mandatory = this.text.get("column.mandatory");
		String tthc = this.text.get("column.tthc");
		ReportLine headers = this.text.line().text(this.text.get("column.code")).text(this.text.get("column.name"));
		this.text.rateHeader(headers, mandatory);
		this.text.rateHeader(headers, tthc);
		this.rows.table(Layout.UNITS, headers, mandatory, tthc);
		for (UnitFigures unit : units) {
			String name = (unit.carriedFrom() != null) ? unit.unitName() + " (*)" : unit.unitName();
			this.rows.row(this.text.line()
				.text(unit.unitCode())
				.text(name)
				.rate(FigureLookup.find(unit.figures(), MANDATORY).orElse(null))
				.rate(FigureLookup.find(unit.figures(), TTHC).orElse(null)));
		}
	}

	private void addCarriedNote(List<UnitFigures> units) {
		List<String> periods = units.stream()
			.map(UnitFigures::carriedFrom)
			.filter((period) -> period != null)
			.distinct()
			.sorted()
			.toList();
		if (!periods.isEmpty()) {
			this.rows.note(this.text.format("review.carried", String.join(", ", periods)));
		}
	}

	record HeadlineLine(String key, String figureId, Branch branch) {
	}

}
