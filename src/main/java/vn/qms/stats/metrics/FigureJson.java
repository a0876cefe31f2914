package vn.qms.stats.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Figures as JSON: an array of objects with the CSV's fields, numbers as JSON numbers,
 * {@code null} for "not applicable"; where they apply, {@code parts} (e.g. procedure and
 * support processes) and {@code carried_from} (units whose data comes from an earlier
 * period: {@code [{"unit_code": "91", "period": "2026-Q2"}]}).
 */
public final class FigureJson {

	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private FigureJson() {
	}

	public static void write(List<Figure> figures, Writer out) {
		try (FigureSink sink = open(out)) {
			figures.forEach(sink);
		}
	}

	/** Opens the array now, writes each figure handed to the sink, closes the array. */
	public static FigureSink open(Writer out) {
		try {
			JsonGenerator json = MAPPER.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
			json.useDefaultPrettyPrinter();
			json.writeStartArray();
			return new FigureSink() {

				@Override
				public void accept(Figure figure) {
					try {
						MAPPER.writeValue(json, row(figure));
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}

				@Override
				public void close() {
					try {
						json.writeEndArray();
						json.close();
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}

			};
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, Object> row(Figure figure) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("figure", figure.id());
		row.put("branch", figure.branch().code());
		row.put("unit_code", figure.unitCode());
		row.put("unit_name", figure.unitName());
		row.put("period", figure.period());
		row.put("numerator", number(figure.numerator()));
		row.put("denominator", number(figure.denominator()));
		String value = FigureCsv.value(figure);
		row.put("value", value.isEmpty() ? null : new BigDecimal(value));
		if (!figure.parts().isEmpty()) {
			Map<String, Object> parts = new LinkedHashMap<>();
			figure.parts().forEach((name, number) -> parts.put(name, number(number)));
			row.put("parts", parts);
		}
		if (figure.carried()) {
			row.put("carried_from",
					figure.carriedFrom()
						.stream()
						.map((carried) -> Map.of("unit_code", carried.unitCode(), "period", carried.period()))
						.toList());
		}
		return row;
	}

	private static BigDecimal number(BigDecimal number) {
		return (number != null) ? new BigDecimal(number.stripTrailingZeros().toPlainString()) : null;
	}

}
