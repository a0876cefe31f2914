package vn.qms.stats.ingest.form;

import java.util.List;
import java.util.Optional;

/**
 * One input form, as data: its columns (read from the sheet), derived columns (filled by
 * its rules, stored too), and the rules its rows must follow. Stored one row per data row
 * in {@code table}, with the column keys as column names.
 *
 * @param code {@code BM01}...{@code BM04}
 * @param titleVi the Vietnamese title printed on the form
 * @param table database table of its rows
 * @param columns the columns read from the sheet
 * @param derivedColumns keys of columns computed by rules and stored as text
 * @param rules checks on its rows
 */
public record FormDefinition(String code, String titleVi, String table, List<Column> columns,
		List<String> derivedColumns, List<Rule> rules) {

	public Optional<Column> column(String key) {
		return this.columns.stream().filter((column) -> column.key().equals(key)).findFirst();
	}

	public List<Column> requiredColumns() {
		return this.columns.stream().filter(Column::required).toList();
	}

}
