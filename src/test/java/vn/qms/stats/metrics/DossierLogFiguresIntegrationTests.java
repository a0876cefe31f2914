package vn.qms.stats.metrics;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.qms.stats.metrics.FigureServiceIntegrationTests.scope;
import static vn.qms.stats.metrics.Lines.line;

/**
 * Processing times from BM04 dossier logs in calendar and working days (the shipped
 * calendar: weekends, public holidays, swapped days), means and exact medians, on
 * hand-computed inputs, on H2 and PostgreSQL.
 */
class DossierLogFiguresIntegrationTests {

	private static final SharedDatabases DATABASES = new SharedDatabases();

	private static final String DUE = "2025-07-31 17:00:00";

	@AfterAll
	static void dropDatabases() {
		DATABASES.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldCountWorkingDaysWithoutWeekendsAndHolidays(String kind) {
		// given Hà Nội's log of Quý II/2025, calendar / working days:
		// A1: Tue 29/4 → Tue 6/5 7/2 (30/4, 1/5, swapped 2/5 off and a weekend),
		// Mon 2/6 → Fri 6/6 4/4, Fri 13/6 → Mon 16/6 3/1;
		// A2: Fri 25/4 → Mon 28/4 3/2 (Saturday 26/4 worked in exchange for 2/5),
		// Fri 4/4 → Thu 10/4 6/3 (Hùng Kings' day 7/4);
		// A3: Mon 23/6 → Mon 30/6 7/5, and one pending
		ConfigurableApplicationContext context = DATABASES.context(kind);
		Fixture fixture = new Fixture(context.getBean(JdbcTemplate.class));
		long log = fixture.submission("BM04", "01", "2025-Q2");
		fixture.bm04(log, "A1", "1.000001", "2025-04-29 08:00:00", DUE, "2025-05-06 10:00:00");
		fixture.bm04(log, "A1", "1.000001", "2025-06-02 08:00:00", DUE, "2025-06-06 10:00:00");
		fixture.bm04(log, "A1", "1.000001", "2025-06-13 08:00:00", DUE, "2025-06-16 10:00:00");
		fixture.bm04(log, "A2", "1.000002", "2025-04-25 08:00:00", DUE, "2025-04-28 10:00:00");
		fixture.bm04(log, "A2", "1.000002", "2025-04-04 08:00:00", DUE, "2025-04-10 10:00:00");
		fixture.bm04(log, "A3", "1.000003", "2025-06-23 08:00:00", DUE, "2025-06-30 10:00:00");
		fixture.bm04(log, "A3", "1.000003", "2025-06-20 08:00:00", DUE, null);
		// when
		List<Figure> figures = context.getBean(FigureService.class).figures(scope("01", "2025-Q2"));
		// then the unit: working days 2, 4, 1, 2, 3, 5; calendar days 7, 4, 3, 3, 6, 7
		assertThat(line(figures, "processing_working_days", "01")).isEqualTo("17/6=2.833333");
		assertThat(line(figures, "processing_working_days_median", "01")).isEqualTo("2.5=2.5");
		assertThat(line(figures, "processing_days", "01")).isEqualTo("30/6=5");
		assertThat(line(figures, "processing_days_median", "01")).isEqualTo("5=5");
		// and each procedure: an odd count, an even count, a single dossier
		assertThat(line(figures, "processing_working_days", "A1/1.000001")).isEqualTo("7/3=2.333333");
		assertThat(line(figures, "processing_working_days_median", "A1/1.000001")).isEqualTo("2=2");
		assertThat(line(figures, "processing_days", "A1/1.000001")).isEqualTo("14/3=4.666667");
		assertThat(line(figures, "processing_days_median", "A1/1.000001")).isEqualTo("4=4");
		assertThat(line(figures, "processing_working_days", "A2/1.000002")).isEqualTo("5/2=2.5");
		assertThat(line(figures, "processing_working_days_median", "A2/1.000002")).isEqualTo("2.5=2.5");
		assertThat(line(figures, "processing_days_median", "A2/1.000002")).isEqualTo("4.5=4.5");
		assertThat(line(figures, "processing_working_days_median", "A3/1.000003")).isEqualTo("5=5");
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldTakeMediansOverTheDossiersOfEveryLogNotOverTheLogsMedians(String kind) {
		// given two logs of Quý IV/2024, all received Mon 7/10 (no holiday in October),
		// calendar / working days: BQP 1/1 and 10/8 (X), 2/2 and 4/4 (M1);
		// Hà Nội 5/4 (X), 3/3, 6/4 and 20/14 (P1); and dossiers pending past their due
		// date
		ConfigurableApplicationContext context = DATABASES.context(kind);
		Fixture fixture = new Fixture(context.getBean(JdbcTemplate.class));
		long ministry = fixture.submission("BM04", "BQP", "2024-Q4");
		dossier(fixture, ministry, "X", "1.000009", "2024-10-08");
		dossier(fixture, ministry, "X", "1.000009", "2024-10-17");
		dossier(fixture, ministry, "M1", "1.000001", "2024-10-09");
		dossier(fixture, ministry, "M1", "1.000001", "2024-10-11");
		fixture.bm04(ministry, "M1", "1.000001", "2024-11-01 08:00:00", "2024-11-10 17:00:00", null);
		long province = fixture.submission("BM04", "01", "2024-Q4");
		dossier(fixture, province, "X", "1.000009", "2024-10-12");
		dossier(fixture, province, "P1", "1.000002", "2024-10-10");
		dossier(fixture, province, "P1", "1.000002", "2024-10-13");
		dossier(fixture, province, "P1", "1.000002", "2024-10-27");
		fixture.bm04(province, "P1", "1.000002", "2024-11-01 08:00:00", "2024-11-20 17:00:00", null);
		fixture.bm04(province, "P1", "1.000002", "2024-11-01 08:00:00", "2024-11-05 17:00:00", null);
		fixture.bm04(province, "P1", "1.000002", "2024-12-20 08:00:00", "2025-01-15 17:00:00", null);
		// when
		FigureScope scope = scope("VN", "2024-Q4");
		List<Figure> figures = context.getBean(FigureService.class).figures(scope);
		List<ProcessingSummary.OverdueDossier> overdue = context.getBean(UnitDetailService.class)
			.overdueDossiers(scope, 2);
		// then calendar days 1, 2, 3, 4 | 5, 6, 10, 20: the two middle ones from
		// different
		// logs
		assertThat(line(figures, "processing_days_median", Branch.ALL)).isEqualTo("4.5=4.5");
		assertThat(line(figures, "processing_days_median", Branch.MINISTRIES)).isEqualTo("3=3");
		assertThat(line(figures, "processing_days_median", Branch.PROVINCES)).isEqualTo("5.5=5.5");
		assertThat(line(figures, "processing_days", Branch.ALL)).isEqualTo("51/8=6.375");
		// working days 1, 2, 3, 4 | 4, 4, 8, 14
		assertThat(line(figures, "processing_working_days_median", Branch.ALL)).isEqualTo("4=4");
		assertThat(line(figures, "processing_working_days_median", Branch.MINISTRIES)).isEqualTo("3=3");
		assertThat(line(figures, "processing_working_days", Branch.ALL)).isEqualTo("40/8=5");
		// X in both logs: the median of 1, 5, 10 (not of the logs' medians 5.5 and 5)
		assertThat(line(figures, "processing_days_median", "X/1.000009")).isEqualTo("5=5");
		assertThat(line(figures, "processing_working_days_median", "X/1.000009")).isEqualTo("4=4");
		assertThat(line(figures, "processing_days", "X/1.000009")).isEqualTo("16/3=5.333333");
		assertThat(line(figures, "processing_days_median", "P1/1.000002")).isEqualTo("6=6");
		// pending past due on 31/12: one at the ministry, two in Hà Nội; the oldest due
		// first across both logs
		assertThat(line(figures, "pending_overdue", Branch.ALL)).isEqualTo("3=3");
		assertThat(line(figures, "pending_overdue", Branch.MINISTRIES)).isEqualTo("1=1");
		assertThat(overdue)
			.extracting(ProcessingSummary.OverdueDossier::agencyCode, ProcessingSummary.OverdueDossier::dueAt)
			.containsExactly(tuple("P1", LocalDateTime.of(2024, 11, 5, 17, 0)),
					tuple("M1", LocalDateTime.of(2024, 11, 10, 17, 0)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldCountCalendarDaysOfALogStoredWithoutDayCounts(String kind) {
		// given Hải Phòng's log kept by the generic store, which stores no day counts:
		// 3 and 4 calendar days
		ConfigurableApplicationContext context = DATABASES.context(kind);
		Fixture fixture = new Fixture(context.getBean(JdbcTemplate.class));
		long log = fixture.submission("BM04", "31", "2025-Q2");
		fixture.bm04WithoutDays(log, "H1", "1.000001", "2025-05-16 08:00:00", DUE, "2025-05-19 10:00:00");
		fixture.bm04WithoutDays(log, "H1", "1.000001", "2025-06-02 08:00:00", DUE, "2025-06-06 10:00:00");
		// when
		List<Figure> figures = context.getBean(FigureService.class).figures(scope("31", "2025-Q2"));
		// then calendar days as for any log; working days are not known
		assertThat(line(figures, "processing_days", "31")).isEqualTo("7/2=3.5");
		assertThat(line(figures, "processing_days_median", "31")).isEqualTo("3.5=3.5");
		assertThat(line(figures, "processing_working_days", "31")).isEqualTo("0/0=–");
		assertThat(line(figures, "processing_working_days_median", "31")).isEqualTo("=–");
	}

	/**
	 * A dossier received Monday 7/10/2024 at 8:00, completed on {@code day}, due 31/10.
	 */
	private static void dossier(Fixture fixture, long log, String agency, String procedure, String day) {
		fixture.bm04(log, agency, procedure, "2024-10-07 08:00:00", "2024-10-31 17:00:00", day + " 15:00:00");
	}

}
