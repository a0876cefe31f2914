package vn.qms.stats.ingest.bulk;

/**
 * Which (agency, dossier code) pairs of a dossier log may have come before: a Bloom
 * filter of fixed size (16 MB), so memory does not grow with the log. "No" is certain;
 * "maybe" marks the row, and the swap checks the marked pairs exactly in SQL. Finding a
 * log's duplicates then costs a scan of its few marked pairs instead of grouping every
 * row (the largest part of the swap). Up to ~10 M rows fewer than one pair in a hundred
 * is a false "maybe"; beyond, the check stays exact and only grows.
 */
final class RepeatFilter {

	/** 2^27 bits. */
	private static final int WORDS = 1 << 21;

	private static final int MASK = (WORDS << 6) - 1;

	private static final int PROBES = 3;

	private final long[] bits = new long[WORDS];

	/** Adds the pair; true if it may have been added before. */
	boolean add(String agencyCode, String dossierCode) {
		long hash = hash(agencyCode, dossierCode);
		int first = (int) hash;
		int step = (int) (hash >>> 32) | 1;
		boolean seen = true;
		for (int i = 0; i < PROBES; i++) {
			int bit = (first + i * step) & MASK;
			long word = this.bits[bit >>> 6];
			long mask = 1L << bit;
			if ((word & mask) == 0) {
				seen = false;
				this.bits[bit >>> 6] = word | mask;
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
