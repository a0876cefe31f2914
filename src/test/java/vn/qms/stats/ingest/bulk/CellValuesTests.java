package vn.qms.stats.ingest.bulk;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates written as text in a dossier log, as input-templates.md allows them, read without
 * an exception for a text that is no date.
 */
class CellValuesTests {

	@Test
	void shouldReadTheDateFormsOfTheTemplates() {
		assertThat(CellValues.parse("5/9/2026")).isEqualTo(LocalDateTime.of(2026, 9, 5, 0, 0));
		assertThat(CellValues.parse("05-09-2026")).isEqualTo(LocalDateTime.of(2026, 9, 5, 0, 0));
		assertThat(CellValues.parse("2026-09-05")).isEqualTo(LocalDateTime.of(2026, 9, 5, 0, 0));
		assertThat(CellValues.parse("5/9/2026 7:30")).isEqualTo(LocalDateTime.of(2026, 9, 5, 7, 30));
		assertThat(CellValues.parse("05/09/2026 17:30:15")).isEqualTo(LocalDateTime.of(2026, 9, 5, 17, 30, 15));
		assertThat(CellValues.parse("2026-09-05T17:30")).isEqualTo(LocalDateTime.of(2026, 9, 5, 17, 30));
		assertThat(CellValues.parse("29/2/2024")).isEqualTo(LocalDateTime.of(2024, 2, 29, 0, 0));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ngày 32/13/2026", "32/1/2026", "29/2/2026", "1/13/2026", "5/9/26", "5/9-2026",
			"2026/09/05", "5/9/2026 24:00", "5/9/2026 7:3", "5/9/2026 7:30:", "5/9/2026T7:30", "5/9/2026 07:30 SA", "",
			"//", "2026-9-5 7", "1/2/3/4/5/6/7" })
	void shouldGiveNoDateForATextThatIsNone(String text) {
		assertThat(CellValues.parse(text)).isNull();
	}

}
