package vn.qms.stats.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.qms.stats.metrics.Branch;
import vn.qms.stats.metrics.Figure;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewRowsTests {

	private final NumberStyle style = NumberStyle.of(Locale.forLanguageTag("vi"));

	@Test
	void shouldNumberOnlyTheSectionsThatArePrinted() {
		// given a review with provinces but no ministries
		ReviewModel review = new ReviewModel("VN", "Cả nước", "2020", "2020", LocalDate.of(2021, 1, 5),
				List.of(ReviewFixtures.rate("mandatory_announced_rate", Branch.ALL, 20, 22)), List.of(),
				List.of(unit("01", "Hà Nội", 5, 5)));
		// when
		List<Map<String, ?>> rows = ReviewRows.of(review, this.style);
		// then
		assertThat(rows).extracting((row) -> row.get("section") + " " + row.get("sectionNo"))
			.containsExactly("HEADLINE I", "PROVINCES II", "NOT_COMPLIANT III");
		assertThat(rows.get(2).get("placeholder")).as("nothing to list, said so").isEqualTo(true);
	}

	@Test
	void shouldCountAUnitWithoutMandatoryBodiesAsNotCompliant() {
		// given 0/0 mandatory bodies, and 3/4
		UnitFigures none = unit("02", "Hà Giang", 0, 0);
		UnitFigures partly = unit("03", "Cao Bằng", 3, 4);
		UnitFigures all = unit("04", "Bắc Kạn", 4, 4);
		// when, then
		assertThat(ReviewRows.compliant(none)).isFalse();
		assertThat(ReviewRows.compliant(partly)).isFalse();
		assertThat(ReviewRows.compliant(all)).isTrue();
		assertThat(ReviewRows.compliant(new UnitFigures("05", "Tuyên Quang", List.of()))).isFalse();
	}

	@Test
	void shouldShowDashesForAUnitWithoutFigures() {
		// given
		ReviewModel review = new ReviewModel("VN", "Cả nước", "2020", "2020", LocalDate.of(2021, 1, 5), List.of(),
				List.of(new UnitFigures("B01", "Bộ Nội vụ", List.of())), List.of());
		// when
		Map<String, ?> row = ReviewRows.of(review, this.style).get(0);
		// then
		assertThat(row.get("mandatoryRateText")).isEqualTo("–");
		assertThat(row.get("tthcCountsText")).isEqualTo("–");
		assertThat(row.get("mandatoryRate")).isNull();
	}

	private static UnitFigures unit(String code, String name, long announced, long mandatory) {
		BigDecimal value = (mandatory == 0) ? null
				: BigDecimal.valueOf(announced).divide(BigDecimal.valueOf(mandatory), java.math.MathContext.DECIMAL64);
		return new UnitFigures(code, name, List.of(new Figure("mandatory_announced_rate", Branch.ALL, code, name,
				"2020", BigDecimal.valueOf(announced), BigDecimal.valueOf(mandatory), value)));
	}

}
