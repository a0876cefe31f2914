package vn.qms.stats.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Figures as the CSV of {@code spec/cli.md}: plain numbers, the exact ratio with 6
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

	/** Writes the header now, then each figure handed to the sink. */
	public static FigureSink open(Appendable out) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator('\n').get();
		CSVPrinter printer;
		try {
			printer = new CSVPrinter(out, format);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new FigureSink() {

			@Override
			public void accept(Figure figure) {
				try {
					printer.printRecord(figure.id(), figure.branch().code(), figure.unitCode(), figure.unitName(),
							figure.period(), plain(figure.numerator()), plain(figure.denominator()), value(figure));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}

			@Override
			public void close() {
				try {
					printer.flush();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
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
