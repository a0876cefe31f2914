package vn.qms.stats.approval;

import java.util.List;
import java.util.Locale;

/**
 * The answer to an approval or a withdrawal: what was done, or why nothing was, as a
 * message in Vietnamese or English; never an exception for a request that cannot be
 * granted.
 *
 * @param status what became of the request
 * @param form the form code asked for
 * @param reportingUnit the reporting unit code asked for
 * @param period the period code (or the text given, when it is no period)
 * @param messageKey the key of the message in {@code messages/approval_*.properties}
 * @param arguments its arguments
 */
public record ApprovalAnswer(Status status, String form, String reportingUnit, String period, String messageKey,
		List<String> arguments) {

	/** What became of a request. */
	public enum Status {

		/** Recorded: the key is now approved and locked. */
		APPROVED,

		/** Recorded: the approval is withdrawn, the key unlocked. */
		WITHDRAWN,

		/** Nothing recorded: the key was approved already. */
		ALREADY_APPROVED,

		/** Nothing recorded: there was no approval to withdraw. */
		NOT_APPROVED,

		/** Nothing recorded: someone else changed the key at the same moment. */
		BUSY,

		/** Nothing recorded: a form, unit, period, actor or reason that is not valid. */
		INVALID

	}

	public ApprovalAnswer {
		arguments = List.copyOf(arguments);
	}

	/** Whether an event was recorded. */
	public boolean changed() {
		return this.status == Status.APPROVED || this.status == Status.WITHDRAWN;
	}

	/** The message, in Vietnamese unless English is asked for. */
	public String message(Locale locale) {
		return ApprovalMessages.text(locale, this.messageKey, this.arguments.toArray());
	}

}
