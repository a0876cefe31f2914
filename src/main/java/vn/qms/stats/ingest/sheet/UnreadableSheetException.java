package vn.qms.stats.ingest.sheet;

import java.util.List;

import vn.qms.stats.ingest.Problem;
import vn.qms.stats.ingest.ShownValue;

/**
 * A sheet that cannot be read further while its rows are streamed: past Excel's bounds,
 * or its reader (a parsing worker) ran out of memory or time. Unchecked, because rows
 * come as a {@link java.util.stream.Stream}; carries the message key the user reads.
 */
public class UnreadableSheetException extends RuntimeException {

	private final String messageKey;

	private final List<String> arguments;

	public UnreadableSheetException(String messageKey, List<String> arguments) {
		super(messageKey + ": " + arguments, null, false, false);
		this.messageKey = messageKey;
		this.arguments = List.copyOf(arguments);
	}

	/**
	 * Whatever a parser threw on a file's content (checked or not: Aalto throws its
	 * checked XMLStreamException through fastexcel unannounced), as the rejection a user
	 * reads, carrying the parser's own words for the log ({@link #problem()}).
	 */
	public static UnreadableSheetException corrupt(Throwable ex) {
		return new UnreadableSheetException("ingest.file.corrupt", List.of(describe(ex)));
	}

	/** A parser's own words, short: they may carry the file's content. */
	public static String describe(Throwable ex) {
		String message = ex.getMessage();
		String text = (message == null || message.isBlank()) ? ex.getClass().getSimpleName() : message;
		return ShownValue.shortened(text, 201);
	}

	public String messageKey() {
		return this.messageKey;
	}

	public List<String> arguments() {
		return this.arguments;
	}

	/**
	 * Why the file is rejected, as an error the user reads: a parser's own words logged,
	 * not shown ({@link ParserWords}).
	 */
	public Problem problem() {
		return ParserWords.error(this.messageKey, this.arguments);
	}

}
