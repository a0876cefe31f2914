package vn.qms.stats.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The SQL of every figure, read once from {@code metrics/<figure id>.sql}. A figure's
 * query selects {@code grp, numerator, denominator} from {@code unit_rows}; the rows come
 * from {@code rows_by_branch.sql} or {@code rows_by_unit.sql}, and the ratio is taken in
 * SQL too.
 */
final class FigureQueries {

	/** The figures computed from BM02 summaries, in the order reports list them. */
	static final List<String> BM02_FIGURES = List.of("units_compliant_rate", "mandatory_announced_rate",
			"encouraged_announced_rate", "commune_announced_rate", "tthc_coverage_rate", "process_total");

	private final Map<String, String> byBranch;

	private final Map<String, String> byUnit;

	FigureQueries() {
		String rowsByBranch = read("rows_by_branch");
		String rowsByUnit = read("rows_by_unit");
		Map<String, String> figures = BM02_FIGURES.stream()
			.collect(Collectors.toMap(Function.identity(), FigureQueries::read));
		this.byBranch = figures.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> wrap(rowsByBranch, entry.getValue())));
		this.byUnit = figures.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> wrap(rowsByUnit, entry.getValue())));
	}

	String byBranch(String figureId) {
		return this.byBranch.get(figureId);
	}

	String byUnit(String figureId) {
		return this.byUnit.get(figureId);
	}

	private static String wrap(String rows, String figure) {
		return "with unit_rows as (" + rows + ")\n"
				+ "select grp, numerator, denominator, case when denominator is null then numerator"
				+ " when denominator = 0 then null"
				+ " else cast(numerator as decimal(38, 12)) / cast(denominator as decimal(38, 12)) end as ratio\n"
				+ "from (" + figure + ") f";
	}

	private static String read(String name) {
		String path = "/metrics/" + name + ".sql";
		try (InputStream in = FigureQueries.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing figure query " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
