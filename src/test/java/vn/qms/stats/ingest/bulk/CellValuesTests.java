package vn.qms.stats.ingest.bulk;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates written as text in a dossier log, as {@code docs/forms.md} allows them, read
 * without an exception for a text that is no date.
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

	@Test
	void shouldReadSerialDatesToTheSecondAsExcelWritesThem() {
		// given: times of day to the second and to the minute, as Excel stores them
		java.util.SplittableRandom random = new java.util.SplittableRandom(7);
		for (int i = 0; i < 100_000; i++) {
			double serial = 36526 + random.nextInt(20_000)
					+ ((i % 2 == 0) ? random.nextInt(86400) / 86400.0 : random.nextInt(1440) / 1440.0);
			String raw = Double.toString(serial);
			// then: the hand-read seconds are those of the double
			assertThat(CellValues.serialSeconds(raw)).as(raw).isEqualTo(Math.round(serial * 86400));
		}
		assertThat(CellValues.serialSeconds("46204")).isEqualTo(46204L * 86400);
		assertThat(CellValues.serialSeconds("46204.708333333336")).isEqualTo(46204L * 86400 + 17 * 3600);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1000000000000000.0", "1e300", "-1", "2958466", "NaN", "Infinity" })
	void shouldGiveNoDateForASerialNumberExcelCannotShow(String raw) {
		// a workbook cell holding it, as fastexcel hands it over
		assertThat(CellValues.serialDate(raw)).isNull();
	}

	@Test
	void shouldReadTheLastDayExcelCanShow() {
		assertThat(CellValues.serialDate("2958465.5")).isEqualTo(LocalDateTime.of(9999, 12, 31, 12, 0));
	}

	@ParameterizedTest
	@ValueSource(strings = { "4.6204E4", "-1", "", ".5", "46204.5x", "1234567890.5" })
	void shouldLeaveOtherNumberFormsToTheGeneralParser(String raw) {
		assertThat(CellValues.serialSeconds(raw)).isEqualTo(Long.MIN_VALUE);
	}

}
