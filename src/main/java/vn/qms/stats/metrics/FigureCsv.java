package vn.qms.stats.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import vn.qms.stats.system.text.SafeCsv;

/**
 * Figures as the CSV of {@code docs/cli.md}: plain numbers, the exact ratio with 6
 * decimals, an empty value for "not applicable".
 */
public final class FigureCsv {

	static final String[] HEADER = { "figure", "branch", "unit_code", "unit_name", "period", "numerator", "denominator",
			"value" };

	private FigureCsv() {
	}

	public static void write(List<Figure> figures, Appendable out) {
		try (FigureSink sink = open(out)) {
			figures.forEach(sink);
		}
	}

	/**
	 * Writes the header now, then each figure handed to the sink; unit codes and names
	 * (which came from spreadsheets) are text that never runs as a formula.
	 */
	public static FigureSink open(Appendable out) {
		SafeCsv csv = new SafeCsv(out);
		csv.record((Object[]) HEADER);
		return new FigureSink() {

			@Override
			public void accept(Figure figure) {
				csv.record(figure.id(), figure.branch().code(), figure.unitCode(), figure.unitName(), figure.period(),
						SafeCsv.number(plain(figure.numerator())), SafeCsv.number(plain(figure.denominator())),
						SafeCsv.number(value(figure)));
			}

			@Override
			public void close() {
				csv.flush();
			}

		};
	}

	/**
	 * The value as printed: a rate with 6 decimals (half-up), a count as a whole number.
	 */
	static String value(Figure figure) {
		if (figure.value() == null) {
			return "";
		}
		return figure.isRate() ? figure.value().setScale(6, RoundingMode.HALF_UP).toPlainString()
				: plain(figure.value());
	}

	static String plain(BigDecimal number) {
		return (number != null) ? number.stripTrailingZeros().toPlainString() : "";
	}

}
