package vn.qms.stats.ingest.bulk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filter that spares the swap from grouping every row: never misses a pair seen
 * before (a duplicate dossier would be counted twice), rarely flags a new one (each flag
 * costs an exact check).
 */
class RepeatFilterTests {

	@Test
	void shouldFlagEveryRepeatedPairAndFewNewOnes() {
		RepeatFilter filter = new RepeatFilter();
		int falseFlags = 0;
		for (int i = 0; i < 2_000_000; i++) {
			if (filter.add("91." + (i % 200), "H.26." + i)) {
				falseFlags++;
			}
		}
		for (int i = 0; i < 2_000_000; i += 997) {
			assertThat(filter.add("91." + (i % 200), "H.26." + i)).as("pair %d seen before", i).isTrue();
		}
		// the same dossier code at another agency is another pair
		assertThat(filter.add("91.999", "H.26.1")).isFalse();
		assertThat(falseFlags).isLessThan(2_000);
	}

	@Test
	void shouldFlagABlocksRowsAsOneByOneIncludingRepeatsWithinTheBlock() {
		// given blocks of 1,000 rows whose pairs repeat within a block and across blocks
		RepeatFilter byBlock = new RepeatFilter();
		RepeatFilter oneByOne = new RepeatFilter();
		java.util.Random random = new java.util.Random(3);
		for (int block = 0; block < 50; block++) {
			java.util.List<Bm04Row> rows = new java.util.ArrayList<>();
			for (int i = 0; i < 1_000; i++) {
				rows.add(row("91." + random.nextInt(20), "H.26." + random.nextInt(30_000)));
			}
			// the block's first pair again at its end
			rows.set(999, row(rows.get(0).agencyCode(), rows.get(0).dossierCode()));
			boolean[] seen = new boolean[rows.size()];
			// when
			byBlock.addAll(rows, seen);
			assertThat(seen[999]).as("block %d: its first pair again", block).isTrue();
			// then
			for (int i = 0; i < rows.size(); i++) {
				assertThat(seen[i]).as("block %d row %d", block, i)
					.isEqualTo(oneByOne.add(rows.get(i).agencyCode(), rows.get(i).dossierCode()));
			}
		}
	}

	private static Bm04Row row(String agency, String dossier) {
		java.time.LocalDateTime day = java.time.LocalDateTime.of(2026, 7, 1, 8, 0);
		return new Bm04Row(1, dossier, "1.001", agency, day, day, null, null);
	}

}
