package vn.qms.stats.ingest.sheet;

/**
 * The most data rows the engine keeps in memory for one file, shared by its sheets: the
 * reading of a sheet stops at the first row beyond it, so a huge file never fills the
 * heap. One instance per file read.
 */
public final class RowLimit {

	/** The default of {@code qms.ingest.max-rows-in-memory}. */
	public static final int DEFAULT_MAX_ROWS = 200_000;

	/** Message key of the error at the row where reading stopped. */
	public static final String TOO_MANY_ROWS = "ingest.file.too.many.rows";

	private final int max;

	private int taken;

	public RowLimit(int max) {
		if (max <= 0) {
			throw new IllegalArgumentException("The row limit must be positive");
		}
		this.max = max;
	}

	/** No limit: for readers that bound the rows themselves. */
	static RowLimit none() {
		return new RowLimit(Integer.MAX_VALUE);
	}

	public int max() {
		return this.max;
	}

	/** Counts one more row kept; false when the limit is already reached. */
	boolean take() {
		if (this.taken >= this.max) {
			return false;
		}
		this.taken++;
		return true;
	}

}
