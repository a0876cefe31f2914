package vn.qms.stats.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import vn.qms.stats.metrics.Branch;
import vn.qms.stats.metrics.Figure;

/**
 * The rows of the review templates, one map per row, built from the plain model at the
 * edge. Sections in print order: HEADLINE (one row per national line), MINISTRIES,
 * PROVINCES, NOT_COMPLIANT. A headline row carries its figure in the {@code mandatory*}
 * columns.
 */
final class ReviewRows {

	static final String MANDATORY = "mandatory_announced_rate";

	static final String TTHC = "tthc_coverage_rate";

	private static final String[] ROMAN = { "I", "II", "III", "IV", "V", "VI" };

	/** The national lines: message key, figure id, branch. */
	private static final List<HeadlineLine> HEADLINE = List.of(
			new HeadlineLine("ministriesCompliant", "units_compliant_rate", Branch.MINISTRIES),
			new HeadlineLine("provincesCompliant", "units_compliant_rate", Branch.PROVINCES),
			new HeadlineLine("mandatoryAnnounced", MANDATORY, Branch.ALL),
			new HeadlineLine("encouragedAnnounced", "encouraged_announced_rate", Branch.ALL),
			new HeadlineLine("communeAnnounced", "commune_announced_rate", Branch.ALL),
			new HeadlineLine("tthcCoverage", TTHC, Branch.ALL));

	private final NumberStyle style;

	private final List<Map<String, ?>> rows = new ArrayList<>();

	private int sections;

	private ReviewRows(NumberStyle style) {
		this.style = style;
	}

	static List<Map<String, ?>> of(ReviewModel model, NumberStyle style) {
		ReviewRows rows = new ReviewRows(style);
		rows.addHeadline(model.headline());
		rows.addUnits("MINISTRIES", model.ministries());
		rows.addUnits("PROVINCES", model.provinces());
		if (!model.ministries().isEmpty() || !model.provinces().isEmpty()) {
			rows.addNotCompliant(Stream.concat(model.ministries().stream(), model.provinces().stream()).toList());
		}
		return rows.rows;
	}

	/**
	 * A unit is compliant when every one of its mandatory bodies announced (and it has
	 * some); a unit without the figure is not known to be.
	 */
	static boolean compliant(UnitFigures unit) {
		return find(unit.figures(), MANDATORY, Branch.ALL)
			.map((figure) -> figure.denominator() != null && figure.denominator().signum() > 0
					&& figure.denominator().compareTo(figure.numerator()) == 0)
			.orElse(false);
	}

	private void addHeadline(List<Figure> headline) {
		String number = null;
		for (HeadlineLine line : HEADLINE) {
			Optional<Figure> figure = find(headline, line.figureId(), line.branch());
			if (figure.isPresent()) {
				number = (number != null) ? number : nextSection();
				Map<String, Object> row = row("HEADLINE", number, null, null);
				row.put("labelKey", line.key());
				putMandatory(row, figure.get());
				this.rows.add(row);
			}
		}
	}

	private void addUnits(String section, List<UnitFigures> units) {
		if (units.isEmpty()) {
			return;
		}
		String number = nextSection();
		units.forEach((unit) -> this.rows.add(unitRow(section, number, unit)));
	}

	private void addNotCompliant(List<UnitFigures> units) {
		String number = nextSection();
		List<UnitFigures> notCompliant = units.stream().filter((unit) -> !compliant(unit)).toList();
		if (notCompliant.isEmpty()) {
			Map<String, Object> none = row("NOT_COMPLIANT", number, null, null);
			none.put("placeholder", true);
			this.rows.add(none);
		}
		notCompliant.forEach((unit) -> this.rows.add(unitRow("NOT_COMPLIANT", number, unit)));
	}

	private Map<String, Object> unitRow(String section, String number, UnitFigures unit) {
		Map<String, Object> row = row(section, number, unit.unitCode(), unit.unitName());
		find(unit.figures(), MANDATORY, Branch.ALL).ifPresent((figure) -> putMandatory(row, figure));
		find(unit.figures(), TTHC, Branch.ALL).ifPresent((figure) -> {
			row.put("tthcWithProcess", figure.numerator());
			row.put("tthcTotal", figure.denominator());
			row.put("tthcRate", figure.value());
			row.put("tthcCountsText", this.style.counts(figure.numerator(), figure.denominator()));
			row.put("tthcRateText", this.style.rate(figure));
		});
		return row;
	}

	private void putMandatory(Map<String, Object> row, Figure figure) {
		row.put("mandatoryAnnounced", figure.numerator());
		row.put("mandatoryTotal", figure.denominator());
		row.put("mandatoryRate", figure.value());
		row.put("mandatoryCountsText", this.style.counts(figure.numerator(), figure.denominator()));
		row.put("mandatoryRateText", this.style.rate(figure));
	}

	private Map<String, Object> row(String section, String number, String code, String name) {
		Map<String, Object> row = new HashMap<>();
		row.put("section", section);
		row.put("sectionNo", number);
		row.put("code", code);
		row.put("name", name);
		row.put("placeholder", false);
		row.put("mandatoryCountsText", NumberStyle.NOT_APPLICABLE);
		row.put("mandatoryRateText", NumberStyle.NOT_APPLICABLE);
		row.put("tthcCountsText", NumberStyle.NOT_APPLICABLE);
		row.put("tthcRateText", NumberStyle.NOT_APPLICABLE);
		return row;
	}

	private String nextSection() {
		return ROMAN[this.sections++];
	}

	/** The figure with this id for this branch; for ALL, the only one will do. */
	private static Optional<Figure> find(List<Figure> figures, String id, Branch branch) {
		List<Figure> withId = figures.stream().filter((figure) -> figure.id().equals(id)).toList();
		Optional<Figure> exact = withId.stream().filter((figure) -> figure.branch() == branch).findFirst();
		if (exact.isPresent() || branch != Branch.ALL || withId.size() != 1) {
			return exact;
		}
		return Optional.of(withId.get(0));
	}

	private record HeadlineLine(String key, String figureId, Branch branch) {
	}

}
