package vn.qms.stats.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of {@code document.jrxml} and {@code document-xlsx.jrxml}, one map per row,
 * built at the edge from a report's plain model: numbered sections, tables in one of the
 * template's column layouts, lines of text, notes and chart images.
 */
final class DocumentRows {

	/** The column layouts of {@code document.jrxml}. */
	enum Layout {

		/** Indicator, counts, rate. */
		KEY,
		/** Code, name, counts and rate, counts and rate (two header groups). */
		UNITS,
		/** Period and six rates. */
		SERIES,
		/** Name and six rates (a unit over the years). */
		MATRIX,
		/** No., name, two texts. */
		LIST,
		/** No., name, short code, text, date, short status. */
		FILES,
		/** No., procedure, agency, three numbers. */
		PROC

	}

	private static final int COLUMNS = 8;

	private static final String[] ROMAN = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X" };

	private final List<Map<String, ?>> rows = new ArrayList<>();

	private int sections;

	private String section;

	private String heading;

	private int tables;

	private Map<String, Object> table;

	/** Starts a section, numbered I, II, ... */
	DocumentRows section(String title) {
		this.section = Integer.toString(++this.sections);
		this.heading = ROMAN[this.sections - 1] + ". " + title;
		this.table = null;
		return this;
	}

	/**
	 * Starts a table with its column headers.
	 * @param groups the PDF header groups over the rate columns (UNITS), or none
	 */
	DocumentRows table(Layout layout, ReportLine headers, String... groups) {
		this.table = new HashMap<>();
		this.table.put("table", Integer.toString(++this.tables));
		this.table.put("layout", layout.name());
		put(this.table, "h", headers.texts());
		put(this.table, "x", headers.values());
		for (int i = 0; i < groups.length; i++) {
			this.table.put("g" + i, groups[i]);
		}
		return this;
	}

	/** A row of the current table. */
	DocumentRows row(ReportLine line) {
		return row(line, false);
	}

	/** A total row, in bold. */
	DocumentRows totalRow(ReportLine line) {
		return row(line, true);
	}

	/**
	 * A line under the current table row, across its columns (e.g. the reasons for it).
	 */
	DocumentRows subRow(String text) {
		Map<String, Object> row = base("SUBROW", true);
		row.put("t0", text);
		this.rows.add(row);
		return this;
	}

	/** A paragraph; in the XLSX the given cells (label, numbers), or the text. */
	DocumentRows line(String text, ReportLine cells) {
		this.table = null;
		Map<String, Object> row = base("LINE", false);
		row.put("t0", text);
		if (cells != null) {
			putCells(row, cells);
		}
		this.rows.add(row);
		return this;
	}

	/** An italic note (a placeholder, an explanation of a mark). */
	DocumentRows note(String text) {
		this.table = null;
		Map<String, Object> row = base("NOTE", false);
		row.put("t0", text);
		this.rows.add(row);
		return this;
	}

	/** A chart drawn as a PNG image (left out of the XLSX). */
	DocumentRows chart(byte[] png) {
		this.table = null;
		Map<String, Object> row = base("CHART", false);
		row.put("chart", png);
		this.rows.add(row);
		return this;
	}

	/**
	 * The rows, those of the last section marked {@code tail} (the template keeps it with
	 * the signature block).
	 */
	List<Map<String, ?>> rows() {
		for (Map<String, ?> row : this.rows) {
			@SuppressWarnings("unchecked")
			Map<String, Object> each = (Map<String, Object>) row;
			each.put("tail", this.section != null && this.section.equals(row.get("section")));
		}
		return this.rows;
	}

	private DocumentRows row(ReportLine line, boolean bold) {
		Map<String, Object> row = base("ROW", true);
		row.put("bold", bold);
		put(row, "t", line.texts());
		putCells(row, line);
		this.rows.add(row);
		return this;
	}

	private Map<String, Object> base(String kind, boolean inTable) {
		Map<String, Object> row = new HashMap<>();
		if (inTable && this.table != null) {
			row.putAll(this.table);
		}
		row.put("section", this.section);
		row.put("heading", this.heading);
		row.put("kind", kind);
		row.put("bold", false);
		row.put("cells", false);
		return row;
	}

	private static void putCells(Map<String, Object> row, ReportLine line) {
		row.put("cells", true);
		put(row, "v", line.values());
		put(row, "f", line.formats());
	}

	private static void put(Map<String, Object> row, String prefix, List<?> values) {
		if (values.size() > COLUMNS) {
			throw new IllegalArgumentException("At most " + COLUMNS + " columns: " + values);
		}
		for (int i = 0; i < values.size(); i++) {
			row.put(prefix + i, values.get(i));
		}
	}

}
