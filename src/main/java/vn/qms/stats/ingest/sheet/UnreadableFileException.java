package vn.qms.stats.ingest.sheet;

import java.util.List;

import vn.qms.stats.ingest.Problem;

/**
 * A file that cannot be read as a workbook (wrong format, corrupt, encrypted, refused by
 * the guard). Carries a message key of {@code messages/ingest_*.properties} and its
 * arguments, so that the rejection reads well in both languages.
 */
public class UnreadableFileException extends Exception {

	private final String messageKey;

	private final List<String> arguments;

	public UnreadableFileException(String messageKey, String detail, Throwable cause) {
		this(messageKey, List.of(String.valueOf(detail)), cause);
	}

	public UnreadableFileException(String messageKey, List<String> arguments, Throwable cause) {
		super(messageKey + ": " + arguments, cause);
		this.messageKey = messageKey;
		this.arguments = List.copyOf(arguments);
	}

	public String messageKey() {
		return this.messageKey;
	}

	/** The first argument, or null. */
	public String detail() {
		return this.arguments.isEmpty() ? null : this.arguments.get(0);
	}

	public List<String> arguments() {
		return this.arguments;
	}

	/**
	 * The rejection as an error the user reads: a parser's own words logged, not shown
	 * ({@link ParserWords}).
	 */
	public Problem problem() {
		return ParserWords.error(this.messageKey, this.arguments);
	}

}
