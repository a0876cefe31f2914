package vn.qms.stats.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A problem found in an input file, as a value the user reads: where it is (file, sheet,
 * row as Excel numbers it, column letter and header), the cell value, and a message key
 * rendered in Vietnamese or English from {@code messages/ingest_*.properties}. Any field
 * but severity and key may be null. Sheet, header, value and arguments are shortened
 * ({@link ShownValue#shortened}).
 *
 * @param severity an error rejects the file, a warning never does
 * @param file the file name
 * @param sheet the sheet name
 * @param row the 1-based row number
 * @param column the column letter ({@code A}, {@code AB})
 * @param header the header text of that column
 * @param value the cell value as read
 * @param messageKey key in {@code messages/ingest_*.properties}
 * @param arguments message arguments
 */
public record Problem(Severity severity, String file, String sheet, Integer row, String column, String header,
		String value, String messageKey, List<String> arguments) {

	/** How bad a problem is. */
	public enum Severity {

		ERROR, WARNING

	}

	public Problem {
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(messageKey, "messageKey");
		// every text may come from a hostile file: bounded, so that a verdict stays small
		sheet = ShownValue.shortened(sheet, ShownValue.MAX_SHEET_NAME);
		header = ShownValue.shortened(header);
		value = ShownValue.shortened(value);
		arguments = (arguments != null) ? arguments.stream().map(ShownValue::argument).toList() : List.of();
	}

	public static Problem error(String messageKey, Object... arguments) {
		return new Problem(Severity.ERROR, null, null, null, null, null, null, messageKey, texts(arguments));
	}

	public static Problem warning(String messageKey, Object... arguments) {
		return new Problem(Severity.WARNING, null, null, null, null, null, null, messageKey, texts(arguments));
	}

	public boolean isError() {
		return this.severity == Severity.ERROR;
	}

	public Problem inFile(String file) {
		return new Problem(this.severity, file, this.sheet, this.row, this.column, this.header, this.value,
				this.messageKey, this.arguments);
	}

	public Problem inSheet(String sheet) {
		return new Problem(this.severity, this.file, sheet, this.row, this.column, this.header, this.value,
				this.messageKey, this.arguments);
	}

	/** The same problem located at a cell (0-based column index). */
	public Problem at(int row, int columnIndex, String header, String value) {
		return new Problem(this.severity, this.file, this.sheet, row, columnLetter(columnIndex), header, value,
				this.messageKey, this.arguments);
	}

	/** The same problem located at a row. */
	public Problem atRow(int row) {
		return new Problem(this.severity, this.file, this.sheet, row, this.column, this.header, this.value,
				this.messageKey, this.arguments);
	}

	/** The message alone, in Vietnamese ({@code vi}, the default) or English. */
	public String message(Locale locale) {
		return ProblemMessages.message(this, locale);
	}

	/**
	 * Location, value and message on one line, as result files and the CLI show it
	 * (control characters escaped).
	 */
	public String describe(Locale locale) {
		return ProblemMessages.describe(this, locale);
	}

	/** {@code 0} is {@code A}, {@code 27} is {@code AB}. */
	public static String columnLetter(int columnIndex) {
		StringBuilder letters = new StringBuilder();
		for (int n = columnIndex + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

	private static List<String> texts(Object... arguments) {
		return Arrays.stream(arguments).map(String::valueOf).toList();
	}

}
