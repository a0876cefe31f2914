package vn.qms.stats.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.qms.stats.metrics.DataQualityService;
import vn.qms.stats.metrics.Figure;
import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.metrics.FigureService;
import vn.qms.stats.reference.CutOffRule;
import vn.qms.stats.reference.Period;
import vn.qms.stats.reference.ReferenceUnits;
import vn.qms.stats.reference.Unit;
import vn.qms.stats.reference.UnitKind;

/**
 * The national review ({@code review}) of a unit for one period or a range of years:
 * figures from the database, the last year sorted into the ministry and province tables,
 * every year's national lines for the per-year table and the trend chart.
 */
@Service
public class ReviewReports {

	/** The Ministry of Science and Technology, which compiles the national figures. */
	static final String COMPILER = "BKHCN";

	private final FigureService figures;

	private final ReferenceUnits units;

	private final DataQualityService quality;

	private final ReviewReportRenderer renderer;

	public ReviewReports(FigureService figures, DataQualityService quality, ReferenceUnits units,
			ReviewReportRenderer renderer) {
		this.figures = figures;
		this.quality = quality;
		this.units = units;
		this.renderer = renderer;
	}

	/** The review of one period, as reported. */
	public List<Path> render(String unitCode, Period period, CutOffRule rule, Locale locale, Set<ReportFormat> formats,
			Path outDir) throws IOException {
		return render(List.of(FigureScope.of(unitCode, period, rule)), locale, formats, outDir);
	}

	/**
	 * The review of the scopes' periods (one, or the years of a range, oldest first),
	 * restated or carried forward as each scope says.
	 */
	public List<Path> render(List<FigureScope> scopes, Locale locale, Set<ReportFormat> formats, Path outDir)
			throws IOException {
		return this.renderer.render(model(scopes, locale), locale, formats, outDir);
	}

	ReviewModel model(List<FigureScope> scopes, Locale locale) {
		FigureScope first = scopes.get(0);
		FigureScope last = scopes.get(scopes.size() - 1);
		List<UnitFigures> ministries = new ArrayList<>();
		List<UnitFigures> provinces = new ArrayList<>();
		for (Map.Entry<String, List<Figure>> entry : this.figures.figuresByUnit(last).entrySet()) {
			Optional<Unit> unit = this.units.find(entry.getKey(), last.periodStart(), last.periodEnd());
			String name = unit.map(Unit::nameVi).orElse(entry.getValue().get(0).unitName());
			String carriedFrom = entry.getValue()
				.stream()
				.flatMap((figure) -> figure.carriedFrom().stream())
				.map((carried) -> carried.period())
				.findFirst()
				.orElse(null);
			UnitFigures row = new UnitFigures(entry.getKey(), name, entry.getValue(), carriedFrom);
			(unit.map(Unit::kind).orElse(null) == UnitKind.MINISTRY ? ministries : provinces).add(row);
		}
		List<PeriodFigures> years = new ArrayList<>();
		List<UnitFigures> byYear = List.of();
		boolean range = scopes.size() > 1;
		if (range) {
			for (FigureScope scope : scopes) {
				years.add(new PeriodFigures(scope.periodCode(), QuarterlyReports.shortLabel(scope.period()),
						this.figures.unitFigures(scope)));
			}
			List<UnitFigures> order = new ArrayList<>(ministries);
			order.addAll(provinces);
			byYear = byYear(scopes, order);
		}
		String code = range ? first.periodCode() + "-" + last.periodCode() : last.periodCode();
		String label = range ? first.periodCode() + "–" + last.periodCode() : last.period().label(locale);
		return new ReviewModel(last.unitCode(), issuingBody(last), code, label, null, LocalDate.now(),
				this.figures.unitFigures(last), ministries, provinces, years, byYear, last.restated(), List.of(),
				QualityIssues.of(this.quality.notes(last), last, this.units, locale));
	}

	/**
	 * Each unit's mandatory announced rate in each year: the units of the last year in
	 * their order, then any unit that existed only earlier.
	 */
	private List<UnitFigures> byYear(List<FigureScope> scopes, List<UnitFigures> order) {
		Map<String, List<Figure>> byUnit = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		order.forEach((unit) -> {
			byUnit.put(unit.unitCode(), new ArrayList<>());
			names.put(unit.unitCode(), unit.unitName());
		});
		for (FigureScope scope : scopes) {
			this.figures.figuresByUnit(scope)
				.forEach((code, figures) -> figures.stream()
					.filter((figure) -> ReviewRows.MANDATORY.equals(figure.id()))
					.findFirst()
					.ifPresent((figure) -> {
						byUnit.computeIfAbsent(code, (key) -> new ArrayList<>()).add(figure);
						names.putIfAbsent(code, figure.unitName());
					}));
		}
		return byUnit.entrySet()
			.stream()
			.map((entry) -> new UnitFigures(entry.getKey(), names.get(entry.getKey()), entry.getValue()))
			.toList();
	}

	/**
	 * The body the report is issued by: the unit itself, except for the nation, whose
	 * figures the Ministry of Science and Technology compiles.
	 */
	private String issuingBody(FigureScope scope) {
		Optional<Unit> unit = this.units.find(scope.unitCode(), scope.periodStart(), scope.periodEnd());
		String code = (unit.map(Unit::kind).orElse(null) == UnitKind.NATION) ? COMPILER : scope.unitCode();
		return this.units.find(code, scope.periodStart(), scope.periodEnd()).map(Unit::nameVi).orElse(scope.unitCode());
	}

}
