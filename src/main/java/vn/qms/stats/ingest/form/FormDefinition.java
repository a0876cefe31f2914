package vn.qms.stats.ingest.form;

import java.util.List;
import java.util.Optional;

/**
 * One input form, as data: its columns (read from the sheet), derived columns (filled by
 * its rules, stored too), the rules its rows must follow, and what a bad row does to the
 * file. Stored one row per data row in {@code table}, with the column keys as column
 * names.
 *
 * @param code {@code BM01}...{@code BM04}
 * @param titleVi the Vietnamese title printed on the form
 * @param table database table of its rows
 * @param columns the columns read from the sheet
 * @param derivedColumns keys of columns computed by rules and stored as text
 * @param rules checks on its rows
 * @param badRows whether a row with an error rejects the file or is skipped
 */
public record FormDefinition(String code, String titleVi, String table, List<Column> columns,
		List<String> derivedColumns, List<Rule> rules, BadRows badRows) {

	/** What a data row with an error does. */
	public enum BadRows {

		/** Any error rejects the whole file. */
		REJECT_FILE,
		/**
		 * The row is skipped, up to the configured error rate; above it the file is
		 * rejected.
		 */
		SKIP_UP_TO_RATE

	}

	public FormDefinition(String code, String titleVi, String table, List<Column> columns, List<String> derivedColumns,
			List<Rule> rules) {
		this(code, titleVi, table, columns, derivedColumns, rules, BadRows.REJECT_FILE);
	}

	public Optional<Column> column(String key) {
		return this.columns.stream().filter((column) -> column.key().equals(key)).findFirst();
	}

	public List<Column> requiredColumns() {
		return this.columns.stream().filter(Column::required).toList();
	}

}
