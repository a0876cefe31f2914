package vn.qms.stats.ingest;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Which keys (form, reporting unit, period) are approved and locked, asked by
 * {@code ingestJob} once a file's title block is read and before anything is stored: a
 * file for a locked key is held, not applied. Implemented by the approval feature
 * ({@code vn.qms.stats.approval}); ingestion only asks.
 */
public interface SubmissionLocks {

	/** No key is ever locked (a context without approvals). */
	SubmissionLocks NONE = (form, reportingUnit, period) -> Optional.empty();

	/**
	 * The approval that locks the key, if it is approved. Asked in the transaction that
	 * would store the file, the answer holds until that transaction ends.
	 */
	Optional<Lock> lockOf(String form, String reportingUnit, String period);

	/**
	 * An approval in force.
	 *
	 * @param form the form code
	 * @param reportingUnit the reporting unit code
	 * @param period the period code
	 * @param approvedBy who approved it
	 * @param approvedAt when
	 */
	record Lock(String form, String reportingUnit, String period, String approvedBy, LocalDateTime approvedAt) {

		/** The problem a held file's verdict lists first: why it was not applied. */
		Problem problem(String fileName) {
			return Problem
				.error("ingest.period.locked", this.form, this.reportingUnit, this.period, this.approvedBy,
						IngestVerdict.Earlier.when(this.approvedAt))
				.inFile(fileName);
		}

	}

}
