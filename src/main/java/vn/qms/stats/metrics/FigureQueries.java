package vn.qms.stats.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SQL of every figure, read once from {@code metrics/<figure id>.sql}. A figure's
 * query selects {@code grp, numerator, denominator} from the rows of
 * {@code metrics/scope.sql} ({@code unit_rows}, {@code bm03_rows}, {@code bm04_totals},
 * ...); the ratio is taken in SQL too. A query that reads the BM04 logs' summaries
 * ({@code bm04_totals}, {@code bm04_pairs}, {@code bm04_median}) needs them made sure of
 * first ({@link Bm04Scratch}).
 */
final class FigureQueries {

	/** A figure of {@code docs/figures.md}, in the order reports list them. */
	record Definition(String id, FigureKind kind) {
	}

	static final List<Definition> FIGURES = List.of(rate("reporting_rate"), rate("units_compliant_rate"),
			rate("mandatory_announced_rate"), rate("encouraged_announced_rate"), rate("commune_announced_rate"),
			rate("tthc_coverage_rate"), count("process_total"), rate("version_2015_share"),
			count("legacy_version_bodies"), rate("internal_audit_rate"), rate("management_review_rate"),
			rate("docs_complete_rate"), rate("nc_closure_rate"), rate("e_iso_rate"), rate("time_reduction_rate"),
			rate("time_reduction_weighted_rate"), count("procedures_cut"), count("days_cut_total"),
			rate("on_time_rate"), rate("processing_days"), count("processing_days_median"),
			rate("processing_working_days"), count("processing_working_days_median"), count("pending_overdue"));

	/**
	 * A query of figures also given per procedure at an agency (unit
	 * {@code AGENCY/PROCEDURE}): {@code metrics/<query>.sql} selects {@code figure} (the
	 * figure's id) besides a figure query's columns, one row per figure and procedure.
	 * Figures from the same rows share one query: a province's logs have up to hundreds
	 * of thousands of procedures at agencies.
	 */
	record PerProcedure(String query, List<Definition> figures) {
	}

	static final List<PerProcedure> PER_PROCEDURE = List.of(
			new PerProcedure("time_reduction_rate_by_procedure", List.of(rate("time_reduction_rate"))),
			new PerProcedure("processing_by_procedure",
					List.of(rate("processing_days"), count("processing_days_median"), rate("processing_working_days"),
							count("processing_working_days_median"))));

	/**
	 * The rows of scope.sql that exist only once the scope's BM04 logs are aggregated.
	 */
	/** The scope's rows other than the dossier forms'. */
	private static final Pattern OTHER_ROWS = Pattern.compile("\\b(unit_rows|data_rows|reported)\\b");

	private static final Pattern BM04_ROWS = Pattern.compile("\\bbm04_(totals|pairs|median)\\b");

	/** A figure's ratio: numerator / denominator; the numerator where there is none. */
	private static final String RATIO = "case when denominator is null then numerator when denominator = 0 then null"
			+ " else cast(numerator as decimal(38, 12)) / cast(denominator as decimal(38, 12)) end as ratio";

	private final boolean postgres;

	private final CommonTables scope;

	private final Map<String, String> cache = new ConcurrentHashMap<>();

	private final Map<String, Boolean> readsBm04 = new ConcurrentHashMap<>();

	private final Map<String, Set<String>> logsOnly = new ConcurrentHashMap<>();

	FigureQueries(boolean postgres) {
		this.postgres = postgres;
		this.scope = new CommonTables(read("scope", postgres));
	}

	/** Whether the database is PostgreSQL (else H2). */
	static boolean postgres(JdbcTemplate jdbc) {
		return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) (Connection connection) -> "PostgreSQL"
			.equals(connection.getMetaData().getDatabaseProductName())));
	}

	/**
	 * The figure query: {@code grp, numerator, denominator, ratio} and any other column.
	 */
	String figure(String name) {
		return this.cache.computeIfAbsent(name, (key) -> {
			String query = read(key, this.postgres);
			return this.scope.with(query) + "select f.*, " + RATIO + "\nfrom (" + query + ") f";
		});
	}

	/**
	 * Several figure queries as one statement: {@code figure} (the figure's id),
	 * {@code grp, numerator, denominator, ratio}, the figures' rows one after the other.
	 * One statement, not one per figure: H2 parses and plans the common tables of every
	 * statement anew, which in a new process took most of {@code figures}' time on its
	 * queries.
	 */
	String figures(List<String> names) {
		return this.cache.computeIfAbsent("together:" + String.join(",", names), (key) -> {
			List<String> queries = names.stream().map((name) -> read(name, this.postgres)).toList();
			StringBuilder sql = new StringBuilder(this.scope.with(String.join("\n", queries)));
			for (int i = 0; i < names.size(); i++) {
				sql.append((i > 0) ? "union all\n" : "")
					.append("select '")
					.append(names.get(i))
					.append("' as figure, f.grp, f.numerator, f.denominator, ")
					.append(RATIO)
					.append("\nfrom (")
					.append(queries.get(i))
					.append(") f\n");
			}
			return sql.toString();
		});
	}

	/**
	 * A per-procedure query ({@link PerProcedure}) as a figure query, its rows in the
	 * order they are listed: by figure as {@code query} lists them, then by
	 * {@code AGENCY/PROCEDURE} as the codes' characters sort ("C" on PostgreSQL, as H2
	 * compares strings), so that they can be written out as they come.
	 */
	String perProcedure(PerProcedure query) {
		return this.cache.computeIfAbsent("ordered:" + query.query(), (key) -> {
			StringBuilder order = new StringBuilder("case o.figure");
			for (int i = 0; i < query.figures().size(); i++) {
				order.append(" when '").append(query.figures().get(i).id()).append("' then ").append(i);
			}
			return "select o.* from (" + figure(query.query()) + ") o order by " + order + " end, o.grp"
					+ (this.postgres ? " collate \"C\"" : "");
		});
	}

	/** Any other query over the rows of a scope ({@code metrics/<name>.sql}). */
	String plain(String name) {
		return this.cache.computeIfAbsent("plain:" + name, (key) -> {
			String query = read(name, this.postgres);
			return this.scope.with(query) + query;
		});
	}

	/**
	 * The dossier forms ({@code BM03}, {@code BM04}) a query reads, when it reads nothing
	 * else of the scope: without a current submission of any of them in the scope, it has
	 * no rows, and need not run. Empty for a query that reads other rows too.
	 */
	Set<String> logsOnly(String name) {
		return this.logsOnly.computeIfAbsent(name, (key) -> {
			String sql = this.scope.with(read(key)) + read(key);
			if (OTHER_ROWS.matcher(sql).find()) {
				return Set.of();
			}
			Set<String> forms = new TreeSet<>();
			if (sql.contains("bm03_rows")) {
				forms.add("BM03");
			}
			if (sql.contains("bm04_logs")) {
				forms.add("BM04");
			}
			return Set.copyOf(forms);
		});
	}

	/** Whether the query reads the scope's BM04 aggregates. */
	boolean readsBm04(String name) {
		return this.readsBm04.computeIfAbsent(name, (key) -> BM04_ROWS.matcher(read(key)).find());
	}

	private static Definition rate(String id) {
		return new Definition(id, FigureKind.RATE);
	}

	private static Definition count(String id) {
		return new Definition(id, FigureKind.COUNT);
	}

	/**
	 * The query, with {@code {C}} (after a column to sort by) made the "C" collation on
	 * PostgreSQL, where comparing bytes sorts millions of codes several times faster than
	 * the database's locale, and nothing elsewhere.
	 */
	static String read(String name, boolean postgres) {
		return read(name).replace("{C}", postgres ? " collate \"C\"" : "");
	}

	static String read(String name) {
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
