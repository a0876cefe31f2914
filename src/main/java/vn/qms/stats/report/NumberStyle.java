package vn.qms.stats.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import vn.qms.stats.metrics.Figure;

/**
 * How numbers read in a report: Vietnamese {@code 5.564} and {@code 90,9 %}, English
 * {@code 5,564} and {@code 90.9%}. Rates are rounded half-up to one decimal for display
 * only; the figures themselves stay exact.
 */
public final class NumberStyle {

	/** Shown for a rate whose denominator is 0, or a figure that is missing. */
	public static final String NOT_APPLICABLE = "–";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final char groupingSeparator;

	private final char decimalSeparator;

	private final String percentSign;

	private NumberStyle(char groupingSeparator, char decimalSeparator, String percentSign) {
		this.groupingSeparator = groupingSeparator;
		this.decimalSeparator = decimalSeparator;
		this.percentSign = percentSign;
	}

	/**
	 * English for an English locale, Vietnamese for anything else.
	 */
	public static NumberStyle of(Locale locale) {
		if (Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
			return new NumberStyle(',', '.', "%");
		}
		return new NumberStyle('.', ',', " %");
	}

	/**
	 * A count: {@code 5.564} ({@code 5,564} in English), or {@code –} when missing.
	 */
	public String count(BigDecimal count) {
		if (count == null) {
			return NOT_APPLICABLE;
		}
		return countFormat().format(count);
	}

	/**
	 * Days and other measures with one decimal: {@code 12,5} ({@code 12.5} in English).
	 */
	public String decimal(BigDecimal number) {
		if (number == null) {
			return NOT_APPLICABLE;
		}
		DecimalFormat format = new DecimalFormat("#,##0.0", symbols());
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(number);
	}

	/**
	 * A rate from its counts: {@code 20/22} shows {@code 90,9 %}; a zero denominator
	 * shows {@code –}.
	 */
	public String rate(BigDecimal numerator, BigDecimal denominator) {
		if (numerator == null || denominator == null || denominator.signum() == 0) {
			return NOT_APPLICABLE;
		}
		return percent(numerator.multiply(HUNDRED).divide(denominator, 1, RoundingMode.HALF_UP));
	}

	/**
	 * A rate given as an exact ratio ({@code 0.9090...} shows {@code 90,9 %}).
	 */
	public String rate(BigDecimal ratio) {
		if (ratio == null) {
			return NOT_APPLICABLE;
		}
		return percent(ratio.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP));
	}

	/**
	 * Numerator and denominator: {@code 5.564/8.910}.
	 */
	public String counts(BigDecimal numerator, BigDecimal denominator) {
		return count(numerator) + "/" + count(denominator);
	}

	/**
	 * A rate with its counts, as the steering committee quotes it:
	 * {@code 90,9 % (20/22)}.
	 */
	public String rateWithCounts(BigDecimal numerator, BigDecimal denominator) {
		return rate(numerator, denominator) + " (" + counts(numerator, denominator) + ")";
	}

	/**
	 * The rate of a figure, from its counts when it has them, else from its value.
	 */
	public String rate(Figure figure) {
		if (figure == null) {
			return NOT_APPLICABLE;
		}
		if (figure.numerator() != null && figure.denominator() != null) {
			return rate(figure.numerator(), figure.denominator());
		}
		return rate(figure.value());
	}

	private String percent(BigDecimal percentRoundedToOneDecimal) {
		DecimalFormat format = new DecimalFormat("0.0", symbols());
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(percentRoundedToOneDecimal) + this.percentSign;
	}

	private DecimalFormat countFormat() {
		DecimalFormat format = new DecimalFormat("#,##0.###", symbols());
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format;
	}

	private DecimalFormatSymbols symbols() {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
		symbols.setGroupingSeparator(this.groupingSeparator);
		symbols.setDecimalSeparator(this.decimalSeparator);
		symbols.setMinusSign('-');
		return symbols;
	}

}
