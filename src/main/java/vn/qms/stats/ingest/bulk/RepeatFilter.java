package vn.qms.stats.ingest.bulk;

import java.util.List;

/**
 * Which (agency, dossier code) pairs of a dossier log may have come before: a Bloom
 * filter of fixed size (16 MB), so memory does not grow with the log. "No" is certain;
 * "maybe" marks the row, and the swap checks the marked pairs exactly in SQL. Finding a
 * log's duplicates then costs a scan of its few marked pairs instead of grouping every
 * row (the largest part of the swap). The filter is blocked: a pair's bits all lie in one
 * block of 512 bits, the size of a processor's cache line, so that a row costs one memory
 * read, not one per bit spread over 16 MB (a third of the filter's time, in a thread that
 * does little else per row). Up to ~10 M rows fewer than one pair in a hundred is a false
 * "maybe"; beyond, the check stays exact and only grows.
 */
final class RepeatFilter {

	/** 2^27 bits. */
	private static final int WORDS = 1 << 21;

	/** Words of a block: 8 × 64 bits. */
	private static final int BLOCK_WORDS = 8;

	private static final int BLOCKS = WORDS / BLOCK_WORDS;

	private static final int PROBES = 3;

	private final long[] bits = new long[WORDS];

	/** The hashes of a block's rows (reused). */
	private long[] hashes = new long[0];

	/** Adds the pair; true if it may have been added before. */
	boolean add(String agencyCode, String dossierCode) {
		return add(hash(agencyCode, dossierCode));
	}

	/**
	 * Adds the pairs of a block's rows in order; {@code seen[i]}: whether row i's pair
	 * may have been added before (by an earlier row of the block too). The hashes first,
	 * then the bits in a loop of a few instructions a row, so that the processor has many
	 * of their memory reads under way at once instead of waiting for each (a row's read
	 * of the 16 MB misses the caches).
	 */
	void addAll(List<Bm04Row> rows, boolean[] seen) {
		int count = rows.size();
		if (this.hashes.length < count) {
			this.hashes = new long[count];
		}
		long[] hashes = this.hashes;
		for (int i = 0; i < count; i++) {
			Bm04Row row = rows.get(i);
			hashes[i] = hash(row.agencyCode(), row.dossierCode());
		}
		for (int i = 0; i < count; i++) {
			seen[i] = add(hashes[i]);
		}
	}

	private boolean add(long hash) {
		// the block from the high bits, the bits within it from 9 low bits each
		int block = (int) (hash >>> 40) & (BLOCKS - 1);
		int base = block * BLOCK_WORDS;
		boolean seen = true;
		for (int i = 0; i < PROBES; i++) {
			int bit = (int) (hash >>> (9 * i)) & 511;
			int at = base + (bit >>> 6);
			long word = this.bits[at];
			long mask = 1L << bit;
			if ((word & mask) == 0) {
				seen = false;
				this.bits[at] = word | mask;
			}
		}
		return seen;
	}

	/** 64-bit FNV-1a over both codes, then a final mix for well-spread halves. */
	private static long hash(String agencyCode, String dossierCode) {
		long hash = 0xcbf29ce484222325L;
		hash = mix(hash, agencyCode);
		hash = (hash ^ 0x1F) * 0x100000001b3L;
		hash = mix(hash, dossierCode);
		hash ^= hash >>> 33;
		hash *= 0xff51afd7ed558ccdL;
		hash ^= hash >>> 33;
		hash *= 0xc4ceb9fe1a85ec53L;
		return hash ^ (hash >>> 33);
	}

	private static long mix(long hash, String text) {
		for (int i = 0; i < text.length(); i++) {
			hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
		}
		return hash;
	}

}
