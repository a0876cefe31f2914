package vn.qms.stats.approval;

import java.util.List;

/**
 * Whether the figures of a unit for a period are approved: per form, and overall over the
 * forms that count (those submitted or approved): all of them approved, some, or none
 * (also when nothing was submitted).
 *
 * @param reportingUnit the reporting unit code
 * @param period the period code
 * @param level approved, partly approved or not approved
 * @param forms BM01..BM04, each with its state
 */
public record UnitApproval(String reportingUnit, String period, Level level, List<FormApproval> forms) {

	/** Overall state. */
	public enum Level {

		APPROVED, PARTLY_APPROVED, NOT_APPROVED

	}

	public UnitApproval {
		forms = List.copyOf(forms);
	}

	static UnitApproval of(String reportingUnit, String period, List<FormApproval> forms) {
		List<FormApproval> counted = forms.stream().filter((form) -> form.submitted() || form.approved()).toList();
		long approved = counted.stream().filter(FormApproval::approved).count();
		Level level = (approved == 0) ? Level.NOT_APPROVED
				: (approved == counted.size()) ? Level.APPROVED : Level.PARTLY_APPROVED;
		return new UnitApproval(reportingUnit, period, level, forms);
	}

}
