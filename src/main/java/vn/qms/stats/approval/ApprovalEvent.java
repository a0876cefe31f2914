package vn.qms.stats.approval;

import java.time.LocalDateTime;

/**
 * One approval or withdrawal of a key, as recorded (never changed afterwards); the latest
 * of a key is its current state.
 *
 * @param form the form code (BM01..BM04)
 * @param reportingUnit the reporting unit code
 * @param period the period code ({@code 2020}, {@code 2026-Q3})
 * @param seq 1, 2, 3... per key
 * @param action approved or withdrawn
 * @param actor who ({@code cli:<os user>} from the command line)
 * @param actedAt when
 * @param reason why it was withdrawn, null for an approval
 */
public record ApprovalEvent(String form, String reportingUnit, String period, int seq, Action action, String actor,
		LocalDateTime actedAt, String reason) {

	/** What was done. */
	public enum Action {

		APPROVED, WITHDRAWN

	}

	public boolean approved() {
		return this.action == Action.APPROVED;
	}

}
