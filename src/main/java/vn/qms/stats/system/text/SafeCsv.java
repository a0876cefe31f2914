package vn.qms.stats.system.text;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * The one way the product writes CSV: RFC 4180 records (comma, {@code \n}) in which a
 * text field that a spreadsheet would run as a formula (it starts with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return: OWASP's CSV injection) is
 * neutralised, prefixed with a single quote and quoted. Numbers the product computes are
 * written as they are ({@link #number}), a negative one included.
 */
public final class SafeCsv {

	private static final CSVFormat PLAIN = CSVFormat.DEFAULT;

	private static final CSVFormat QUOTED = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL).get();

	private final Appendable out;

	public SafeCsv(Appendable out) {
		this.out = out;
	}

	/** A number the product computed, written as it is; null for an empty field. */
	public static Object number(String formatted) {
		return new Number(formatted);
	}

	/**
	 * One record: each {@link #number} as it is, anything else as text, neutralised if it
	 * would start a formula.
	 */
	public void record(Object... fields) {
		try {
			for (int i = 0; i < fields.length; i++) {
				boolean first = i == 0;
				if (fields[i] instanceof Number number) {
					PLAIN.print((number.text() != null) ? number.text() : "", this.out, first);
				}
				else if (isFormula(fields[i])) {
					QUOTED.print(neutralise(fields[i].toString()), this.out, first);
				}
				else {
					PLAIN.print((fields[i] != null) ? fields[i].toString() : "", this.out, first);
				}
			}
			this.out.append('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Flushes the output, if it can be. */
	public void flush() {
		if (this.out instanceof java.io.Flushable flushable) {
			try {
				flushable.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/**
	 * {@code =HYPERLINK("http://x")} becomes {@code '=HYPERLINK("http://x")}, which a
	 * spreadsheet shows as text; any other text is returned as it is.
	 */
	public static String neutralise(String text) {
		return isFormula(text) ? "'" + text : text;
	}

	private static boolean isFormula(Object field) {
		if (field == null) {
			return false;
		}
		String text = field.toString();
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
	}

	private record Number(String text) {
	}

}
