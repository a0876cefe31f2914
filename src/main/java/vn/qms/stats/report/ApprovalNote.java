package vn.qms.stats.report;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import vn.qms.stats.approval.FormApproval;
import vn.qms.stats.approval.UnitApproval;

/**
 * The line under a unit report's period that says whether its figures are approved:
 * approved (by whom, when), partly approved (which forms), or not approved, that is,
 * provisional.
 */
final class ApprovalNote {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private ApprovalNote() {
	}

	static String of(UnitApproval state, Locale locale) {
		ResourceBundle text = ReportMessages.bundle(ReportMessages.reportLocale(locale));
		List<FormApproval> counted = state.forms()
			.stream()
			.filter((form) -> form.submitted() || form.approved())
			.toList();
		List<String> approved = counted.stream().filter(FormApproval::approved).map(FormApproval::form).toList();
		List<String> pending = counted.stream().filter((form) -> !form.approved()).map(FormApproval::form).toList();
		return switch (state.level()) {
			case APPROVED -> {
				FormApproval last = counted.stream()
					.filter(FormApproval::approved)
					.max((a, b) -> a.approvedAt().compareTo(b.approvedAt()))
					.orElseThrow();
				yield java.text.MessageFormat.format(text.getString("approval.approved"), String.join(", ", approved),
						last.approvedBy(), DAY.format(last.approvedAt()));
			}
			case PARTLY_APPROVED -> java.text.MessageFormat.format(text.getString("approval.partly"),
					String.join(", ", approved), String.join(", ", pending));
			case NOT_APPROVED -> text.getString("approval.none");
		};
	}

	/** The restatement marker and the approval note, on one line. */
	static String join(String marker, String note) {
		return (marker == null) ? note : marker + " " + note;
	}

}
