package vn.qms.stats.cli;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.system.QmsProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code --period} or {@code --from/--to} into figure scopes.
 */
class PeriodOptionsTests {

	private static final QmsProperties CALENDAR = new QmsProperties(null, null, "calendar", "vi");

	@Test
	void shouldMakeOneScopePerYearOfARangeRestatedWhenAsked() {
		// when
		List<FigureScope> scopes = PeriodOptions.of(null, 2019, 2021).scopes("91", CALENDAR, true, false);
		// then
		assertThat(scopes).extracting(FigureScope::periodCode).containsExactly("2019", "2020", "2021");
		assertThat(scopes).allMatch(FigureScope::restated).noneMatch(FigureScope::carryForward);
		assertThat(scopes.get(0).periodEnd()).isEqualTo(LocalDate.of(2019, 12, 31));
	}

	@Test
	void shouldReadAVietnameseQuarterLabelUnderTheDecreeRule() {
		// when
		FigureScope scope = PeriodOptions.of("Quý III/2026", null, null)
			.scopes("VN", new QmsProperties(null, null, "decree-09-2019", "vi"))
			.get(0);
		// then
		assertThat(scope.periodCode()).isEqualTo("2026-Q3");
		assertThat(scope.periodStart()).isEqualTo(LocalDate.of(2026, 6, 15));
		assertThat(scope.rule().code()).isEqualTo("decree-09-2019");
	}

	@Test
	void shouldRefuseAPeriodTogetherWithARange() {
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> PeriodOptions.of("2020", 2019, 2020));
	}

}
