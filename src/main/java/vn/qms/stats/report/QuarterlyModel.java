package vn.qms.stats.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import vn.qms.stats.metrics.Figure;

/**
 * Everything the quarterly report of a province or ministry ({@code quarterly}) shows, as
 * plain data.
 *
 * @param unitCode the reporting unit (file name)
 * @param unitName its name, printed as the issuing body
 * @param periodCode the canonical period code ({@code 2026-Q3})
 * @param periodLabel the period as printed
 * @param place the place on the date line ({@code Hà Nội} when null)
 * @param issuedOn the date on the date line
 * @param keyFigures the unit's figures by id: {@code reporting_rate},
 * {@code mandatory_announced_rate}, {@code encouraged_announced_rate},
 * {@code commune_announced_rate}, {@code tthc_coverage_rate}, {@code version_2015_share},
 * {@code e_iso_rate}, {@code on_time_rate} (a missing one prints as {@code –})
 * @param byAgencyType one row per agency type, in the order to print
 * @param attention the "needs attention" lists, in the order to print
 * @param processing the processing times
 * @param trend the main rates of the last periods, oldest first (up to 8)
 * @param quality the data-quality findings (none: the report says so), or null when the
 * checks were not run (the report says that instead)
 * @param marker a note on restated or carried-forward figures, or null
 */
public record QuarterlyModel(String unitCode, String unitName, String periodCode, String periodLabel, String place,
		LocalDate issuedOn, List<Figure> keyFigures, List<AgencyTypeFigures> byAgencyType,
		List<AttentionItem> attention, ProcessingTimes processing, List<PeriodFigures> trend,
		List<QualityIssue> quality, String marker) {

	public QuarterlyModel {
		Objects.requireNonNull(unitCode, "unitCode");
		Objects.requireNonNull(periodCode, "periodCode");
		Objects.requireNonNull(issuedOn, "issuedOn");
		place = (place == null || place.isBlank()) ? ReviewModel.DEFAULT_PLACE : place;
		keyFigures = List.copyOf(keyFigures);
		byAgencyType = List.copyOf(byAgencyType);
		attention = List.copyOf(attention);
		processing = (processing != null) ? processing : ProcessingTimes.NONE;
		trend = List.copyOf(trend);
		quality = (quality != null) ? List.copyOf(quality) : null;
	}

	/**
	 * One row of the table by agency type.
	 *
	 * @param agencyType the stable code of BM01 ({@code DEPARTMENT},
	 * {@code SUB_DEPARTMENT}, {@code DISTRICT_PC}, {@code COMMUNE_PC},
	 * {@code PUBLIC_SERVICE_UNIT}, ...)
	 * @param bodies bodies of that type
	 * @param announced of which announced a conforming QMS
	 * @param procedures administrative procedures in scope
	 * @param withProcess of which with an ISO process
	 */
	public record AgencyTypeFigures(String agencyType, long bodies, long announced, long procedures, long withProcess) {
	}

	/** The "needs attention" lists, in print order. */
	public enum AttentionList {

		/** Mandatory bodies that have not announced. */
		NOT_ANNOUNCED,
		/**
		 * Applied or announced bodies without an internal audit or a management review.
		 */
		NO_AUDIT_OR_REVIEW,
		/** Bodies with open nonconformities. */
		OPEN_NONCONFORMITIES,
		/** Bodies still on ISO 9001:2000 or 2008. */
		LEGACY_VERSION,
		/** Units that did not submit this period. */
		NOT_SUBMITTED

	}

	/**
	 * A body or unit on a "needs attention" list.
	 *
	 * @param list the list
	 * @param code the body's code
	 * @param name its name
	 * @param parent the unit it belongs to (or null)
	 * @param detail what is wrong, as data ({@code 3/5}, {@code 2008}, the status), or
	 * null
	 */
	public record AttentionItem(AttentionList list, String code, String name, String parent, String detail) {
	}

	/**
	 * The processing times section.
	 *
	 * @param largestCuts the procedures with the largest cuts, largest first
	 * @param summary the unit's figures: {@code time_reduction_rate},
	 * {@code time_reduction_weighted_rate}, {@code procedures_cut},
	 * {@code days_cut_total}, {@code on_time_rate}, {@code pending_overdue},
	 * {@code processing_days}, {@code processing_days_median},
	 * {@code processing_working_days}, {@code processing_working_days_median}
	 * @param overdue dossiers pending past their due date, oldest due first
	 */
	public record ProcessingTimes(List<ProcedureCut> largestCuts, List<Figure> summary, List<OverdueDossier> overdue) {

		public static final ProcessingTimes NONE = new ProcessingTimes(List.of(), List.of(), List.of());

		public ProcessingTimes {
			largestCuts = List.copyOf(largestCuts);
			summary = List.copyOf(summary);
			overdue = List.copyOf(overdue);
		}

		/** No overdue dossier listed. */
		public ProcessingTimes(List<ProcedureCut> largestCuts, List<Figure> summary) {
			this(largestCuts, summary, List.of());
		}

	}

	/**
	 * A dossier pending past its due date at the period end (BM04).
	 *
	 * @param agencyName the agency's name from the unit's BM01, or its code when BM01
	 * does not list it
	 */
	public record OverdueDossier(String dossierCode, String procedureCode, String agencyCode, String agencyName,
			LocalDateTime receivedAt, LocalDateTime dueAt) {
	}

	/**
	 * One procedure at one agency: statutory and actual days.
	 */
	public record ProcedureCut(String procedureCode, String procedureName, String agencyName, BigDecimal statutoryDays,
			BigDecimal actualDays, BigDecimal reducedDays) {
	}

}
