package vn.qms.stats.reference;

import java.text.Normalizer;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Quý III/2026            | 2026-Q3
			quý iii / 2026          | 2026-Q3
			QUY 3 NAM 2026          | 2026-Q3
			Quý 3 năm 2026          | 2026-Q3
			Q3/2026                 | 2026-Q3
			q1 2020                 | 2020-Q1
			2026-Q3                 | 2026-Q3
			Quý IV/2019             | 2019-Q4
			6 tháng đầu năm 2012    | 2012-H1
			6 THÁNG CUỐI NĂM 2012   | 2012-H2
			6 thang  cuoi nam 2012  | 2012-H2
			2012-H1                 | 2012-H1
			2012-h2                 | 2012-H2
			Năm 2019                | 2019
			nam 2019                | 2019
			2019                    | 2019
			""")
	void shouldParseEveryLabelStyleOfTheForms(String label, String code) {
		// given / when
		Period period = Period.parse(label).orElseThrow();
		// then
		assertThat(period.code()).isEqualTo(code);
	}

	@Test
	void shouldParseDecomposedDiacritics() {
		// given
		String nfd = Normalizer.normalize("Quý II/2021", Normalizer.Form.NFD);
		// when / then
		assertThat(Period.parse(nfd)).contains(Period.ofQuarter(2021, 2));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Quý V/2020", "Q5/2020", "2012-H3", "6 tháng giữa năm 2012", "20", "năm", "12/2020" })
	void shouldRejectLabelsThatAreNoPeriod(String label) {
		assertThat(Period.parse(label)).isEmpty();
	}

	@Test
	void shouldRejectNullLabel() {
		assertThat(Period.parse(null)).isEmpty();
	}

	@Test
	void shouldReadItsOwnCodeBack() {
		for (Period period : new Period[] { Period.ofYear(2019), Period.ofHalfYear(2012, 2),
				Period.ofQuarter(2026, 4) }) {
			assertThat(Period.parse(period.code())).contains(period);
			assertThat(Period.parse(period.label(Locale.forLanguageTag("vi")))).contains(period);
		}
	}

	@Test
	void shouldLabelInVietnameseAndEnglish() {
		Locale vi = Locale.forLanguageTag("vi");
		assertThat(Period.ofQuarter(2026, 3).label(vi)).isEqualTo("Quý III/2026");
		assertThat(Period.ofHalfYear(2012, 1).label(vi)).isEqualTo("6 tháng đầu năm 2012");
		assertThat(Period.ofHalfYear(2012, 2).label(vi)).isEqualTo("6 tháng cuối năm 2012");
		assertThat(Period.ofYear(2019).label(vi)).isEqualTo("Năm 2019");
		assertThat(Period.ofQuarter(2026, 3).label(Locale.ENGLISH)).isEqualTo("Q3 2026");
		assertThat(Period.ofHalfYear(2012, 1).label(Locale.ENGLISH)).isEqualTo("First half of 2012");
		assertThat(Period.ofHalfYear(2012, 2).label(Locale.ENGLISH)).isEqualTo("Second half of 2012");
		assertThat(Period.ofYear(2019).label(Locale.ENGLISH)).isEqualTo("Year 2019");
	}

	@Test
	void shouldGoBackAcrossYearBoundaries() {
		assertThat(Period.ofQuarter(2020, 1).previous()).isEqualTo(Period.ofQuarter(2019, 4));
		assertThat(Period.ofQuarter(2020, 3).previous()).isEqualTo(Period.ofQuarter(2020, 2));
		assertThat(Period.ofHalfYear(2020, 1).previous()).isEqualTo(Period.ofHalfYear(2019, 2));
		assertThat(Period.ofYear(2020).previous()).isEqualTo(Period.ofYear(2019));
	}

	@Test
	void shouldSortByTime() {
		assertThat(Period.ofQuarter(2019, 4)).isLessThan(Period.ofQuarter(2020, 1));
		assertThat(Period.ofHalfYear(2020, 1)).isLessThan(Period.ofQuarter(2020, 3));
		assertThat(Period.ofYear(2019)).isLessThan(Period.ofHalfYear(2020, 1));
	}

}
