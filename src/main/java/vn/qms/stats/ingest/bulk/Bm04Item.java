package vn.qms.stats.ingest.bulk;

import java.util.List;

/**
 * What the reader makes of one data row: the dossier, or the problems that keep it out.
 */
public record Bm04Item(Bm04Row row, List<RowProblem> problems) {

	static Bm04Item good(Bm04Row row) {
		return new Bm04Item(row, List.of());
	}

	boolean isGood() {
		return this.problems.isEmpty();
	}

}
