package vn.qms.stats.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.qms.stats.metrics.Branch;
import vn.qms.stats.metrics.Figure;

/**
 * A national review built by hand: 22 ministries (20 compliant), 63 provinces (62
 * compliant). Names are real, figures made up.
 */
final class ReviewFixtures {

	static final String PERIOD = "2015-2020";

	static final List<String> MINISTRIES = List.of("Bộ Quốc phòng", "Bộ Công an", "Bộ Ngoại giao", "Bộ Nội vụ",
			"Bộ Tư pháp", "Bộ Kế hoạch và Đầu tư", "Bộ Tài chính", "Bộ Công Thương",
			"Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Giao thông vận tải", "Bộ Xây dựng",
			"Bộ Tài nguyên và Môi trường", "Bộ Thông tin và Truyền thông", "Bộ Lao động - Thương binh và Xã hội",
			"Bộ Văn hóa, Thể thao và Du lịch", "Bộ Khoa học và Công nghệ", "Bộ Giáo dục và Đào tạo", "Bộ Y tế",
			"Ủy ban Dân tộc", "Ngân hàng Nhà nước Việt Nam", "Thanh tra Chính phủ", "Văn phòng Chính phủ");

	static final List<String> PROVINCES = List.of("Hà Nội", "Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Lào Cai",
			"Điện Biên", "Lai Châu", "Sơn La", "Yên Bái", "Hòa Bình", "Thái Nguyên", "Lạng Sơn", "Quảng Ninh",
			"Bắc Giang", "Phú Thọ", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hải Phòng", "Hưng Yên", "Thái Bình",
			"Hà Nam", "Nam Định", "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị",
			"Thừa Thiên Huế", "Đà Nẵng", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận",
			"Bình Thuận", "Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng", "Bình Phước", "Tây Ninh",
			"Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh", "Long An", "Tiền Giang", "Bến Tre",
			"Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Cần Thơ", "Hậu Giang", "Sóc Trăng",
			"Bạc Liêu", "Cà Mau");

	private ReviewFixtures() {
	}

	static ReviewModel nationalReview() {
		return nationalReview(PROVINCES.get(PROVINCES.size() - 1));
	}

	/**
	 * The national review, with the one province that is not yet compliant named as
	 * given.
	 */
	static ReviewModel nationalReview(String lastProvinceName) {
		List<UnitFigures> ministries = new ArrayList<>();
		for (int i = 0; i < MINISTRIES.size(); i++) {
			boolean compliant = i >= 2;
			ministries
				.add(unit(String.format("B%02d", i + 1), MINISTRIES.get(i), 30 + i, compliant ? 0 : 3, 120 + 7 * i, 4));
		}
		List<UnitFigures> provinces = new ArrayList<>();
		for (int i = 0; i < PROVINCES.size(); i++) {
			boolean last = i == PROVINCES.size() - 1;
			String name = last ? lastProvinceName : PROVINCES.get(i);
			provinces.add(unit(String.format("%02d", i + 1), name, 40 + i % 17, last ? 5 : 0, 1500 + 31 * i, 120));
		}
		List<Figure> headline = List.of(rate("units_compliant_rate", Branch.MINISTRIES, 20, 22),
				rate("units_compliant_rate", Branch.PROVINCES, 62, 63),
				rate("mandatory_announced_rate", Branch.ALL, 18_861, 19_012),
				rate("encouraged_announced_rate", Branch.ALL, 74, 98),
				rate("commune_announced_rate", Branch.ALL, 5564, 8910),
				rate("tthc_coverage_rate", Branch.ALL, 97_321, 104_870));
		return new ReviewModel("VN", "Bộ Khoa học và Công nghệ", PERIOD, "2015–2020", LocalDate.of(2026, 11, 21),
				headline, ministries, provinces);
	}

	/**
	 * The national review over 2015–2020: the headline of each year, rising to the
	 * published 2020 lines.
	 */
	static ReviewModel nationalRange() {
		List<PeriodFigures> years = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			int year = 2015 + i;
			years.add(new PeriodFigures(Integer.toString(year), Integer.toString(year),
					List.of(rate("units_compliant_rate", Branch.MINISTRIES, 10 + 2 * i, 22),
							rate("units_compliant_rate", Branch.PROVINCES, 37 + 5 * i, 63),
							rate("mandatory_announced_rate", Branch.ALL, 15_000 + 772 * i, 19_012),
							rate("encouraged_announced_rate", Branch.ALL, 24 + 10 * i, 98),
							rate("commune_announced_rate", Branch.ALL, 1_564 + 800 * i, 8_910),
							rate("tthc_coverage_rate", Branch.ALL, 60_000 + 7_464 * i, 104_870))));
		}
		ReviewModel last = nationalReview();
		List<UnitFigures> byYear = new ArrayList<>();
		for (UnitFigures unit : concat(last.ministries(), last.provinces())) {
			List<Figure> figures = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				Figure latest = unit.figures().get(0);
				long total = latest.denominator().longValue();
				long announced = Math.max(0, latest.numerator().longValue() - (5 - i));
				figures.add(new Figure("mandatory_announced_rate", Branch.ALL, unit.unitCode(), unit.unitName(),
						Integer.toString(2015 + i), BigDecimal.valueOf(announced), BigDecimal.valueOf(total),
						BigDecimal.valueOf(announced)
							.divide(BigDecimal.valueOf(total), java.math.MathContext.DECIMAL64)));
			}
			byYear.add(new UnitFigures(unit.unitCode(), unit.unitName(), figures));
		}
		return last.withYears(years, byYear);
	}

	private static List<UnitFigures> concat(List<UnitFigures> first, List<UnitFigures> second) {
		List<UnitFigures> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	/**
	 * The review with one headline figure replaced (same id and branch).
	 */
	static ReviewModel withHeadline(ReviewModel review, Figure replacement) {
		List<Figure> headline = review.headline()
			.stream()
			.map((figure) -> (figure.id().equals(replacement.id()) && figure.branch() == replacement.branch())
					? replacement : figure)
			.toList();
		return new ReviewModel(review.unitCode(), review.unitName(), review.periodCode(), review.periodLabel(),
				review.place(), review.issuedOn(), headline, review.ministries(), review.provinces(), review.years(),
				review.byYear(), review.restated(), review.notes(), review.quality());
	}

	private static UnitFigures unit(String code, String name, int mandatory, int missing, int procedures,
			int withoutProcess) {
		return new UnitFigures(code, name,
				List.of(unitRate("mandatory_announced_rate", code, name, mandatory - missing, mandatory),
						unitRate("tthc_coverage_rate", code, name, procedures - withoutProcess, procedures)));
	}

	static Figure rate(String id, Branch branch, long numerator, long denominator) {
		return figure(id, branch, "VN", "Cả nước", numerator, denominator);
	}

	private static Figure unitRate(String id, String code, String name, long numerator, long denominator) {
		return figure(id, Branch.ALL, code, name, numerator, denominator);
	}

	private static Figure figure(String id, Branch branch, String code, String name, long numerator, long denominator) {
		BigDecimal value = (denominator == 0) ? null : BigDecimal.valueOf(numerator)
			.divide(BigDecimal.valueOf(denominator), java.math.MathContext.DECIMAL64);
		return new Figure(id, branch, code, name, PERIOD, BigDecimal.valueOf(numerator),
				BigDecimal.valueOf(denominator), value);
	}

}
