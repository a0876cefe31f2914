package vn.qms.stats.ingest.annotate;

import java.util.regex.Pattern;

/**
 * Tells the formulas that only state a value or point at cells of the workbook itself
 * from those that compute anything. The first kind runs nothing: a number, a text in
 * quotes ({@code "Có,Không"}, as Excel keeps the items of a drop-down list), TRUE or
 * FALSE, or one area or several ({@code $A$1:$A$9}, {@code 'Danh mục'!B2:B40}). Anything
 * else (a function, an operator, another workbook {@code [1]Sheet1!A1}, a DDE server
 * {@code cmd|...}) is of the second kind, and so is a formula that cannot be read. A
 * defined name of up to three letters reads as a column here; that is safe where the
 * names of the copy are kept only as plain references ({@link DefinedNames}).
 */
final class PlainFormulas {

	private static final String SHEET = "(?:'(?:[^'\\[\\]]|'')+'|[^'!\\[\\]|(),:\\s\"]+)";

	private static final String CELL = "(?:\\$?[A-Z]{1,3}\\$?[0-9]{1,7}|\\$?[A-Z]{1,3}|\\$?[0-9]{1,7})";

	private static final String AREA = "(?:" + SHEET + "!)?" + CELL + "(?::" + CELL + ")?";

	/** One area or several separated by commas, nothing else. */
	private static final Pattern REFERENCE = Pattern.compile(AREA + "(?:," + AREA + ")*", Pattern.CASE_INSENSITIVE);

	private static final Pattern LITERAL = Pattern.compile(
			"[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:E[+-]?[0-9]+)?|\"(?:[^\"]|\"\")*\"|TRUE|FALSE",
			Pattern.CASE_INSENSITIVE);

	private PlainFormulas() {
	}

	/** One area or several of the workbook's own cells, nothing else. */
	static boolean isReference(String formula) {
		return formula != null && REFERENCE.matcher(formula.strip()).matches();
	}

	/** A value or a reference to the workbook's own cells ({@link #isReference}). */
	static boolean isPlain(String formula) {
		return formula != null && (LITERAL.matcher(formula.strip()).matches() || isReference(formula));
	}

	/** No formula at all (an empty one is none), or a plain one. */
	static boolean isPlainOrNone(String formula) {
		return formula == null || formula.isBlank() || isPlain(formula);
	}

}
