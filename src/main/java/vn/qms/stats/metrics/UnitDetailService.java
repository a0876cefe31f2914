package vn.qms.stats.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.qms.stats.metrics.ScopeSql.Grouping;

/**
 * The tables a report shows besides the figures: by agency type, needs attention,
 * processing times.
 */
@Service
public class UnitDetailService {

	private final ScopeSql sql;

	private final Scopes scopes;

	private final FigureService figures;

	private final DataQualityService quality;

	UnitDetailService(ScopeSql sql, Scopes scopes, FigureService figures, DataQualityService quality) {
		this.sql = sql;
		this.scopes = scopes;
		this.figures = figures;
		this.quality = quality;
	}

	/** Bodies, announced, procedures and coverage per agency type (BM01 detail). */
	public List<AgencyTypeRow> byAgencyType(FigureScope scope) {
		ScopeMap map = this.scopes.map(scope);
		return this.sql.compute(map, (id) -> this.sql.query("by_agency_type", scope, id, Grouping.BRANCH, (rs, i) -> {
			long bodies = rs.getLong("bodies");
			long announced = rs.getLong("announced");
			long procedures = rs.getLong("procedures");
			long withProcess = rs.getLong("with_process");
			return new AgencyTypeRow(rs.getString("agency_type"), bodies, announced, ratio(announced, bodies),
					procedures, withProcess, ratio(withProcess, procedures));
		}));
	}

	/**
	 * Mandatory bodies not announced; no internal audit or management review; open
	 * nonconformities; still on 2000/2008; expected units that did not submit.
	 */
	public NeedsAttention needsAttention(FigureScope scope) {
		ScopeMap map = this.scopes.map(scope);
		List<AttentionItem> items = this.sql.compute(map,
				(id) -> this.sql.query("attention", scope, id, Grouping.BRANCH,
						(rs, i) -> new AttentionItem(AttentionItem.Kind.valueOf(rs.getString("kind")),
								rs.getString("data_code"), rs.getString("agency_code"), rs.getString("agency_name"),
								rs.getString("agency_type"), rs.getString("detail"))));
		List<ReportingStatus> missing = this.quality.reportingStatus(scope)
			.stream()
			.filter((status) -> status.expected() && status.state() == ReportingStatus.State.MISSING)
			.toList();
		return new NeedsAttention(items, missing);
	}

	/**
	 * Procedures with the largest cuts, on-time rate, processing days (calendar and
	 * working), and the overdue dossiers (at most {@code limit} of each list).
	 */
	public ProcessingSummary processingSummary(FigureScope scope, int limit) {
		ScopeMap map = this.scopes.map(scope);
		Map<String, Integer> more = Map.of("limit", limit);
		List<ProcessingSummary.ProcedureCut> cuts = this.sql.compute(map,
				(id) -> this.sql.query("largest_cuts", scope, id, Grouping.BRANCH, more,
						(rs, i) -> new ProcessingSummary.ProcedureCut(rs.getString("agency_code"),
								rs.getString("procedure_code"), rs.getString("procedure_name"),
								ScopeSql.decimal(rs, "statutory_days"), ScopeSql.decimal(rs, "reduced_days"))));
		List<ProcessingSummary.OverdueDossier> overdue = overdue(scope, map, limit);
		List<Figure> all = this.figures.unitFigures(scope)
			.stream()
			.filter((figure) -> figure.branch() == Branch.ALL && figure.unitCode().equals(scope.unitCode()))
			.toList();
		return new ProcessingSummary(cuts, pick(all, "on_time_rate"), pick(all, "processing_days"),
				pick(all, "processing_days_median"), pick(all, "processing_working_days"),
				pick(all, "processing_working_days_median"), pick(all, "pending_overdue"), overdue);
	}

	/**
	 * The dossiers (BM04) pending past their due date at the period end, oldest due
	 * first, at most {@code limit}: the list of {@link #processingSummary} without its
	 * figures.
	 */
	public List<ProcessingSummary.OverdueDossier> overdueDossiers(FigureScope scope, int limit) {
		return overdue(scope, this.scopes.map(scope), limit);
	}

	private List<ProcessingSummary.OverdueDossier> overdue(FigureScope scope, ScopeMap map, int limit) {
		return this.sql.compute(map,
				(id) -> this.sql.overdue(scope, id, limit,
						(rs, i) -> new ProcessingSummary.OverdueDossier(rs.getString("agency_code"),
								rs.getString("procedure_code"), rs.getString("dossier_code"),
								rs.getObject("received_at", LocalDateTime.class),
								rs.getObject("due_at", LocalDateTime.class))));
	}

	private static Figure pick(List<Figure> figures, String id) {
		return figures.stream().filter((figure) -> figure.id().equals(id)).findFirst().orElseThrow();
	}

	private static BigDecimal ratio(long numerator, long denominator) {
		return (denominator == 0) ? null
				: BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 12, RoundingMode.HALF_UP);
	}

}
