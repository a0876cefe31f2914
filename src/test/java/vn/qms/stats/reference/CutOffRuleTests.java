package vn.qms.stats.reference;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CutOffRuleTests {

	@Test
	void shouldReadTheSettingValues() {
		assertThat(CutOffRule.of("calendar")).isEqualTo(CutOffRule.CALENDAR);
		assertThat(CutOffRule.of(" Decree-09-2019 ")).isEqualTo(CutOffRule.DECREE_09_2019);
		assertThat(CutOffRule.of("decree_09_2019")).isEqualTo(CutOffRule.DECREE_09_2019);
		assertThatIllegalArgumentException().isThrownBy(() -> CutOffRule.of("fiscal"))
			.withMessageContaining("calendar");
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			2026-Q3, CALENDAR,       2026-07-01, 2026-09-30
			2026-Q1, CALENDAR,       2026-01-01, 2026-03-31
			2012-H2, CALENDAR,       2012-07-01, 2012-12-31
			2019,    CALENDAR,       2019-01-01, 2019-12-31
			2026-Q3, DECREE_09_2019, 2026-06-15, 2026-09-14
			2026-Q1, DECREE_09_2019, 2025-12-15, 2026-03-14
			2012-H1, DECREE_09_2019, 2011-12-15, 2012-06-14
			2012-H2, DECREE_09_2019, 2012-06-15, 2012-12-14
			2019,    DECREE_09_2019, 2018-12-15, 2019-12-14
			""")
	void shouldGiveFirstAndLastDayUnderEachRule(String code, CutOffRule rule, LocalDate start, LocalDate end) {
		// given
		Period period = Period.parse(code).orElseThrow();
		// when / then
		assertThat(period.start(rule)).isEqualTo(start);
		assertThat(period.end(rule)).isEqualTo(end);
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			2026-03-14, CALENDAR,       2026-Q1, 2026-H1, 2026
			2026-03-31, CALENDAR,       2026-Q1, 2026-H1, 2026
			2026-12-20, CALENDAR,       2026-Q4, 2026-H2, 2026
			2026-03-14, DECREE_09_2019, 2026-Q1, 2026-H1, 2026
			2026-03-15, DECREE_09_2019, 2026-Q2, 2026-H1, 2026
			2026-06-15, DECREE_09_2019, 2026-Q3, 2026-H2, 2026
			2026-12-14, DECREE_09_2019, 2026-Q4, 2026-H2, 2026
			2026-12-15, DECREE_09_2019, 2027-Q1, 2027-H1, 2027
			""")
	void shouldPlaceADayInItsPeriods(LocalDate day, CutOffRule rule, String quarter, String half, String year) {
		assertThat(rule.quarterOf(day).code()).isEqualTo(quarter);
		assertThat(rule.halfYearOf(day).code()).isEqualTo(half);
		assertThat(rule.yearOf(day).code()).isEqualTo(year);
	}

	@Test
	void shouldPlaceEveryDayOfAPeriodInThatPeriod() {
		// given
		for (CutOffRule rule : CutOffRule.values()) {
			Period quarter = Period.ofQuarter(2024, 1);
			// when / then
			for (LocalDate day = quarter.start(rule); !day.isAfter(quarter.end(rule)); day = day.plusDays(1)) {
				assertThat(rule.quarterOf(day)).isEqualTo(quarter);
			}
			assertThat(rule.quarterOf(quarter.end(rule).plusDays(1))).isEqualTo(Period.ofQuarter(2024, 2));
			assertThat(rule.quarterOf(quarter.start(rule).minusDays(1))).isEqualTo(Period.ofQuarter(2023, 4));
		}
	}

}
