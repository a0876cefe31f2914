package vn.qms.stats.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The common table expressions of {@code metrics/scope.sql}, each with the comment above
 * it, so that a query is given only those it reads (directly or through another): H2
 * parses and plans every table of a {@code with} clause for every statement, which for
 * the two dozen figures of a scope, each with a table or two of the thirteen, was most of
 * the time {@code figures} spends on its queries in a new process. A table starts on a
 * line {@code name as (} and ends on a line {@code )} or {@code ),}.
 */
final class CommonTables {

	private static final Pattern START = Pattern.compile("^([a-z_0-9]+) as \\($");

	private static final Pattern END = Pattern.compile("^\\),?$");

	/** Name to its text (comment, name, body), in the order of the file. */
	private final Map<String, String> tables = new LinkedHashMap<>();

	/** Name to the other tables it reads. */
	private final Map<String, List<String>> reads = new LinkedHashMap<>();

	CommonTables(String sql) {
		StringBuilder pending = new StringBuilder();
		String name = null;
		for (String line : sql.split("\n", -1)) {
			Matcher start = START.matcher(line);
			if (name == null && start.matches()) {
				name = start.group(1);
			}
			if (name == null && !line.startsWith("--")) {
				pending.setLength(0); // before the first table, or after the last
				continue;
			}
			if (name != null && END.matcher(line).matches()) {
				pending.append(")");
				this.tables.put(name, pending.toString());
				pending.setLength(0);
				name = null;
				continue;
			}
			pending.append(line).append('\n');
		}
		if (this.tables.isEmpty() || name != null) {
			throw new IllegalStateException("Not a list of common table expressions: " + sql);
		}
		this.tables.forEach((table, text) -> this.reads.put(table, readBy(text, table)));
	}

	/**
	 * The {@code with} clause for a query: the tables it reads, in their order; nothing
	 * if it reads none.
	 */
	String with(String query) {
		List<String> needed = new ArrayList<>();
		List<String> queue = new ArrayList<>(readBy(query, null));
		while (!queue.isEmpty()) {
			String table = queue.remove(queue.size() - 1);
			if (!needed.contains(table)) {
				needed.add(table);
				queue.addAll(this.reads.get(table));
			}
		}
		List<String> texts = new ArrayList<>();
		this.tables.forEach((table, text) -> {
			if (needed.contains(table)) {
				texts.add(text);
			}
		});
		return texts.isEmpty() ? "" : "with " + String.join(",\n", texts) + "\n";
	}

	/** The tables this text names, itself excepted. */
	private List<String> readBy(String text, String self) {
		List<String> named = new ArrayList<>();
		for (String table : this.tables.keySet()) {
			if (!table.equals(self) && Pattern.compile("\\b" + table + "\\b").matcher(text).find()) {
				named.add(table);
			}
		}
		return named;
	}

}
