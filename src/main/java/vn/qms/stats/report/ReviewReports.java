package vn.qms.stats.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.qms.stats.metrics.Figure;
import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.metrics.FigureService;
import vn.qms.stats.reference.CutOffRule;
import vn.qms.stats.reference.Period;
import vn.qms.stats.reference.ReferenceUnits;
import vn.qms.stats.reference.Unit;
import vn.qms.stats.reference.UnitKind;

/**
 * The national review ({@code review}) of a unit and period: figures from the database,
 * sorted into the ministry and province tables, handed to the renderer.
 */
@Service
public class ReviewReports {

	/** The Ministry of Science and Technology, which compiles the national figures. */
	private static final String COMPILER = "BKHCN";

	private final FigureService figures;

	private final ReferenceUnits units;

	private final ReviewReportRenderer renderer;

	public ReviewReports(FigureService figures, ReferenceUnits units, ReviewReportRenderer renderer) {
		this.figures = figures;
		this.units = units;
		this.renderer = renderer;
	}

	public List<Path> render(String unitCode, Period period, CutOffRule rule, Locale locale, Set<ReportFormat> formats,
			Path outDir) throws IOException {
		return this.renderer.render(model(unitCode, period, rule, locale), locale, formats, outDir);
	}

	/**
	 * The body the report is issued by: the unit itself, except for the nation, whose
	 * figures the Ministry of Science and Technology compiles.
	 */
	private String issuingBody(String unitCode, FigureScope scope) {
		Optional<Unit> unit = this.units.find(unitCode, scope.periodStart(), scope.periodEnd());
		String code = unit.map(Unit::kind).orElse(null) == UnitKind.NATION ? COMPILER : unitCode;
		return this.units.find(code, scope.periodStart(), scope.periodEnd()).map(Unit::nameVi).orElse(unitCode);
	}

	ReviewModel model(String unitCode, Period period, CutOffRule rule, Locale locale) {
		FigureScope scope = new FigureScope(unitCode, period.code(), period.start(rule), period.end(rule));
		List<Figure> headline = this.figures.figures(scope);
		List<UnitFigures> ministries = new ArrayList<>();
		List<UnitFigures> provinces = new ArrayList<>();
		for (Map.Entry<String, List<Figure>> entry : this.figures.figuresByUnit(scope).entrySet()) {
			Optional<Unit> unit = this.units.find(entry.getKey(), scope.periodStart(), scope.periodEnd());
			String name = unit.map(Unit::nameVi).orElse(entry.getValue().get(0).unitName());
			UnitFigures row = new UnitFigures(entry.getKey(), name, entry.getValue());
			if (unit.map(Unit::kind).orElse(null) == UnitKind.MINISTRY) {
				ministries.add(row);
			}
			else {
				provinces.add(row);
			}
		}
		return new ReviewModel(unitCode, issuingBody(unitCode, scope), period.code(), period.label(locale),
				LocalDate.now(), headline, ministries, provinces);
	}

}
