package vn.qms.stats.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import vn.qms.stats.metrics.Branch;
import vn.qms.stats.metrics.Figure;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewRowsTests {

	private final ReportText text = new ReportText(Locale.forLanguageTag("vi"));

	@Test
	void shouldNumberOnlyTheSectionsThatArePrinted() {
		// given a review with provinces but no ministries
		ReviewModel review = new ReviewModel("VN", "Cả nước", "2020", "2020", LocalDate.of(2021, 1, 5),
				List.of(ReviewFixtures.rate("mandatory_announced_rate", Branch.ALL, 20, 22)), List.of(),
				List.of(unit("01", "Hà Nội", 5, 5)));
		// when
		List<Map<String, ?>> rows = ReviewRows.of(review, this.text).rows();
		// then
		assertThat(rows.stream().map((row) -> (String) row.get("heading")).filter(Objects::nonNull).distinct())
			.containsExactly("I. KẾT QUẢ CHUNG", "II. KẾT QUẢ THEO ĐỊA PHƯƠNG",
					"III. ĐƠN VỊ CHƯA CÓ TẤT CẢ CƠ QUAN BẮT BUỘC CÔNG BỐ HTQLCL PHÙ HỢP", "IV. CHẤT LƯỢNG SỐ LIỆU");
		Map<String, ?> notCompliant = rows.get(2);
		assertThat(notCompliant.get("kind")).isEqualTo("NOTE");
		assertThat(notCompliant.get("t0")).as("nothing to list, said so").isEqualTo("Không có.");
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
		Map<String, ?> row = ReviewRows.of(review, this.text).rows().get(0);
		// then
		assertThat(row.get("t1")).isEqualTo("Bộ Nội vụ");
		assertThat(row.get("t2")).isEqualTo("–/–");
		assertThat(row.get("t3")).isEqualTo("–");
		assertThat(row.get("v4")).isEqualTo("–");
	}

	@Test
	void shouldMarkCarriedForwardFiguresAndRestatedReviews() {
		// given Hà Giang did not report in 2020: its 2019 figures are carried forward
		UnitFigures carried = new UnitFigures("02", "Hà Giang", unit("02", "Hà Giang", 4, 4).figures(), "2019");
		ReviewModel review = new ReviewModel("VN", "Cả nước", "2020", "2020", LocalDate.of(2021, 1, 5), List.of(),
				List.of(), List.of(carried))
			.restated(List.of("Tỉnh X tách thành hai tỉnh: không quy đổi được từ số liệu tổng hợp."));
		// when
		ReportDocument document = ReviewRows.of(review, this.text);
		// then
		assertThat(document.marker()).isEqualTo("Số liệu được quy đổi theo đơn vị hành chính hiện nay.");
		assertThat(document.rows()).extracting((row) -> (Object) row.get("t1")).contains("Hà Giang (*)");
		assertThat(document.rows()).extracting((row) -> (Object) row.get("t0"))
			.contains("(*) Đơn vị chưa gửi báo cáo kỳ này; dùng số liệu kỳ 2019.",
					"Tỉnh X tách thành hai tỉnh: không quy đổi được từ số liệu tổng hợp.");
	}

	private static UnitFigures unit(String code, String name, long announced, long mandatory) {
		BigDecimal value = (mandatory == 0) ? null
				: BigDecimal.valueOf(announced).divide(BigDecimal.valueOf(mandatory), java.math.MathContext.DECIMAL64);
		return new UnitFigures(code, name, List.of(new Figure("mandatory_announced_rate", Branch.ALL, code, name,
				"2020", BigDecimal.valueOf(announced), BigDecimal.valueOf(mandatory), value)));
	}

}
