package vn.qms.stats.reference;

/**
 * How an old unit went into a new one.
 */
public enum SuccessionKind {

	/** The old unit was added whole into the new one: its counts can be restated. */
	MERGE,

	/** Same territory, new name (Thừa Thiên Huế to Thành phố Huế). */
	RENAME,

	/** Parts went to several units: summary counts cannot be restated exactly. */
	SPLIT

}
