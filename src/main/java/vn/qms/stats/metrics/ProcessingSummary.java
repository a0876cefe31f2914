package vn.qms.stats.metrics;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Processing times of a unit and period.
 *
 * @param largestCuts procedures with the most days cut (BM03), most first
 * @param onTimeRate {@code on_time_rate}
 * @param processingDays {@code processing_days} (mean, calendar days)
 * @param processingDaysMedian {@code processing_days_median}
 * @param processingWorkingDays {@code processing_working_days} (mean, working days)
 * @param processingWorkingDaysMedian {@code processing_working_days_median}
 * @param pendingOverdue {@code pending_overdue}
 * @param overdue the overdue dossiers, oldest due first (at most the limit asked for)
 */
public record ProcessingSummary(List<ProcedureCut> largestCuts, Figure onTimeRate, Figure processingDays,
		Figure processingDaysMedian, Figure processingWorkingDays, Figure processingWorkingDaysMedian,
		Figure pendingOverdue, List<OverdueDossier> overdue) {

	public ProcessingSummary {
		largestCuts = List.copyOf(largestCuts);
		overdue = List.copyOf(overdue);
	}

	/** A procedure at an agency with its days cut. */
	public record ProcedureCut(String agencyCode, String procedureCode, String procedureName, BigDecimal statutoryDays,
			BigDecimal reducedDays) {

		/** reduced / statutory, null when statutory is 0. */
		public BigDecimal rate() {
			return (this.statutoryDays.signum() == 0) ? null
					: this.reducedDays.divide(this.statutoryDays, 12, java.math.RoundingMode.HALF_UP);
		}

	}

	/** A dossier pending past its due date at the period end. */
	public record OverdueDossier(String agencyCode, String procedureCode, String dossierCode, LocalDateTime receivedAt,
			LocalDateTime dueAt) {

	}

}
