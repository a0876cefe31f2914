package vn.qms.stats.approval;

import java.util.Optional;

/**
 * The reason given for withdrawing an approval, as stored ({@code approval_event.reason},
 * at most {@value #MAX_LENGTH} characters) and shown in the history and the audit log:
 * trimmed of spaces and of invisible format characters (a zero-width space, a byte order
 * mark), then required, at most {@value #MAX_LENGTH} characters, and without control
 * characters (a NUL, a line break, a tab).
 */
public final class WithdrawalReason {

	/** The longest reason, in UTF-16 code units: the column's length. */
	public static final int MAX_LENGTH = 2_000;

	private WithdrawalReason() {
	}

	/**
	 * The reason as it is stored: without leading and trailing spaces and format
	 * characters.
	 */
	public static String trimmed(String reason) {
		if (reason == null) {
			return "";
		}
		int start = 0;
		int end = reason.length();
		while (start < end && invisible(reason.codePointAt(start))) {
			start += Character.charCount(reason.codePointAt(start));
		}
		while (end > start && invisible(reason.codePointBefore(end))) {
			end -= Character.charCount(reason.codePointBefore(end));
		}
		return reason.substring(start, end);
	}

	/**
	 * Why the reason cannot be stored, as the key of its message in
	 * {@code messages/approval_*.properties} (whose argument {3} is
	 * {@value #MAX_LENGTH}); empty when it can.
	 */
	static Optional<String> problem(String reason) {
		String trimmed = trimmed(reason);
		if (trimmed.isEmpty()) {
			return Optional.of("approval.invalid.reason");
		}
		if (trimmed.length() > MAX_LENGTH) {
			return Optional.of("approval.invalid.reason.length");
		}
		if (trimmed.codePoints().anyMatch((each) -> Character.getType(each) == Character.CONTROL)) {
			return Optional.of("approval.invalid.reason.control");
		}
		return Optional.empty();
	}

	private static boolean invisible(int codePoint) {
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
				|| Character.getType(codePoint) == Character.FORMAT;
	}

}
