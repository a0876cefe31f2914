package vn.qms.stats.metrics;

/**
 * The data-quality checks of {@code docs/figures.md}; reports word each kind in their own
 * message bundles.
 */
public enum DataQualityKind {

	/** A unit's BM02 row disagrees with the counts of its BM01 rows (BM01 is used). */
	BM01_BM02_MISMATCH,

	/**
	 * One submission contradicts itself (e.g. more procedures with a process than
	 * procedures; more dossiers resolved than received; days cut that do not match).
	 */
	INTERNAL_CONTRADICTION,

	/**
	 * A total row of a submitted sheet disagrees with the sum of the rows above it (found
	 * at ingest, a warning there).
	 */
	TOTAL_ROW_MISMATCH,

	/** A unit expected to report for the period has no data for it. */
	MISSING_UNIT,

	/** A unit reported for a period in which it did not exist (abolished, or not yet). */
	NOT_VALID_IN_PERIOD,

	/** A unit was split: its summary counts are not restated into its successors. */
	SPLIT_NOT_RESTATED,

	/** A unit's data was carried forward from an earlier period. */
	CARRIED_FORWARD

}
