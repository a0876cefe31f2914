package vn.qms.stats.ingest.sheet;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers written as text, in Vietnamese style ({@code 1.886}, {@code 98,4}) or plain
 * style ({@code 1886}, {@code 98.4}). {@code 1,886} and {@code 1.886} are ambiguous: the
 * style of the sheet's other cells decides, or, for a whole number, the reading that is
 * whole.
 */
final class NumberText {

	/** Which separator a sheet uses for decimals, as far as its cells told. */
	enum Style {

		UNKNOWN, VIETNAMESE, PLAIN

	}

	/** A reading: the number, or null; and the style it proves, if any. */
	record Reading(BigDecimal number, Style proves, boolean ambiguous) {
	}

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]");

	private static final Pattern PLAIN_INTEGER = Pattern.compile("-?\\d+");

	private static final Pattern GROUPED_DOTS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");

	private static final Pattern GROUPED_COMMAS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

	private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");

	private static final Pattern DECIMAL_DOT = Pattern.compile("-?\\d+\\.\\d+");

	private NumberText() {
	}

	/** Reads text as a number under the style known so far; null number if not one. */
	static Reading read(String text, Style style, boolean wantWhole) {
		String compact = SPACES.matcher(text).replaceAll("");
		if (PLAIN_INTEGER.matcher(compact).matches()) {
			return new Reading(new BigDecimal(compact), Style.UNKNOWN, false);
		}
		boolean oneDotGroup = compact.matches("-?\\d{1,3}\\.\\d{3}");
		boolean oneCommaGroup = compact.matches("-?\\d{1,3},\\d{3}");
		if (oneDotGroup || oneCommaGroup) {
			return ambiguous(compact, oneDotGroup ? '.' : ',', style, wantWhole);
		}
		if (GROUPED_DOTS.matcher(compact).matches()) {
			return new Reading(new BigDecimal(compact.replace(".", "").replace(',', '.')), Style.VIETNAMESE, false);
		}
		if (GROUPED_COMMAS.matcher(compact).matches()) {
			return new Reading(new BigDecimal(compact.replace(",", "")), Style.PLAIN, false);
		}
		if (DECIMAL_COMMA.matcher(compact).matches()) {
			return new Reading(new BigDecimal(compact.replace(',', '.')), Style.VIETNAMESE, false);
		}
		if (DECIMAL_DOT.matcher(compact).matches()) {
			return new Reading(new BigDecimal(compact), Style.PLAIN, false);
		}
		return new Reading(null, Style.UNKNOWN, false);
	}

	private static Reading ambiguous(String compact, char separator, Style style, boolean wantWhole) {
		BigDecimal grouped = new BigDecimal(compact.replace(String.valueOf(separator), ""));
		BigDecimal decimal = new BigDecimal(compact.replace(separator, '.'));
		boolean groupedBySheet = (separator == '.') ? style == Style.VIETNAMESE : style == Style.PLAIN;
		boolean decimalBySheet = (separator == '.') ? style == Style.PLAIN : style == Style.VIETNAMESE;
		if (wantWhole || groupedBySheet) {
			return new Reading(grouped, Style.UNKNOWN, false);
		}
		if (decimalBySheet) {
			return new Reading(decimal, Style.UNKNOWN, false);
		}
		return new Reading(null, Style.UNKNOWN, true);
	}

}
