package vn.qms.stats.report;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.qms.stats.metrics.Branch;
import vn.qms.stats.metrics.Figure;

import static org.assertj.core.api.Assertions.assertThat;

class NumberStyleTests {

	private final NumberStyle vietnamese = NumberStyle.of(Locale.forLanguageTag("vi"));

	private final NumberStyle english = NumberStyle.of(Locale.ENGLISH);

	@Test
	void shouldRoundRatesHalfUpToOneDecimalInVietnameseStyle() {
		// given the counts quoted in the national review
		// when shown, then
		assertThat(this.vietnamese.rate(n(20), n(22))).isEqualTo("90,9 %");
		assertThat(this.vietnamese.rate(n(62), n(63))).isEqualTo("98,4 %");
		assertThat(this.vietnamese.rate(n(74), n(98))).isEqualTo("75,5 %");
		assertThat(this.vietnamese.rate(n(5564), n(8910))).isEqualTo("62,4 %");
	}

	@Test
	void shouldShowDashWhenDenominatorIsZero() {
		// given 0/0
		// when
		String rate = this.vietnamese.rate(n(0), n(0));
		// then
		assertThat(rate).isEqualTo("–");
		assertThat(this.vietnamese.rate((BigDecimal) null)).isEqualTo("–");
		assertThat(this.english.rate(n(0), n(0))).isEqualTo("–");
	}

	@Test
	void shouldRoundHalfUpNotHalfEven() {
		// given 1/16 = 6.25 % and 3/16 = 18.75 %
		// when shown, then the tie goes up
		assertThat(this.vietnamese.rate(n(1), n(16))).isEqualTo("6,3 %");
		assertThat(this.vietnamese.rate(n(3), n(16))).isEqualTo("18,8 %");
		assertThat(this.vietnamese.rate(new BigDecimal("0.0625"))).isEqualTo("6,3 %");
	}

	@Test
	void shouldGroupThousandsWithDotsInVietnameseAndCommasInEnglish() {
		// given
		BigDecimal procedures = n(5564);
		// when, then
		assertThat(this.vietnamese.count(procedures)).isEqualTo("5.564");
		assertThat(this.english.count(procedures)).isEqualTo("5,564");
		assertThat(this.vietnamese.count(n(1234567))).isEqualTo("1.234.567");
	}

	@Test
	void shouldShowRateWithItsCounts() {
		// given
		// when, then
		assertThat(this.vietnamese.rateWithCounts(n(20), n(22))).isEqualTo("90,9 % (20/22)");
		assertThat(this.english.rateWithCounts(n(20), n(22))).isEqualTo("90.9% (20/22)");
		assertThat(this.vietnamese.rateWithCounts(n(5564), n(8910))).isEqualTo("62,4 % (5.564/8.910)");
		assertThat(this.english.rate(n(20), n(22))).isEqualTo("90.9%");
	}

	@Test
	void shouldShowFigureRateFromItsCountsNotFromARoundedValue() {
		// given a figure whose stored value is the exact ratio
		Figure figure = new Figure("mandatory_announced_rate", Branch.ALL, "VN", "Cả nước", "2020", n(62), n(63),
				new BigDecimal("0.98412698"));
		// when
		String rate = this.vietnamese.rate(figure);
		// then
		assertThat(rate).isEqualTo("98,4 %");
		assertThat(this.vietnamese.rate((Figure) null)).isEqualTo("–");
	}

	private static BigDecimal n(long value) {
		return BigDecimal.valueOf(value);
	}

}
