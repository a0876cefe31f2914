package vn.qms.stats.ingest.worker;

import java.util.HashMap;
import java.util.Map;

/**
 * One copy of each code a BM04 stream repeats (procedure, agency, channel: a few hundred
 * in a log of a million rows), taken as the rows arrive: the load then hashes and
 * compares the same few strings again (their hash kept, their bytes in the processor's
 * cache) instead of a million new ones read on another thread. At most {@value #MAX}
 * codes are kept; past them, codes pass through as read.
 */
final class Codes {

	static final int MAX = 1 << 14;

	private final Map<String, String> known = new HashMap<>();

	/** The copy kept of this code, or the code itself. */
	String of(String code) {
		if (code == null) {
			return null;
		}
		String kept = this.known.get(code);
		if (kept != null) {
			return kept;
		}
		if (this.known.size() < MAX) {
			this.known.put(code, code);
		}
		return code;
	}

}
