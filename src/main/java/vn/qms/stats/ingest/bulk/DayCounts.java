package vn.qms.stats.ingest.bulk;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * How many dossiers took each whole number of days (0 … {@link #MAX_DAYS}), for one
 * agency and procedure: their count, sum and exact median, as {@code count}, {@code sum}
 * and {@code percentile_cont(0.5)} give them in SQL. Grows with the longest time seen,
 * not with the dossiers.
 */
final class DayCounts {

	/** Longest time kept (about 27 years): a longer one gives up the tally. */
	static final int MAX_DAYS = 10_000;

	private int[] counts = new int[32];

	private long dossiers;

	private long sum;

	/**
	 * Counts a dossier of {@code days}: the slots the counts grew by (0 mostly), or -1 if
	 * the days are out of range.
	 */
	int add(int days) {
		if (days < 0 || days > MAX_DAYS) {
			return -1;
		}
		int grown = 0;
		if (days >= this.counts.length) {
			int length = Math.max(days + 1, this.counts.length * 2);
			grown = length - this.counts.length;
			this.counts = Arrays.copyOf(this.counts, length);
		}
		this.counts[days]++;
		this.dossiers++;
		this.sum += days;
		return grown;
	}

	/** The count of {@code days} (0 if none, or out of range), read to bring it near. */
	int peek(Integer days) {
		int[] counts = this.counts;
		return (days != null && days >= 0 && days < counts.length) ? counts[days] : 0;
	}

	/** Takes back a dossier counted before (a duplicate the swap leaves out). */
	void remove(int days) {
		this.counts[days]--;
		this.dossiers--;
		this.sum -= days;
	}

	/** Array slots held, for the tally's memory bound. */
	int size() {
		return this.counts.length;
	}

	long dossiers() {
		return this.dossiers;
	}

	/** The sum of the days; null without dossiers (as SQL's {@code sum}). */
	Long sum() {
		return (this.dossiers > 0) ? this.sum : null;
	}

	/**
	 * The median, the mean of the two middle values of an even count; null without
	 * dossiers.
	 */
	BigDecimal median() {
		if (this.dossiers == 0) {
			return null;
		}
		long lower = valueAt((this.dossiers - 1) / 2);
		long upper = valueAt(this.dossiers / 2);
		return BigDecimal.valueOf(lower + upper).divide(BigDecimal.valueOf(2));
	}

	/** The value at {@code rank} (0-based) in ascending order. */
	private long valueAt(long rank) {
		long seen = 0;
		for (int days = 0; days < this.counts.length; days++) {
			seen += this.counts[days];
			if (seen > rank) {
				return days;
			}
		}
		throw new IllegalStateException("rank " + rank + " of " + this.dossiers);
	}

}
