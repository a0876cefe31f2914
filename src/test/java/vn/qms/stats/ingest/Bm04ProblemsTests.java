package vn.qms.stats.ingest;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.qms.stats.ingest.bulk.Bm04Swap;

import static org.assertj.core.api.Assertions.assertThat;

class Bm04ProblemsTests {

	private static final Bm04Route.Bm04Context CONTEXT = new Bm04Route.Bm04Context("Sổ", "91", "2026-Q3", List.of(), 0,
			"Mã hồ sơ");

	@Test
	void shouldListAtMostTheFirstProblemsOfARejectedLogInRowOrder() {
		// given as many recorded problems as the load lists, on even rows, and a
		// duplicate dossier code on every odd row
		int max = Bm04Swap.MAX_LISTED;
		List<Bm04Swap.Recorded> recorded = IntStream.range(0, max)
			.mapToObj((i) -> new Bm04Swap.Recorded("Sổ", 8 + 2 * i, 3, "Ngày tiếp nhận", "x",
					"ingest.cell.not.datetime", List.of()))
			.toList();
		List<Bm04Swap.Duplicate> duplicates = IntStream.range(0, 3 * max)
			.mapToObj((i) -> new Bm04Swap.Duplicate(7 + 2 * i, "H001", 6))
			.toList();
		// when
		List<Problem> problems = Bm04Problems.of(recorded, duplicates, CONTEXT, "so.xlsx", false);
		// then
		assertThat(problems).hasSize(max);
		assertThat(problems).extracting(Problem::row)
			.containsExactlyElementsOf(IntStream.range(7, 7 + max).boxed().toList());
		assertThat(problems.get(0)).extracting(Problem::messageKey, Problem::column, Problem::value)
			.containsExactly("ingest.rule.duplicate", "A", "H001");
	}

}
