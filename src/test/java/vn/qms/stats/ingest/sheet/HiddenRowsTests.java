package vn.qms.stats.ingest.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.qms.stats.ingest.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The hidden rows of a sheet make one warning naming the first blocks among its data rows
 * and how many rows in all; those above or below the data are not named.
 */
class HiddenRowsTests {

	@Test
	void shouldNameTheFirstFiveBlocksAmongTheDataAndCountThemAll() {
		// given data rows 10 to 100, a hidden list row in the title block (3), seven
		// blocks across the data, the first running into it from the header, and one
		// below
		List<Problem> problems = new ArrayList<>();
		problems.add(Problem.warning("ingest.unit.name.differs").inSheet("BM01"));
		for (int[] block : new int[][] { { 3, 3 }, { 8, 11 }, { 20, 20 }, { 30, 31 }, { 40, 40 }, { 50, 50 },
				{ 60, 62 }, { 100, 104 } }) {
			problems.add(HiddenRows.block(block[0], block[1]).inSheet("BM01"));
		}
		ParsedSheet sheet = new ParsedSheet("BM01", null, new TitleBlock(), Map.of(),
				List.of(new ParsedRow(10, Map.of()), new ParsedRow(100, Map.of())), List.of());
		// when
		List<Problem> merged = HiddenRows.merged(problems, List.of(sheet));
		// then
		assertThat(merged).hasSize(2);
		assertThat(merged.get(1)).satisfies((warning) -> {
			assertThat(warning.messageKey()).isEqualTo("ingest.sheet.hidden.rows");
			assertThat(warning.row()).isEqualTo(10);
			assertThat(warning.arguments()).containsExactly("10–11, 20, 30–31, 40, 50, …", "11");
		});
	}

	@Test
	void shouldMakeRowsSideBySideOneBlockAndKeepAtMostTheCap() {
		// given rows 3, 4, 5 and 8 hidden, then a block every other row far past the cap
		HiddenRows.Blocks blocks = new HiddenRows.Blocks();
		for (int row : new int[] { 3, 4, 5, 8 }) {
			blocks.add(row);
		}
		List<Problem> few = blocks.warnings();
		for (int row = 10; row < 10 + 4 * XlsxLayout.MAX_ROW_BLOCKS; row += 2) {
			blocks.add(row);
		}
		// when
		List<Problem> many = blocks.warnings();
		// then
		assertThat(few).extracting(Problem::row, Problem::arguments)
			.containsExactly(tuple(3, List.of("3–5", "3")), tuple(8, List.of("8", "1")));
		assertThat(blocks.full()).isTrue();
		assertThat(many).hasSize(XlsxLayout.MAX_ROW_BLOCKS);
		assertThat(many.get(XlsxLayout.MAX_ROW_BLOCKS - 1).row()).isEqualTo(10 + 2 * (XlsxLayout.MAX_ROW_BLOCKS - 3));
	}

	@Test
	void shouldNameNoRowsOfASheetWithoutData() {
		// given
		List<Problem> problems = List.of(HiddenRows.block(3, 4).inSheet("Ghi chú"));
		// when
		List<Problem> merged = HiddenRows.merged(problems, List.of());
		// then
		assertThat(merged).isEmpty();
	}

}
