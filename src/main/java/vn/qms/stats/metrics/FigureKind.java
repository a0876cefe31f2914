package vn.qms.stats.metrics;

/**
 * Whether a figure is a ratio of summed counts or a count (or another single number, such
 * as a median).
 */
public enum FigureKind {

	/** value = numerator / denominator, not applicable when the denominator is 0. */
	RATE,

	/**
	 * value = numerator; a denominator, where given, is what it is counted of
	 * ({@code procedures_cut}: of procedures reported).
	 */
	COUNT

}
