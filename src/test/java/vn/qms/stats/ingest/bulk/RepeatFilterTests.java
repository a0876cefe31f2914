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

}
