package vn.qms.stats.metrics;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.metrics.AttentionItem.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.qms.stats.metrics.FigureServiceIntegrationTests.givenHanoiDetail;
import static vn.qms.stats.metrics.FigureServiceIntegrationTests.scope;

/**
 * What the reports read besides the figures: data-quality notes, reporting status, agency
 * types, needs-attention lists, processing times, trends; on H2 and PostgreSQL.
 */
class ReportApiIntegrationTests {

	private static final SharedDatabases DATABASES = new SharedDatabases();

	@AfterAll
	static void dropDatabases() {
		DATABASES.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldReportBm02AgainstBm01ContradictionsAndUnitsOutsideTheirValidity(String kind) {
		// given Hà Nội's BM01 and a national BM02 that says otherwise about Hà Nội, a
		// BM02 row with more procedures with a process than procedures, and a BM03 row
		// with more dossiers resolved than received
		ConfigurableApplicationContext context = DATABASES.context(kind);
		Fixture fixture = new Fixture(context.getBean(JdbcTemplate.class));
		givenHanoiDetail(fixture, "2013");
		long national = fixture.submission("BM02", "VN", "2013");
		fixture.bm02(national, "01", 100, 50, "tthc_total=1000", "tthc_with_process=10");
		fixture.bm02(national, "02", 10, 10, "tthc_total=5", "tthc_with_process=6");
		long bm03 = fixture.submission("BM03", "01", "2013");
		fixture.bm03(bm03, "A1", "1.000001", "10", "actual_days=6", "dossiers_received=3", "dossiers_on_time=3",
				"dossiers_late=1");
		fixture.bm02(fixture.submission("BM02", "VN", "2026"), "89", 1, 1);
		DataQualityService quality = context.getBean(DataQualityService.class);
		// when
		List<DataQualityNote> notes = quality.notes(scope("VN", "2013"));
		List<DataQualityNote> later = quality.notes(scope("VN", "2026"));
		// then
		assertThat(notes).filteredOn((note) -> note.kind() == DataQualityKind.BM01_BM02_MISMATCH)
			.extracting(DataQualityNote::unitCode, DataQualityNote::subject, DataQualityNote::field,
					DataQualityNote::expected, DataQualityNote::actual)
			.containsExactlyInAnyOrder(tuple("01", "VN", "mandatory_total", n(4), n(100)),
					tuple("01", "VN", "mandatory_announced", n(2), n(50)),
					tuple("01", "VN", "tthc_total", n(45), n(1000)),
					tuple("01", "VN", "tthc_with_process", n(18), n(10)));
		assertThat(notes).filteredOn((note) -> note.kind() == DataQualityKind.INTERNAL_CONTRADICTION)
			.extracting(DataQualityNote::unitCode, DataQualityNote::subject, DataQualityNote::field)
			.containsExactlyInAnyOrder(tuple("02", "02", "tthc_with_process"),
					tuple("01", "A1/1.000001", "dossiers_resolved"));
		assertThat(notes).filteredOn((note) -> note.kind() == DataQualityKind.MISSING_UNIT).hasSize(83);
		assertThat(later).filteredOn((note) -> note.kind() == DataQualityKind.NOT_VALID_IN_PERIOD)
			.extracting(DataQualityNote::unitCode, DataQualityNote::subject)
			.containsExactly(tuple("89", "VN"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldSayWhoReportedHowAndWhenAndNoteSplitsWhenRestating(String kind) {
		// given Hà Nội's own BM01 and the national summary with a row for Hà Giang
		ConfigurableApplicationContext context = DATABASES.context(kind);
		Fixture fixture = new Fixture(context.getBean(JdbcTemplate.class));
		givenHanoiDetail(fixture, "2012");
		fixture.bm02(fixture.submission("BM02", "VN", "2012"), "02", 10, 10);
		DataQualityService quality = context.getBean(DataQualityService.class);
		// when
		List<ReportingStatus> status = quality.reportingStatus(scope("VN", "2012"));
		List<DataQualityNote> restated = quality.notes(scope("VN", "2012").restatedInCurrentUnits());
		// then
		assertThat(status).hasSize(85);
		assertThat(status).filteredOn((unit) -> List.of("01", "02", "96").contains(unit.unitCode()))
			.extracting(ReportingStatus::unitCode, ReportingStatus::state, ReportingStatus::forms)
			.containsExactly(tuple("01", ReportingStatus.State.SUBMITTED, List.of("BM01")),
					tuple("02", ReportingStatus.State.IN_SUMMARY, List.of()),
					tuple("96", ReportingStatus.State.MISSING, List.of()));
		assertThat(status.stream().filter((unit) -> unit.unitCode().equals("01")).findFirst().get().lastReceivedAt())
			.isNotNull();
		assertThat(restated).filteredOn((note) -> note.kind() == DataQualityKind.SPLIT_NOT_RESTATED)
			.extracting(DataQualityNote::unitCode)
			.containsExactly("BLDTBXH");
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldTabulateAgencyTypesAndListBodiesNeedingAttention(String kind) {
		// given Hà Nội's BM01 of 2011
		ConfigurableApplicationContext context = DATABASES.context(kind);
		givenHanoiDetail(new Fixture(context.getBean(JdbcTemplate.class)), "2011");
		UnitDetailService details = context.getBean(UnitDetailService.class);
		// when
		List<AgencyTypeRow> types = details.byAgencyType(scope("01", "2011"));
		NeedsAttention attention = details.needsAttention(scope("01", "2011"));
		// then
		assertThat(types)
			.extracting(AgencyTypeRow::agencyType, AgencyTypeRow::bodies, AgencyTypeRow::announced,
					AgencyTypeRow::procedures, AgencyTypeRow::withProcess)
			.containsExactly(tuple("COMMUNE_PC", 2L, 1L, 5L, 5L), tuple("DEPARTMENT", 2L, 1L, 20L, 13L),
					tuple("DISTRICT_PC", 1L, 0L, 20L, 0L), tuple("PUBLIC_SERVICE_UNIT", 2L, 1L, 0L, 0L));
		assertThat(types.get(1).coverage()).isEqualByComparingTo("0.65");
		assertThat(types.get(3).coverage()).isNull();
		assertThat(codes(attention, Kind.MANDATORY_NOT_ANNOUNCED)).containsExactly("A2", "A3");
		assertThat(codes(attention, Kind.NO_INTERNAL_AUDIT)).containsExactly("C1", "P1");
		assertThat(codes(attention, Kind.NO_MANAGEMENT_REVIEW)).containsExactly("A2", "C1", "P1");
		assertThat(codes(attention, Kind.OPEN_NONCONFORMITIES)).containsExactly("A1");
		assertThat(codes(attention, Kind.LEGACY_VERSION)).containsExactly("A2", "P1");
		assertThat(attention.notSubmitted()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldSummariseProcessingTimes(String kind) {
		// given Đà Nẵng's BM03 (cuts of 4 and 5 days) and dossier log (one overdue, one
		// completed from Saturday to Tuesday: 3 calendar days, 2 working days)
		ConfigurableApplicationContext context = DATABASES.context(kind);
		Fixture fixture = new Fixture(context.getBean(JdbcTemplate.class));
		long bm03 = fixture.submission("BM03", "48", "2014");
		fixture.bm03(bm03, "A1", "1.000001", "10", "actual_days=6");
		fixture.bm03(bm03, "A1", "1.000002", "20", "reduced_days=5", "actual_days=15");
		long bm04 = fixture.submission("BM04", "48", "2014");
		fixture.bm04(bm04, "A1", "1.000001", "2014-03-01 08:00:00", "2014-03-05 17:00:00", "2014-03-04 17:00:00");
		fixture.bm04(bm04, "A1", "1.000001", "2014-12-01 08:00:00", "2014-12-05 17:00:00", null);
		// when
		ProcessingSummary summary = context.getBean(UnitDetailService.class).processingSummary(scope("48", "2014"), 1);
		// then
		assertThat(summary.largestCuts()).extracting(ProcessingSummary.ProcedureCut::procedureCode)
			.containsExactly("1.000002");
		assertThat(summary.largestCuts().get(0).rate()).isEqualByComparingTo("0.25");
		assertThat(Lines.line(summary.onTimeRate())).isEqualTo("1/1=1");
		assertThat(Lines.line(summary.pendingOverdue())).isEqualTo("1=1");
		assertThat(Lines.line(summary.processingDays())).isEqualTo("3/1=3");
		assertThat(Lines.line(summary.processingWorkingDays())).isEqualTo("2/1=2");
		assertThat(Lines.line(summary.processingWorkingDaysMedian())).isEqualTo("2=2");
		assertThat(summary.overdue()).extracting(ProcessingSummary.OverdueDossier::dossierCode).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldFollowTheMainRatesOverTheLastPeriods(String kind) {
		// given Hà Nội's own summaries for 2020-Q1 (5/10) and 2020-Q3 (8/10), none for Q2
		ConfigurableApplicationContext context = DATABASES.context(kind);
		Fixture fixture = new Fixture(context.getBean(JdbcTemplate.class));
		fixture.bm02(fixture.submission("BM02", "01", "2020-Q1"), "01", 10, 5);
		fixture.bm02(fixture.submission("BM02", "01", "2020-Q3"), "01", 10, 8);
		// when
		List<TrendPoint> trend = context.getBean(FigureService.class).trend(scope("01", "2020-Q3"), 3);
		// then
		assertThat(trend).extracting(TrendPoint::period).containsExactly("2020-Q1", "2020-Q2", "2020-Q3");
		assertThat(trend).extracting(TrendPoint::hasData).containsExactly(true, false, true);
		assertThat(List.of(trend.get(0), trend.get(2)))
			.extracting((point) -> Lines.line(point.figures(), "mandatory_announced_rate", Branch.ALL))
			.containsExactly("5/10=0.5", "8/10=0.8");
		assertThat(trend.get(1).figures()).as("no submission in Q2: no data, not a reporting rate of 0").isEmpty();
		assertThat(trend.get(0).figures()).extracting(Figure::id)
			.containsExactlyElementsOf(FigureService.TREND_FIGURES);
	}

	private static List<String> codes(NeedsAttention attention, Kind kind) {
		return attention.of(kind).stream().map(AttentionItem::agencyCode).toList();
	}

	private static BigDecimal n(long value) {
		return BigDecimal.valueOf(value);
	}

}
