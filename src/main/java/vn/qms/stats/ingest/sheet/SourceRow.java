package vn.qms.stats.ingest.sheet;

import java.util.List;
import java.util.Optional;

/**
 * One row of a sheet: its number as Excel shows it (1-based) and its non-empty cells in
 * column order.
 */
public record SourceRow(int number, List<SourceCell> cells) {

	public SourceRow {
		cells = cells.stream().filter((cell) -> !cell.isBlank()).toList();
	}

	public boolean isEmpty() {
		return this.cells.isEmpty();
	}

	public Optional<SourceCell> cell(int column) {
		return this.cells.stream().filter((cell) -> cell.column() == column).findFirst();
	}

	/** The first cell holding text that is not a number. */
	public Optional<SourceCell> firstText() {
		return this.cells.stream().filter((cell) -> cell.kind() == SourceCell.Kind.TEXT).findFirst();
	}

}
