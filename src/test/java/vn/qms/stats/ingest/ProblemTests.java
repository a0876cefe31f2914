package vn.qms.stats.ingest;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a problem carries of a hostile cell: never more than a line's worth. */
class ProblemTests {

	@Test
	void shouldShowAtMost200CharactersOfAValueHeaderAndSheetName() {
		// given a cell of 5,000 characters under a header of 5,000, in a sheet of 120
		String value = "x".repeat(5000);
		// when
		Problem problem = Problem.error("ingest.cell.not.number")
			.inSheet("S".repeat(120))
			.at(7, 2, "H".repeat(5000), value);
		// then
		assertThat(problem.value()).hasSize(200).startsWith("xxx").endsWith("…");
		assertThat(problem.header()).hasSize(200).endsWith("…");
		assertThat(problem.sheet()).hasSize(100).endsWith("…");
		assertThat(problem.describe(Locale.ENGLISH)).hasSizeLessThan(600);
	}

	@Test
	void shouldKeepTenThousandProblemsOfLongValuesSmall() {
		// given
		String value = "Mã hồ sơ rất dài ".repeat(300);
		// when
		long characters = 0;
		for (int row = 1; row <= 10_000; row++) {
			characters += Problem.error("ingest.cell.too.long", value.length(), 100)
				.at(row, 0, "Mã hồ sơ", value)
				.describe(Locale.ENGLISH)
				.length();
		}
		// then: some 3 MB, not 50 MB
		assertThat(characters).isLessThan(4_000_000L);
	}

	@Test
	void shouldNotCutAValueOfAtMost200Characters() {
		// given
		String value = "đ".repeat(200);
		// when
		Problem problem = Problem.warning("ingest.rule.format", "d.dddddd").at(7, 0, "Mã TTHC", value);
		// then
		assertThat(problem.value()).isEqualTo(value);
	}

}
