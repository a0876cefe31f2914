package vn.qms.stats.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
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
 * In-memory models of the size the benchmark renders: the national review of 22
 * ministries and 63 provinces over 6 years, and the quarterly report of a province with
 * 1,000 agencies (every fifth of them on a needs-attention list). Figures are made up.
 */
final class BenchmarkModels {

	static final int MINISTRIES = 22;

	static final int PROVINCES = 63;

	static final int YEARS = 6;

	static final int AGENCIES = 1_000;

	private BenchmarkModels() {
	}

	static ReviewModel nationalReview() {
		List<UnitFigures> ministries = new ArrayList<>();
		for (int i = 0; i < MINISTRIES; i++) {
			ministries.add(unit(String.format("B%02d", i + 1), "Bộ số " + (i + 1), 30 + i, i % 9, 120 + 7 * i));
		}
		List<UnitFigures> provinces = new ArrayList<>();
		for (int i = 0; i < PROVINCES; i++) {
			provinces.add(unit(String.format("%02d", i + 1), "Tỉnh Đắk Lắk số " + (i + 1), 40 + i % 17, i % 13,
					1500 + 31 * i));
		}
		List<PeriodFigures> years = new ArrayList<>();
		for (int y = 0; y < YEARS; y++) {
			years.add(new PeriodFigures(Integer.toString(2015 + y), Integer.toString(2015 + y), headline(y)));
		}
		List<UnitFigures> byYear = new ArrayList<>();
		for (UnitFigures unit : ministries) {
			byYear.add(overYears(unit));
		}
		for (UnitFigures unit : provinces) {
			byYear.add(overYears(unit));
		}
		return new ReviewModel("VN", "Bộ Khoa học và Công nghệ", "2015-2020", "2015–2020", null, LocalDate.now(),
				headline(YEARS - 1), ministries, provinces, years, byYear, false, List.of(), List.of());
	}

	/** The unit's mandatory rate in each year, a little lower each year back. */
	private static UnitFigures overYears(UnitFigures unit) {
		Figure last = unit.figures().get(0);
		List<Figure> figures = new ArrayList<>();
		for (int y = 0; y < YEARS; y++) {
			long total = last.denominator().longValue();
			long announced = Math.max(0, last.numerator().longValue() - (YEARS - 1 - y));
			Figure figure = rate(last.id(), Branch.ALL, announced, total);
			figures.add(new Figure(figure.id(), Branch.ALL, unit.unitCode(), unit.unitName(),
					Integer.toString(2015 + y), figure.numerator(), figure.denominator(), figure.value()));
		}
		return new UnitFigures(unit.unitCode(), unit.unitName(), figures);
	}

	static QuarterlyModel quarterlyReport() {
		List<AgencyTypeFigures> types = List.of(new AgencyTypeFigures("DEPARTMENT", 20, 19, 1_204, 1_180),
				new AgencyTypeFigures("SUB_DEPARTMENT", 30, 27, 196, 190),
				new AgencyTypeFigures("COMMUNE_PC", 700, 640, 30_876, 29_650),
				new AgencyTypeFigures("PUBLIC_SERVICE_UNIT", 250, 120, 0, 0));
		AttentionList[] lists = AttentionList.values();
		List<AttentionItem> attention = new ArrayList<>();
		for (int i = 0; i < AGENCIES; i += 5) {
			attention.add(new AttentionItem(lists[(i / 5) % lists.length], "66." + i, "UBND xã Ứng Hòa số " + i,
					"UBND tỉnh Đắk Lắk", "BUILDING"));
		}
		List<ProcedureCut> cuts = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			cuts.add(new ProcedureCut("1.00" + (4200 + i), "Thủ tục cấp giấy phép số " + i, "Sở Xây dựng",
					BigDecimal.valueOf(15), BigDecimal.valueOf(7 + i % 5), BigDecimal.valueOf(8 - i % 5)));
		}
		List<PeriodFigures> trend = new ArrayList<>();
		for (int q = 0; q < 8; q++) {
			trend.add(new PeriodFigures("P" + q, "Q" + (q % 4 + 1) + "/" + (2025 + q / 4), keyFigures(q)));
		}
		ProcessingTimes processing = new ProcessingTimes(cuts, keyFigures(7));
		return new QuarterlyModel("66", "UBND tỉnh Đắk Lắk", "2026-Q3", "Quý III/2026", "Đắk Lắk", LocalDate.now(),
				keyFigures(7), types, attention, processing, trend, List.of(), null);
	}

	private static List<Figure> headline(int year) {
		return List.of(rate("units_compliant_rate", Branch.MINISTRIES, 10 + 2 * year, 22),
				rate("units_compliant_rate", Branch.PROVINCES, 37 + 5 * year, 63),
				rate("mandatory_announced_rate", Branch.ALL, 15_000 + 772 * year, 19_012),
				rate("encouraged_announced_rate", Branch.ALL, 24 + 10 * year, 98),
				rate("commune_announced_rate", Branch.ALL, 1_564 + 800 * year, 8_910),
				rate("tthc_coverage_rate", Branch.ALL, 60_000 + 7_464 * year, 104_870));
	}

	private static List<Figure> keyFigures(int period) {
		List<Figure> figures = new ArrayList<>();
		for (String id : QuarterlyRows.KEY_FIGURES) {
			figures.add(rate(id, Branch.ALL, 600 + 40 * period, 1_000));
		}
		figures.add(rate("time_reduction_rate", Branch.ALL, 1_886, 14_233));
		return figures;
	}

	private static UnitFigures unit(String code, String name, int mandatory, int missing, int procedures) {
		return new UnitFigures(code, name,
				List.of(rate("mandatory_announced_rate", Branch.ALL, mandatory - missing, mandatory),
						rate("tthc_coverage_rate", Branch.ALL, procedures - 4, procedures)));
	}

	private static Figure rate(String id, Branch branch, long numerator, long denominator) {
		BigDecimal value = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64);
		return new Figure(id, branch, "VN", "Việt Nam", "2020", BigDecimal.valueOf(numerator),
				BigDecimal.valueOf(denominator), value);
	}

}
