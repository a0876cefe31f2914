package vn.qms.stats.ingest.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the separator of a CSV file from its first records: of {@code ,} {@code ;} and
 * tab, the one that splits the most records into the same number of fields, counted
 * outside quotes. Title lines without separators and decimal commas in a
 * semicolon-separated file do not mislead it.
 */
final class CsvSeparator {

	static final char[] CANDIDATES = { ',', ';', '\t' };

	/** Records read to decide. */
	static final int SAMPLE_RECORDS = 50;

	private CsvSeparator() {
	}

	/** The separator of the sample text; {@code ,} when none appears. */
	static char detect(CharSequence sample) {
		List<int[]> counts = counts(sample);
		char best = CANDIDATES[0];
		long bestScore = 0;
		for (int k = 0; k < CANDIDATES.length; k++) {
			long score = score(counts, k);
			if (score > bestScore) {
				best = CANDIDATES[k];
				bestScore = score;
			}
		}
		return best;
	}

	/** Per record, how often each candidate occurs outside quotes. */
	private static List<int[]> counts(CharSequence sample) {
		List<int[]> records = new ArrayList<>();
		int[] current = new int[CANDIDATES.length];
		boolean quoted = false;
		for (int i = 0; i < sample.length() && records.size() < SAMPLE_RECORDS; i++) {
			char c = sample.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && c == '\n') {
				records.add(current);
				current = new int[CANDIDATES.length];
			}
			else if (!quoted) {
				for (int k = 0; k < CANDIDATES.length; k++) {
					if (c == CANDIDATES[k]) {
						current[k]++;
					}
				}
			}
		}
		records.add(current);
		return records;
	}

	/**
	 * How many records share the most common non-zero count of the candidate, weighted so
	 * that more records always win and more occurrences break ties.
	 */
	private static long score(List<int[]> records, int candidate) {
		Map<Integer, Integer> frequency = new HashMap<>();
		long total = 0;
		for (int[] record : records) {
			int count = record[candidate];
			if (count > 0) {
				frequency.merge(count, 1, Integer::sum);
				total += count;
			}
		}
		int consistent = frequency.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		return (consistent == 0) ? 0 : consistent * 1_000_000L + total;
	}

}
