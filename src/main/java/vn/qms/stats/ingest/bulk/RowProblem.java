package vn.qms.stats.ingest.bulk;

import java.util.List;

import vn.qms.stats.ingest.ShownValue;

/**
 * A problem of one cell (or row, when {@code column} is negative) of a BM04 sheet, kept
 * as plain values so that a bad row costs a record, never an exception.
 *
 * @param row the row as Excel numbers it
 * @param column 0-based column index, -1 for the whole row
 */
public record RowProblem(int row, int column, String header, String value, String messageKey, List<String> arguments) {

	public RowProblem {
		header = ShownValue.shortened(header);
		value = ShownValue.shortened(value);
		arguments = arguments.stream().map(ShownValue::argument).toList();
	}

	static RowProblem of(int row, Bm04Layout.Header header, String value, String key, String... arguments) {
		return new RowProblem(row, header.index(), header.text(), value, key, List.of(arguments));
	}

}
