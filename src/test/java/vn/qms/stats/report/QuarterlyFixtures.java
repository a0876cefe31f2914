package vn.qms.stats.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import vn.qms.stats.metrics.Branch;
import vn.qms.stats.metrics.Figure;
import vn.qms.stats.report.QuarterlyModel.AgencyTypeFigures;
import vn.qms.stats.report.QuarterlyModel.AttentionItem;
import vn.qms.stats.report.QuarterlyModel.AttentionList;
import vn.qms.stats.report.QuarterlyModel.ProcedureCut;
import vn.qms.stats.report.QuarterlyModel.ProcessingTimes;

/**
 * A quarterly report of Đắk Lắk built by hand; names are real, figures made up.
 */
final class QuarterlyFixtures {

	static final String UNIT = "66";

	static final String PERIOD = "2026-Q3";

	private QuarterlyFixtures() {
	}

	static QuarterlyModel daklak() {
		return daklak(List.of(
				new AttentionItem(AttentionList.NOT_ANNOUNCED, "66.SXD", "Sở Xây dựng", "UBND tỉnh Đắk Lắk",
						"BUILDING"),
				new AttentionItem(AttentionList.NO_AUDIT_OR_REVIEW, "66.XEAKAR", "UBND xã Ea Kar", "UBND tỉnh Đắk Lắk",
						"AUDIT"),
				new AttentionItem(AttentionList.OPEN_NONCONFORMITIES, "66.SYT", "Sở Y tế", "UBND tỉnh Đắk Lắk", "3/5"),
				new AttentionItem(AttentionList.LEGACY_VERSION, "66.CCTY", "Chi cục Thú y",
						"Sở Nông nghiệp và Môi trường", "2008")));
	}

	/** With these data-quality findings (the last section). */
	static QuarterlyModel daklakWithQuality(List<QualityIssue> quality) {
		QuarterlyModel model = daklak();
		return new QuarterlyModel(model.unitCode(), model.unitName(), model.periodCode(), model.periodLabel(),
				model.place(), model.issuedOn(), model.keyFigures(), model.byAgencyType(), model.attention(),
				model.processing(), model.trend(), quality, model.marker());
	}

	static QuarterlyModel daklak(List<AttentionItem> attention) {
		List<AgencyTypeFigures> types = List.of(new AgencyTypeFigures("DEPARTMENT", 18, 17, 1_204, 1_180),
				new AgencyTypeFigures("SUB_DEPARTMENT", 12, 11, 96, 90),
				new AgencyTypeFigures("COMMUNE_PC", 102, 96, 3_876, 3_650),
				new AgencyTypeFigures("PUBLIC_SERVICE_UNIT", 40, 22, 0, 0));
		List<Figure> key = List.of(rate("reporting_rate", 1, 1), rate("mandatory_announced_rate", 124, 132),
				rate("encouraged_announced_rate", 22, 40), rate("commune_announced_rate", 96, 102),
				rate("tthc_coverage_rate", 4_920, 5_176), rate("version_2015_share", 140, 146),
				rate("e_iso_rate", 0, 0), rate("on_time_rate", 18_861, 19_012));
		ProcessingTimes processing = new ProcessingTimes(List.of(
				new ProcedureCut("1.004227", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Sở Xây dựng", days(15), days(7),
						days(8)),
				new ProcedureCut("2.000889", "Đăng ký khai sinh", "UBND xã Ea Kar", days(3), days(1.5), days(1.5))),
				List.of(rate("on_time_rate", 18_861, 19_012), count("pending_overdue", 37),
						rate("procedures_cut", 212, 5_176), count("days_cut_total", 1_886),
						rate("time_reduction_rate", 1_886, 14_233),
						rate("time_reduction_weighted_rate", 41_020, 250_113),
						new Figure("processing_days", Branch.ALL, UNIT, "Đắk Lắk", PERIOD, BigDecimal.valueOf(81_234),
								BigDecimal.valueOf(18_861), new BigDecimal("4.3069826626")),
						count("processing_days_median", 3),
						new Figure("processing_working_days", Branch.ALL, UNIT, "Đắk Lắk", PERIOD,
								BigDecimal.valueOf(54_697), BigDecimal.valueOf(18_861), new BigDecimal("2.9000053019")),
						new Figure("processing_working_days_median", Branch.ALL, UNIT, "Đắk Lắk", PERIOD,
								new BigDecimal("2.5"), null, new BigDecimal("2.5"))),
				List.of(new QuarterlyModel.OverdueDossier("HS-2026-000123", "1.004227", "66.SXD", "Sở Xây dựng",
						LocalDateTime.of(2026, 8, 3, 8, 30), LocalDateTime.of(2026, 8, 18, 17, 0))));
		List<PeriodFigures> trend = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			int year = 2024 + (i + 2) / 4;
			int quarter = (i + 2) % 4 + 1;
			if (i == 1) {
				// Q4/2024: nothing submitted
				trend.add(new PeriodFigures(year + "-Q" + quarter, "Q" + quarter + "/" + year, List.of()));
				continue;
			}
			trend.add(new PeriodFigures(year + "-Q" + quarter, "Q" + quarter + "/" + year,
					List.of(rate("reporting_rate", 1, 1), rate("mandatory_announced_rate", 100 + 3 * i, 132),
							rate("encouraged_announced_rate", 10 + i, 40),
							rate("commune_announced_rate", 70 + 3 * i, 102),
							rate("tthc_coverage_rate", 4_000 + 110 * i, 5_176), rate("on_time_rate", 90 + i, 100))));
		}
		List<QualityIssue> quality = List
			.of(new QualityIssue("BM02_VS_BM01", UNIT, "Đắk Lắk", "BM02 132 ≠ BM01 131 (mandatory_total)"));
		return new QuarterlyModel(UNIT, "UBND tỉnh Đắk Lắk", PERIOD, "Quý III/2026", "Đắk Lắk",
				LocalDate.of(2026, 10, 5), key, types, attention, processing, trend, quality, null);
	}

	static Figure rate(String id, long numerator, long denominator) {
		BigDecimal value = (denominator == 0) ? null
				: BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64);
		return new Figure(id, Branch.ALL, UNIT, "Đắk Lắk", PERIOD, BigDecimal.valueOf(numerator),
				BigDecimal.valueOf(denominator), value);
	}

	static Figure count(String id, long count) {
		return new Figure(id, Branch.ALL, UNIT, "Đắk Lắk", PERIOD, BigDecimal.valueOf(count), null,
				BigDecimal.valueOf(count));
	}

	private static BigDecimal days(double days) {
		return BigDecimal.valueOf(days);
	}

}
