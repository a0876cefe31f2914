package vn.qms.stats.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import vn.qms.stats.metrics.Figure;

/**
 * The cells of one table row (or header) as the two layouts want them: texts for the PDF,
 * typed cells for the XLSX. A rate is two PDF columns (counts, rate) but three XLSX
 * columns (numerator, denominator, rate), so each value says how it splits.
 */
final class ReportLine {

	static final String COUNT = "count";

	static final String RATE = "rate";

	static final String DECIMAL = "decimal";

	static final String TEXT = "text";

	private final NumberStyle style;

	private final List<String> texts = new ArrayList<>();

	private final List<Object> values = new ArrayList<>();

	private final List<String> formats = new ArrayList<>();

	ReportLine(NumberStyle style) {
		this.style = style;
	}

	/** The same text in both layouts. */
	ReportLine text(String text) {
		return pdf(text).xlsx(text);
	}

	/** A count: {@code 5.564} in the PDF, a numeric cell {@code #,##0} in the XLSX. */
	ReportLine count(Number count) {
		BigDecimal value = decimal(count);
		return pdf(this.style.count(value)).cell(value, COUNT);
	}

	/** Days and other decimals, one decimal. */
	ReportLine days(BigDecimal days) {
		return pdf(this.style.decimal(days)).cell(days, DECIMAL);
	}

	/**
	 * A rate: PDF columns {@code 20/22} and {@code 90,9 %}; XLSX cells 20, 22 and the
	 * fraction formatted {@code 0.0%} ({@code –} when the denominator is 0).
	 */
	ReportLine rate(Number numerator, Number denominator) {
		BigDecimal n = decimal(numerator);
		BigDecimal d = decimal(denominator);
		return pdf(this.style.counts(n, d)).pdf(this.style.rate(n, d)).rateCells(n, d);
	}

	/** A rate in one PDF column, {@code 90,9 % (20/22)}; three XLSX cells. */
	ReportLine rateInline(Number numerator, Number denominator) {
		BigDecimal n = decimal(numerator);
		BigDecimal d = decimal(denominator);
		String text = (n == null && d == null) ? NumberStyle.NOT_APPLICABLE
				: this.style.rate(n, d) + "\n(" + this.style.counts(n, d) + ")";
		return pdf(text).rateCells(n, d);
	}

	/** A figure as a rate in one column; {@code –} when it is missing. */
	ReportLine rateInline(Figure figure) {
		return (figure != null) ? rateInline(figure.numerator(), figure.denominator()) : rateInline(null, null);
	}

	/** A figure as counts and rate; {@code –} when it is missing. */
	ReportLine rate(Figure figure) {
		return (figure != null) ? rate(figure.numerator(), figure.denominator()) : rate(null, null);
	}

	/**
	 * A rate with its counts in one PDF column, only the fraction in the XLSX (for
	 * series, where the counts would not fit the grid).
	 */
	ReportLine rateCompact(Figure figure) {
		BigDecimal n = (figure != null) ? figure.numerator() : null;
		BigDecimal d = (figure != null) ? figure.denominator() : null;
		String text = (figure == null) ? NumberStyle.NOT_APPLICABLE
				: this.style.rate(n, d) + "\n(" + this.style.counts(n, d) + ")";
		return pdf(text).fractionCell(n, d);
	}

	/** A rate shown only as a percentage, one column in both layouts. */
	ReportLine ratio(Number numerator, Number denominator) {
		BigDecimal n = decimal(numerator);
		BigDecimal d = decimal(denominator);
		return pdf(this.style.rate(n, d)).fractionCell(n, d);
	}

	private ReportLine fractionCell(BigDecimal n, BigDecimal d) {
		BigDecimal fraction = fraction(n, d);
		return (fraction != null) ? cell(fraction, RATE) : cell(NumberStyle.NOT_APPLICABLE, TEXT);
	}

	/** A text only in the PDF. */
	ReportLine pdf(String text) {
		this.texts.add(text);
		return this;
	}

	/** A text only in the XLSX. */
	ReportLine xlsx(String text) {
		return cell(text, TEXT);
	}

	private ReportLine rateCells(BigDecimal n, BigDecimal d) {
		return cell(n, COUNT).cell(d, COUNT).fractionCell(n, d);
	}

	private ReportLine cell(Object value, String format) {
		this.values.add(value);
		this.formats.add((value == null) ? TEXT : format);
		return this;
	}

	List<String> texts() {
		return this.texts;
	}

	List<Object> values() {
		return this.values;
	}

	List<String> formats() {
		return this.formats;
	}

	/** The exact ratio for display in a spreadsheet; null when it does not apply. */
	static BigDecimal fraction(BigDecimal numerator, BigDecimal denominator) {
		if (numerator == null || denominator == null || denominator.signum() == 0) {
			return null;
		}
		return numerator.divide(denominator, MathContext.DECIMAL128);
	}

	private static BigDecimal decimal(Number number) {
		if (number == null || number instanceof BigDecimal) {
			return (BigDecimal) number;
		}
		return BigDecimal.valueOf(number.longValue());
	}

}
