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
 * ids is looked up in one open-addressing table of primitives, each key beside its id, so
 * that a row costs one memory read, not the chain of map entries and key strings of a map
 * of maps.
 */
final class PairIndex {

	private static final int EMPTY = -1;

	private final Map<String, Integer> agencies = new HashMap<>();

	private final Map<String, Integer> procedures = new HashMap<>();

	private final List<String> agencyCodes = new ArrayList<>();

	private final List<String> procedureCodes = new ArrayList<>();

	/** Per id: the agency's id in the high half, the procedure's in the low half. */
	private long[] pairs = new long[1024];

	/**
	 * Open addressing, linear probing: slot i holds a pair's key at 2i and its id at 2i +
	 * 1, or EMPTY there.
	 */
	private long[] table = empty(2048);

	private int size;

	/** The keys of a block's rows (reused). */
	private long[] keys = new long[0];

	/** The pair's id, a new one (the next) if it was not seen before. */
	int id(String agency, String procedure) {
		return id(key(agency, procedure));
	}

	/**
	 * The ids of the pairs of a block's rows, in order, as {@link #id} gives them: the
	 * keys first (from the two small maps, in the cache), then the table in a loop of a
	 * few instructions a row, so that the processor has many of its memory reads under
	 * way at once.
	 */
	void ids(List<Bm04Row> rows, int[] ids) {
		int count = rows.size();
		if (this.keys.length < count) {
			this.keys = new long[count];
		}
		long[] keys = this.keys;
		for (int i = 0; i < count; i++) {
			Bm04Row row = rows.get(i);
			keys[i] = key(row.agencyCode(), row.procedureCode());
		}
		for (int i = 0; i < count; i++) {
			ids[i] = id(keys[i]);
		}
	}

	private long key(String agency, String procedure) {
		return ((long) code(agency, this.agencies, this.agencyCodes) << 32)
				| code(procedure, this.procedures, this.procedureCodes);
	}

	private int id(long key) {
		long[] table = this.table;
		int mask = (table.length >> 1) - 1;
		int slot = mix(key) & mask;
		while (table[2 * slot + 1] != EMPTY) {
			if (table[2 * slot] == key) {
				return (int) table[2 * slot + 1];
			}
			slot = (slot + 1) & mask;
		}
		int id = this.size++;
		table[2 * slot] = key;
		table[2 * slot + 1] = id;
		if (id == this.pairs.length) {
			this.pairs = Arrays.copyOf(this.pairs, id * 2);
		}
		this.pairs[id] = key;
		if (this.size > (table.length >> 2)) {
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
		int mask = (this.table.length >> 1) - 1;
		for (int slot = mix(key) & mask; this.table[2 * slot + 1] != EMPTY; slot = (slot + 1) & mask) {
			if (this.table[2 * slot] == key) {
				return (int) this.table[2 * slot + 1];
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
		long[] old = this.table;
		long[] table = empty(old.length * 2);
		int mask = (table.length >> 1) - 1;
		for (int i = 0; i < old.length; i += 2) {
			if (old[i + 1] != EMPTY) {
				int slot = mix(old[i]) & mask;
				while (table[2 * slot + 1] != EMPTY) {
					slot = (slot + 1) & mask;
				}
				table[2 * slot] = old[i];
				table[2 * slot + 1] = old[i + 1];
			}
		}
		this.table = table;
	}

	/**
	 * Spreads the two ids over the table's bits (Stafford's mix 13 of the 64-bit key).
	 */
	private static int mix(long key) {
		long z = (key ^ (key >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return (int) (z ^ (z >>> 31));
	}

	/** A table of {@code length / 2} empty slots. */
	private static long[] empty(int length) {
		long[] table = new long[length];
		for (int i = 1; i < length; i += 2) {
			table[i] = EMPTY;
		}
		return table;
	}

}
