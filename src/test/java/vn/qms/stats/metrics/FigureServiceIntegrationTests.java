package vn.qms.stats.metrics;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.reference.CutOffRule;
import vn.qms.stats.reference.Period;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qms.stats.metrics.Lines.line;

/**
 * Figures from BM02 summaries and BM01 detail, on hand-computed inputs, on H2 and
 * PostgreSQL, with the shipped reference units (2011: 22 ministries, 63 provinces). Each
 * test uses a year of its own in one shared database per kind.
 */
class FigureServiceIntegrationTests {

	private static final SharedDatabases DATABASES = new SharedDatabases();

	@AfterAll
	static void dropDatabases() {
		DATABASES.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldComputeEachRateFromSummedCountsPerBranch(String kind) {
		// given the national summary of 2011: ministries BQP 5/5, BCA 4/5, BNG 0/0;
		// provinces 01 10/10, 02 9/10
		ConfigurableApplicationContext context = DATABASES.context(kind);
		givenNationalSummary(new Fixture(context.getBean(JdbcTemplate.class)), "2011");
		// when
		List<Figure> figures = context.getBean(FigureService.class).figures(scope("VN", "2011"));
		// then
		assertThat(line(figures, "units_compliant_rate", Branch.ALL)).isEqualTo("2/5=0.4");
		assertThat(line(figures, "units_compliant_rate", Branch.MINISTRIES)).isEqualTo("1/3=0.333333");
		assertThat(line(figures, "units_compliant_rate", Branch.PROVINCES)).isEqualTo("1/2=0.5");
		assertThat(line(figures, "mandatory_announced_rate", Branch.ALL)).isEqualTo("28/30=0.933333");
		assertThat(line(figures, "mandatory_announced_rate", Branch.PROVINCES)).isEqualTo("19/20=0.95");
		assertThat(line(figures, "encouraged_announced_rate", Branch.ALL)).isEqualTo("3/4=0.75");
		assertThat(line(figures, "commune_announced_rate", Branch.PROVINCES)).isEqualTo("4/8=0.5");
		assertThat(line(figures, "tthc_coverage_rate", Branch.ALL)).isEqualTo("150/200=0.75");
		assertThat(line(figures, "process_total", Branch.ALL)).isEqualTo("40=40");
		assertThat(line(figures, "version_2015_share", Branch.ALL)).isEqualTo("4/5=0.8");
		assertThat(line(figures, "reporting_rate", Branch.ALL)).isEqualTo("5/85=0.058824");
		assertThat(line(figures, "reporting_rate", Branch.MINISTRIES)).isEqualTo("3/22=0.136364");
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldShowARateWithoutDenominatorAsNotApplicable(String kind) {
		// given no encouraged bodies and no communes under ministries, no BM01 anywhere
		ConfigurableApplicationContext context = DATABASES.context(kind);
		givenNationalSummary(new Fixture(context.getBean(JdbcTemplate.class)), "2010");
		// when
		List<Figure> figures = context.getBean(FigureService.class).figures(scope("VN", "2010"));
		// then
		assertThat(line(figures, "encouraged_announced_rate", Branch.MINISTRIES)).isEqualTo("0/0=–");
		assertThat(line(figures, "commune_announced_rate", Branch.MINISTRIES)).isEqualTo("0/0=–");
		assertThat(line(figures, "internal_audit_rate", Branch.ALL)).isEqualTo("0/0=–");
		assertThat(line(figures, "on_time_rate", Branch.ALL)).isEqualTo("0/0=–");
		assertThat(line(figures, "pending_overdue", Branch.ALL)).isEqualTo("=–");
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldPrintThePublishedNationalReviewLinesAsExactRatios(String kind) {
		// given 22 ministries of which 20 compliant, 63 provinces of which 62, encouraged
		// bodies 74/98, commune committees 5,564/8,910
		ConfigurableApplicationContext context = DATABASES.context(kind);
		Fixture fixture = new Fixture(context.getBean(JdbcTemplate.class));
		long national = fixture.submission("BM02", "VN", "2012");
		FigureScope scope = scope("VN", "2012");
		var units = context.getBean(vn.qms.stats.reference.ReferenceUnits.class);
		List<String> ministries = units
			.existing(vn.qms.stats.reference.UnitKind.MINISTRY, scope.periodStart(), scope.periodEnd())
			.stream()
			.map(vn.qms.stats.reference.Unit::code)
			.toList();
		ministries
			.forEach((code) -> fixture.bm02(national, code, 10, code.equals("BQP") || code.equals("BCA") ? 9 : 10));
		units.existing(vn.qms.stats.reference.UnitKind.PROVINCE, scope.periodStart(), scope.periodEnd())
			.forEach((province) -> fixture.bm02(national, province.code(), 10, province.code().equals("96") ? 8 : 10,
					provinceExtras(province.code())));
		// when
		StringWriter csv = new StringWriter();
		FigureCsv.write(context.getBean(FigureService.class).figures(scope), csv);
		// then
		assertThat(csv.toString()).contains("units_compliant_rate,ministries,VN,Việt Nam,2012,20,22,0.909091\n",
				"units_compliant_rate,provinces,VN,Việt Nam,2012,62,63,0.984127\n",
				"encouraged_announced_rate,all,VN,Việt Nam,2012,74,98,0.755102\n",
				"commune_announced_rate,all,VN,Việt Nam,2012,5564,8910,0.624467\n",
				"reporting_rate,all,VN,Việt Nam,2012,85,85,1.000000\n");
	}

	private static String[] provinceExtras(String code) {
		return switch (code) {
			case "01" -> new String[] { "encouraged_total=50", "encouraged_announced=40", "commune_total=4000",
					"commune_announced=2564" };
			case "79" -> new String[] { "encouraged_total=48", "encouraged_announced=34", "commune_total=4910",
					"commune_announced=3000" };
			default -> new String[0];
		};
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldCountAUnitWithBm01RowsFromThemAndNeverFromItsBm02Row(String kind) {
		// given Hà Nội's BM01 (hand-computed in givenHanoiDetail) and the national BM02
		// with another row for Hà Nội (100/50) and one for Hà Giang (10/10)
		ConfigurableApplicationContext context = DATABASES.context(kind);
		Fixture fixture = new Fixture(context.getBean(JdbcTemplate.class));
		givenHanoiDetail(fixture, "2013");
		long national = fixture.submission("BM02", "VN", "2013");
		fixture.bm02(national, "01", 100, 50, "tthc_total=1000", "tthc_with_process=10");
		fixture.bm02(national, "02", 10, 10);
		FigureService service = context.getBean(FigureService.class);
		// when
		List<Figure> nation = service.figures(scope("VN", "2013"));
		List<Figure> hanoi = service.figures(scope("01", "2013"));
		// then
		assertThat(line(nation, "mandatory_announced_rate", Branch.ALL)).isEqualTo("12/14=0.857143");
		assertThat(line(nation, "units_compliant_rate", Branch.PROVINCES)).isEqualTo("1/2=0.5");
		assertThat(line(nation, "tthc_coverage_rate", Branch.ALL)).isEqualTo("18/45=0.4");
		assertThat(line(nation, "internal_audit_rate", Branch.ALL)).isEqualTo("2/4=0.5");
		assertThat(line(hanoi, "mandatory_announced_rate", Branch.ALL)).isEqualTo("2/4=0.5");
		assertThat(hanoi).noneMatch((figure) -> figure.branch() != Branch.ALL);
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldComputeTheBm01FiguresOfOneUnit(String kind) {
		// given
		ConfigurableApplicationContext context = DATABASES.context(kind);
		givenHanoiDetail(new Fixture(context.getBean(JdbcTemplate.class)), "2009");
		// when
		List<Figure> figures = context.getBean(FigureService.class).figures(scope("01", "2009"));
		// then
		assertThat(line(figures, "mandatory_announced_rate", Branch.ALL)).isEqualTo("2/4=0.5");
		assertThat(line(figures, "encouraged_announced_rate", Branch.ALL)).isEqualTo("1/2=0.5");
		assertThat(line(figures, "commune_announced_rate", Branch.ALL)).isEqualTo("1/2=0.5");
		assertThat(line(figures, "units_compliant_rate", Branch.ALL)).isEqualTo("0/1=0");
		assertThat(line(figures, "tthc_coverage_rate", Branch.ALL)).isEqualTo("18/45=0.4");
		assertThat(line(figures, "process_total", Branch.ALL)).isEqualTo("14=14");
		assertThat(Lines.find(figures, "process_total", (f) -> true).parts()).containsExactly(
				Map.entry("procedure", new java.math.BigDecimal("11")),
				Map.entry("support", new java.math.BigDecimal("3")));
		assertThat(line(figures, "version_2015_share", Branch.ALL)).isEqualTo("2/3=0.666667");
		assertThat(line(figures, "legacy_version_bodies", Branch.ALL)).isEqualTo("2=2");
		assertThat(line(figures, "internal_audit_rate", Branch.ALL)).isEqualTo("2/4=0.5");
		assertThat(line(figures, "management_review_rate", Branch.ALL)).isEqualTo("1/4=0.25");
		assertThat(line(figures, "docs_complete_rate", Branch.ALL)).isEqualTo("3/4=0.75");
		assertThat(line(figures, "nc_closure_rate", Branch.ALL)).isEqualTo("5/6=0.833333");
		assertThat(line(figures, "e_iso_rate", Branch.ALL)).isEqualTo("2/3=0.666667");
		assertThat(line(figures, "reporting_rate", Branch.ALL)).isEqualTo("1/1=1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldCountOnlyTheCurrentSubmission(String kind) {
		// given a national summary replaced by a corrected one
		ConfigurableApplicationContext context = DATABASES.context(kind);
		Fixture fixture = new Fixture(context.getBean(JdbcTemplate.class));
		fixture.bm02(fixture.submission("BM02", "VN", "2017"), "01", 100, 1);
		fixture.bm02(fixture.submission("BM02", "VN", "2017"), "01", 10, 9);
		// when
		List<Figure> figures = context.getBean(FigureService.class).figures(scope("VN", "2017"));
		// then
		assertThat(line(figures, "mandatory_announced_rate", Branch.ALL)).isEqualTo("9/10=0.9");
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldCountAUnitFromTheLatestOtherSummaryNamingItWithAllItsRowsAboutIt(String kind) {
		// given Cao Bằng (04) named in the national summary and, later, in a ministry's
		// summary that has two rows about it; Hà Nội (01) only in the national one
		ConfigurableApplicationContext context = DATABASES.context(kind);
		Fixture fixture = new Fixture(context.getBean(JdbcTemplate.class));
		long national = fixture.submission("BM02", "VN", "2019");
		fixture.bm02(national, "04", 10, 10);
		fixture.bm02(national, "01", 10, 7);
		long ministry = fixture.submission("BM02", "BKHCN", "2019");
		fixture.bm02(ministry, "04", 10, 5);
		fixture.bm02(ministry, "04", 10, 3);
		// when
		Map<String, List<Figure>> byUnit = context.getBean(FigureService.class).figuresByUnit(scope("VN", "2019"));
		// then
		assertThat(line(byUnit.get("04"), "mandatory_announced_rate", Branch.ALL)).isEqualTo("8/20=0.4");
		assertThat(line(byUnit.get("01"), "mandatory_announced_rate", Branch.ALL)).isEqualTo("7/10=0.7");
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldGiveEachUnitItsOwnFigures(String kind) {
		// given
		ConfigurableApplicationContext context = DATABASES.context(kind);
		givenNationalSummary(new Fixture(context.getBean(JdbcTemplate.class)), "2008");
		// when
		Map<String, List<Figure>> byUnit = context.getBean(FigureService.class).figuresByUnit(scope("VN", "2008"));
		// then every expected unit, the missing ones not applicable
		assertThat(byUnit).hasSize(85).containsKeys("BQP", "BCA", "BNG", "01", "02", "96");
		assertThat(line(byUnit.get("BCA"), "mandatory_announced_rate", Branch.ALL)).isEqualTo("4/5=0.8");
		assertThat(line(byUnit.get("BNG"), "mandatory_announced_rate", Branch.ALL)).isEqualTo("0/0=–");
		assertThat(line(byUnit.get("96"), "reporting_rate", Branch.ALL)).isEqualTo("0/1=0");
		assertThat(byUnit.get("01").get(0).unitName()).isEqualTo("Thành phố Hà Nội");
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldGiveAProvinceTheRowsOfItsDistricts(String kind) {
		// given Hà Nội's own summary of two districts
		ConfigurableApplicationContext context = DATABASES.context(kind);
		Fixture fixture = new Fixture(context.getBean(JdbcTemplate.class));
		long own = fixture.submission("BM02", "01", "2018");
		fixture.bm02(own, "001", 5, 5, "unit_name=Quận Ba Đình", "unit_kind=DISTRICT");
		fixture.bm02(own, "002", 5, 4, "unit_name=Quận Hoàn Kiếm", "unit_kind=DISTRICT");
		FigureService service = context.getBean(FigureService.class);
		// when
		Map<String, List<Figure>> byUnit = service.figuresByUnit(scope("01", "2018"));
		List<Figure> hanoi = service.figures(scope("01", "2018"));
		// then
		assertThat(byUnit).containsOnlyKeys("001", "002");
		assertThat(line(byUnit.get("002"), "mandatory_announced_rate", Branch.ALL)).isEqualTo("4/5=0.8");
		assertThat(byUnit.get("001").get(0).unitName()).isEqualTo("Quận Ba Đình");
		assertThat(line(hanoi, "mandatory_announced_rate", Branch.ALL)).isEqualTo("9/10=0.9");
	}

	/** BQP 5/5, BCA 4/5, BNG 0/0, 01 10/10, 02 9/10 (see the first test). */
	static void givenNationalSummary(Fixture fixture, String period) {
		long national = fixture.submission("BM02", "VN", period);
		fixture.bm02(national, "BQP", 5, 5, "tthc_total=40", "tthc_with_process=30", "version_2015_count=4");
		fixture.bm02(national, "BCA", 5, 4, "tthc_total=60", "tthc_with_process=40");
		fixture.bm02(national, "BNG", 0, 0);
		fixture.bm02(national, "01", 10, 10, "commune_total=4", "commune_announced=3", "tthc_total=50",
				"tthc_with_process=40", "process_total=20", "encouraged_total=2", "encouraged_announced=1");
		fixture.bm02(national, "02", 10, 9, "commune_total=4", "commune_announced=1", "tthc_total=50",
				"tthc_with_process=40", "process_total=20", "encouraged_total=2", "encouraged_announced=2");
	}

	/**
	 * Hà Nội's agencies: mandatory A1 (Announced, 2015), A2 (Applied, 2008), A3
	 * (district, Building), C1 (commune, Announced, 2015); encouraged C2 (commune), P1
	 * (public service, Announced, 2000), P2. Procedures 45, with a process 18; processes
	 * 11 + 3.
	 */
	static void givenHanoiDetail(Fixture fixture, String period) {
		long detail = fixture.submission("BM01", "01", period);
		fixture.bm01(detail, "A1", "status=ANNOUNCED", "standard_version=2015", "announced_on=date '2005-01-01'",
				"tthc_total=10", "tthc_with_process=8", "tthc_process_count=6", "support_process_count=2",
				"docs_complete=true", "internal_audit_done=true", "management_review_done=true", "nc_found=4",
				"nc_closed=3", "e_iso=true");
		fixture.bm01(detail, "A2", "status=APPLIED", "standard_version=2008", "tthc_total=10", "tthc_with_process=5",
				"tthc_process_count=5", "support_process_count=1", "docs_complete=true", "internal_audit_done=true",
				"management_review_done=false", "nc_found=2", "nc_closed=2", "e_iso=false");
		fixture.bm01(detail, "A3", "agency_type=DISTRICT_PC", "status=BUILDING", "tthc_total=20");
		fixture.bm01(detail, "C1", "agency_type=COMMUNE_PC", "parent_code=A3", "status=ANNOUNCED",
				"standard_version=2015", "tthc_total=5", "tthc_with_process=5", "docs_complete=true",
				"internal_audit_done=false", "management_review_done=false", "e_iso=false");
		fixture.bm01(detail, "C2", "agency_type=COMMUNE_PC", "obligation=ENCOURAGED", "parent_code=A3");
		fixture.bm01(detail, "P1", "agency_type=PUBLIC_SERVICE_UNIT", "obligation=ENCOURAGED", "status=ANNOUNCED",
				"standard_version=2000", "e_iso=true", "internal_audit_done=false", "docs_complete=false",
				"management_review_done=false");
		fixture.bm01(detail, "P2", "agency_type=PUBLIC_SERVICE_UNIT", "obligation=ENCOURAGED");
	}

	static FigureScope scope(String unit, String period) {
		return FigureScope.of(unit, Period.parse(period).orElseThrow(), CutOffRule.CALENDAR);
	}

	static LocalDate day(String text) {
		return LocalDate.parse(text);
	}

}
