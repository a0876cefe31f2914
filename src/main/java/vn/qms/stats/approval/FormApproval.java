package vn.qms.stats.approval;

import java.time.LocalDateTime;

/**
 * Whether one form of a unit and period is approved, for the report layer.
 *
 * @param form the form code
 * @param submitted whether a submission of it is current
 * @param approved whether it is approved (and locked)
 * @param approvedBy who approved it, or null
 * @param approvedAt when, or null
 */
public record FormApproval(String form, boolean submitted, boolean approved, String approvedBy,
		LocalDateTime approvedAt) {
}
