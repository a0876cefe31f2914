package vn.qms.stats.ingest.sheet;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import vn.qms.stats.ingest.Problem;

/**
 * What a sender reads of a file a parser could not read (damaged, cut, not what its name
 * says): a message of ours in both languages, never the parser's own words (English,
 * technical, perhaps quoting the file), which go to the log only, for whoever runs the
 * tool. The readers carry those words with the message key as far as here (from a parsing
 * worker too); every rejection a user reads is made through {@link #error}.
 */
public final class ParserWords {

	/**
	 * A file that cannot be read as a workbook: all its arguments are a parser's words.
	 */
	public static final String CORRUPT = "ingest.file.corrupt";

	/**
	 * A CSV file that cannot be read to its end: all its arguments are a parser's words.
	 */
	public static final String CORRUPT_CSV = "ingest.file.corrupt.csv";

	/**
	 * A sheet that breaks off midway: its first argument is the row, the others a
	 * parser's words.
	 */
	public static final String DAMAGED = "ingest.file.damaged";

	private static final Log logger = LogFactory.getLog(ParserWords.class);

	/** Line breaks, other controls and format characters: the log keeps one line. */
	private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\p{Cf}]+");

	private ParserWords() {
	}

	/** The rejection as an error the user reads, a parser's words logged instead. */
	public static Problem error(String messageKey, List<String> arguments) {
		return Problem.error(messageKey, shown(messageKey, arguments).toArray());
	}

	/**
	 * The arguments of a message a user reads: those of the keys above without the
	 * parser's words, which are logged; those of any other key as they are.
	 */
	public static List<String> shown(String messageKey, List<String> arguments) {
		int kept = kept(messageKey);
		if (kept < 0 || arguments.size() <= kept) {
			return arguments;
		}
		if (logger.isWarnEnabled()) {
			logger.warn("A file could not be read (" + messageKey + "), in the parser's words: "
					+ UNSAFE.matcher(String.join(" | ", arguments.subList(kept, arguments.size()))).replaceAll(" "));
		}
		return List.copyOf(arguments.subList(0, kept));
	}

	/** How many leading arguments of the key are ours, or -1 for a key not above. */
	private static int kept(String messageKey) {
		if (CORRUPT.equals(messageKey) || CORRUPT_CSV.equals(messageKey)) {
			return 0;
		}
		return DAMAGED.equals(messageKey) ? 1 : -1;
	}

}
