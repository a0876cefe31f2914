package vn.qms.stats.ingest.bulk;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tally's pair ids: each agency × procedure pair keeps the id it got when first seen,
 * through the table's growth, and its codes are given back from the id.
 */
class PairIndexTests {

	@Test
	void shouldGiveEachPairOneIdInTheOrderFirstSeen() {
		// given 200 agencies × 500 procedures met in random order, most of them again
		PairIndex index = new PairIndex();
		Map<String, Integer> expected = new HashMap<>();
		Random random = new Random(7);
		for (int i = 0; i < 300_000; i++) {
			String agency = "91." + random.nextInt(200);
			String procedure = "1.00" + (1000 + random.nextInt(500));
			// a fresh String each time, as each row's cell gives
			int id = index.id(new String(agency), new String(procedure));
			Integer before = expected.putIfAbsent(agency + "/" + procedure, expected.size());
			// then a new pair gets the next id, a pair seen before the same id as then
			assertThat(id).isEqualTo((before != null) ? before : expected.size() - 1);
		}
		assertThat(index.size()).isEqualTo(expected.size()).isGreaterThan(90_000);
		expected.forEach((pair, id) -> {
			assertThat(index.agency(id) + "/" + index.procedure(id)).isEqualTo(pair);
			assertThat(index.find(pair.substring(0, pair.indexOf('/')), pair.substring(pair.indexOf('/') + 1)))
				.isEqualTo(id);
		});
		// and a pair never seen is not found, even of known codes
		assertThat(index.find("91.0", "nothing")).isEqualTo(-1);
		assertThat(index.find("91.999", "1.001000")).isEqualTo(-1);
	}

	@Test
	void shouldGiveABlocksPairsTheIdsOneByOneWould() {
		// given blocks of rows whose pairs repeat within a block and across blocks
		PairIndex byBlock = new PairIndex();
		PairIndex oneByOne = new PairIndex();
		Random random = new Random(11);
		java.time.LocalDateTime day = java.time.LocalDateTime.of(2026, 7, 1, 8, 0);
		for (int block = 0; block < 100; block++) {
			java.util.List<Bm04Row> rows = new java.util.ArrayList<>();
			for (int i = 0; i < 1_000; i++) {
				rows.add(new Bm04Row(1, "HS", "1.00" + (1000 + random.nextInt(300)), "91." + random.nextInt(100), day,
						day, null, null));
			}
			int[] ids = new int[rows.size()];
			// when
			byBlock.ids(rows, ids);
			// then
			for (int i = 0; i < rows.size(); i++) {
				assertThat(ids[i]).as("block %d row %d", block, i)
					.isEqualTo(oneByOne.id(rows.get(i).agencyCode(), rows.get(i).procedureCode()));
			}
		}
		assertThat(byBlock.size()).isEqualTo(oneByOne.size()).isGreaterThan(20_000);
	}

}
