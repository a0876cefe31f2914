package vn.qms.stats.ingest.sheet;

/**
 * A file that cannot be read as a workbook (wrong format, corrupt, encrypted). Carries a
 * message key of {@code messages/ingest_*.properties}, so that the rejection reads well.
 */
public class UnreadableFileException extends Exception {

	private final String messageKey;

	private final String detail;

	public UnreadableFileException(String messageKey, String detail, Throwable cause) {
		super(messageKey + ": " + detail, cause);
		this.messageKey = messageKey;
		this.detail = detail;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public String detail() {
		return this.detail;
	}

}
