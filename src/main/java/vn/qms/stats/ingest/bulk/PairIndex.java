package vn.qms.stats.ingest.bulk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dense ids (0, 1, 2, ...) for the agency × procedure pairs of a dossier log, in the
 * order first seen, for {@link Bm04Tally}'s counts. A log has a few thousand agencies and
 * procedures but up to hundreds of thousands of pairs, met in any order: the codes get
 * small ids from two small maps (which stay in the processor's cache), and the pair of
 * ids is looked up in one open-addressing table of primitives, so that a row costs one or
 * two memory reads, not the chain of map entries and key strings of a map of maps.
 */
final class PairIndex {

	private static final int EMPTY = -1;

	private final Map<String, Integer> agencies = new HashMap<>();

	private final Map<String, Integer> procedures = new HashMap<>();

	private final List<String> agencyCodes = new ArrayList<>();

	private final List<String> procedureCodes = new ArrayList<>();

	/** Per id: the agency's id in the high half, the procedure's in the low half. */
	private long[] pairs = new long[1024];

	/** Open addressing, linear probing: a pair's key and its id, or EMPTY. */
	private long[] keys = new long[2048];

	private int[] ids = filled(2048);

	private int size;

	/** The pair's id, a new one (the next) if it was not seen before. */
	int id(String agency, String procedure) {
		long key = ((long) code(agency, this.agencies, this.agencyCodes) << 32)
				| code(procedure, this.procedures, this.procedureCodes);
		int mask = this.ids.length - 1;
		int slot = mix(key) & mask;
		while (this.ids[slot] != EMPTY) {
			if (this.keys[slot] == key) {
				return this.ids[slot];
			}
			slot = (slot + 1) & mask;
		}
		int id = this.size++;
		this.keys[slot] = key;
		this.ids[slot] = id;
		if (id == this.pairs.length) {
			this.pairs = Arrays.copyOf(this.pairs, id * 2);
		}
		this.pairs[id] = key;
		if (this.size * 2 > this.ids.length) {
			rehash();
		}
		return id;
	}

	/** Pairs seen. */
	int size() {
		return this.size;
	}

	String agency(int id) {
		return this.agencyCodes.get((int) (this.pairs[id] >>> 32));
	}

	String procedure(int id) {
		return this.procedureCodes.get((int) this.pairs[id]);
	}

	/** The pair's id, or -1 if it was never seen. */
	int find(String agency, String procedure) {
		Integer agencyId = this.agencies.get(agency);
		Integer procedureId = this.procedures.get(procedure);
		if (agencyId == null || procedureId == null) {
			return EMPTY;
		}
		long key = ((long) agencyId << 32) | procedureId;
		int mask = this.ids.length - 1;
		for (int slot = mix(key) & mask; this.ids[slot] != EMPTY; slot = (slot + 1) & mask) {
			if (this.keys[slot] == key) {
				return this.ids[slot];
			}
		}
		return EMPTY;
	}

	private static int code(String code, Map<String, Integer> ids, List<String> codes) {
		Integer id = ids.get(code);
		if (id == null) {
			id = codes.size();
			ids.put(code, id);
			codes.add(code);
		}
		return id;
	}

	private void rehash() {
		long[] oldKeys = this.keys;
		int[] oldIds = this.ids;
		this.keys = new long[oldKeys.length * 2];
		this.ids = filled(oldIds.length * 2);
		int mask = this.ids.length - 1;
		for (int i = 0; i < oldIds.length; i++) {
			if (oldIds[i] != EMPTY) {
				int slot = mix(oldKeys[i]) & mask;
				while (this.ids[slot] != EMPTY) {
					slot = (slot + 1) & mask;
				}
				this.keys[slot] = oldKeys[i];
				this.ids[slot] = oldIds[i];
			}
		}
	}

	/**
	 * Spreads the two ids over the table's bits (Stafford's mix 13 of the 64-bit key).
	 */
	private static int mix(long key) {
		long z = (key ^ (key >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return (int) (z ^ (z >>> 31));
	}

	private static int[] filled(int length) {
		int[] ids = new int[length];
		Arrays.fill(ids, EMPTY);
		return ids;
	}

}
