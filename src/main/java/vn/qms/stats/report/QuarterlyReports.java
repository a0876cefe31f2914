package vn.qms.stats.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.qms.stats.approval.Approvals;
import vn.qms.stats.metrics.DataQualityService;
import vn.qms.stats.metrics.Figure;
import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.metrics.FigureService;
import vn.qms.stats.metrics.ReportingStatus;
import vn.qms.stats.metrics.TrendPoint;
import vn.qms.stats.metrics.UnitDetailService;
import vn.qms.stats.reference.Period;
import vn.qms.stats.reference.ReferenceUnits;
import vn.qms.stats.report.QuarterlyModel.AgencyTypeFigures;
import vn.qms.stats.report.QuarterlyModel.AttentionItem;
import vn.qms.stats.report.QuarterlyModel.AttentionList;
import vn.qms.stats.report.QuarterlyModel.OverdueDossier;
import vn.qms.stats.report.QuarterlyModel.ProcessingTimes;

/**
 * The quarterly report of a province or ministry ({@code quarterly}): figures, agency
 * types, units that did not submit, overdue dossiers and data-quality findings from
 * metrics; the lists of bodies and the largest cuts from the unit's own rows
 * ({@link QuarterlyQueries}); handed to the renderer.
 */
@Service
public class QuarterlyReports {

	/** The agency types in print order; others follow. */
	static final List<String> TYPE_ORDER = List.of("MINISTRY", "GOVERNMENT_AGENCY", "GENERAL_DEPARTMENT",
			"PROVINCIAL_PC", "DEPARTMENT", "SUB_DEPARTMENT", "DISTRICT_PC", "COMMUNE_PC", "PUBLIC_SERVICE_UNIT",
			"OTHER");

	/** Periods on the trend chart. */
	static final int TREND_PERIODS = 8;

	/** Procedures listed with the largest cuts, and overdue dossiers listed. */
	static final int LIST_LIMIT = 10;

	private final FigureService figures;

	private final UnitDetailService details;

	private final DataQualityService quality;

	private final QuarterlyQueries queries;

	private final ReferenceUnits units;

	private final QuarterlyReportRenderer renderer;

	private final Approvals approvals;

	public QuarterlyReports(FigureService figures, UnitDetailService details, DataQualityService quality,
			QuarterlyQueries queries, ReferenceUnits units, QuarterlyReportRenderer renderer, Approvals approvals) {
		this.approvals = approvals;
		this.figures = figures;
		this.details = details;
		this.quality = quality;
		this.queries = queries;
		this.units = units;
		this.renderer = renderer;
	}

	public List<Path> render(FigureScope scope, Locale locale, Set<ReportFormat> formats, Path outDir)
			throws IOException {
		return this.renderer.render(model(scope, locale), locale, formats, outDir);
	}

	QuarterlyModel model(FigureScope scope, Locale locale) {
		List<Figure> all = this.figures.unitFigures(scope)
			.stream()
			.filter((figure) -> figure.unitCode().equals(scope.unitCode()))
			.toList();
		List<Figure> key = all.stream().filter((figure) -> QuarterlyRows.KEY_FIGURES.contains(figure.id())).toList();
		List<Figure> summary = all.stream()
			.filter((figure) -> QuarterlyDetails.PROCESSING_FIGURES.contains(figure.id()))
			.toList();
		ProcessingTimes processing = new ProcessingTimes(
				this.queries.largestCuts(scope.unitCode(), scope.periodCode(), LIST_LIMIT), summary, overdue(scope));
		List<PeriodFigures> trend = this.figures.trend(scope, TREND_PERIODS)
			.stream()
			.map(QuarterlyReports::trendPoint)
			.toList();
		Issuer issuer = Issuer.of(this.units, scope);
		String marker = scope.restated()
				? ReportMessages.bundle(ReportMessages.reportLocale(locale)).getString("review.marker.restated") : null;
		return new QuarterlyModel(scope.unitCode(), issuer.name(), scope.periodCode(), scope.period().label(locale),
				issuer.place(), LocalDate.now(), key, byAgencyType(scope), attention(scope), processing, trend,
				QualityIssues.of(this.quality.notes(scope), scope, this.units, locale), ApprovalNote.join(marker,
						ApprovalNote.of(this.approvals.state(scope.unitCode(), scope.periodCode()), locale)));
	}

	/** The agency types in administrative order. */
	private List<AgencyTypeFigures> byAgencyType(FigureScope scope) {
		return this.details.byAgencyType(scope)
			.stream()
			.map((row) -> new AgencyTypeFigures(row.agencyType(), row.bodies(), row.announced(), row.procedures(),
					row.withProcess()))
			.sorted(Comparator.comparingInt((row) -> typeOrder(row.agencyType())))
			.toList();
	}

	private static int typeOrder(String type) {
		int index = TYPE_ORDER.indexOf(type);
		return (index >= 0) ? index : TYPE_ORDER.size();
	}

	/** The lists of bodies, then the expected units with no data for the period. */
	private List<AttentionItem> attention(FigureScope scope) {
		List<AttentionItem> items = new ArrayList<>(this.queries.attention(scope.unitCode(), scope.periodCode()));
		for (ReportingStatus missing : this.details.needsAttention(scope).notSubmitted()) {
			items.add(new AttentionItem(AttentionList.NOT_SUBMITTED, missing.unitCode(), missing.unitName(), null,
					(missing.lastReceivedAt() != null) ? StatusRows.when(missing.lastReceivedAt()) : null));
		}
		return items;
	}

	/** The overdue dossiers, each with its agency's name as the unit's BM01 gives it. */
	private List<OverdueDossier> overdue(FigureScope scope) {
		Map<String, String> names = this.queries.agencyNames(scope.unitCode(), scope.periodCode());
		return this.details.overdueDossiers(scope, LIST_LIMIT)
			.stream()
			.map((dossier) -> new OverdueDossier(dossier.dossierCode(), dossier.procedureCode(), dossier.agencyCode(),
					names.getOrDefault(dossier.agencyCode(), dossier.agencyCode()), dossier.receivedAt(),
					dossier.dueAt()))
			.toList();
	}

	private static PeriodFigures trendPoint(TrendPoint point) {
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
