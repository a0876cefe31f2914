package vn.qms.stats.ingest.sheet;

import java.util.ArrayList;
import java.util.List;

import vn.qms.stats.ingest.Problem;

/**
 * The columns a sheet hides, made one warning as they are met in order: the first
 * {@value #SHOWN} blocks named (columns side by side, which Excel may store one by one,
 * make one block), every hidden column counted. The same for an {@code .xlsx}
 * ({@link XlsxLayout}) and an {@code .xls} ({@link XlsLayout}).
 */
final class HiddenColumns {

	/** Hidden columns: {0} the first blocks, {1} how many columns in all. */
	static final String KEY = "ingest.sheet.hidden.columns";

	/** Blocks named in the warning; the count covers them all. */
	static final int SHOWN = 5;

	private final List<String> shown = new ArrayList<>(SHOWN);

	private long count;

	private int blocks;

	private int first;

	private int last = -1;

	/** Columns {@code min} to {@code max} (1-based) are hidden. */
	void add(int min, int max) {
		this.count += max - min + 1;
		if (this.blocks > 0 && min == this.last + 1) {
			this.last = max;
			return;
		}
		name();
		this.blocks++;
		this.first = min;
		this.last = max;
	}

	/** The warning, or null when no column is hidden. */
	Problem warning() {
		if (this.count == 0) {
			return null;
		}
		name();
		return Problem.warning(KEY, String.join(", ", this.shown) + ((this.blocks > SHOWN) ? ", …" : ""), this.count);
	}

	/** Names the current block, if it is among the first {@value #SHOWN} and unnamed. */
	private void name() {
		if (this.blocks > 0 && this.blocks <= SHOWN && this.shown.size() < this.blocks) {
			this.shown.add(Problem.columnLetter(this.first - 1)
					+ ((this.last > this.first) ? ":" + Problem.columnLetter(this.last - 1) : ""));
		}
	}

}
