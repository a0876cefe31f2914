package vn.qms.stats.metrics;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qms.stats.metrics.FigureServiceIntegrationTests.scope;
import static vn.qms.stats.metrics.Lines.line;

/**
 * Processing-time figures from BM03 (procedures) and BM04 (dossiers), on hand-computed
 * inputs, on H2 and PostgreSQL.
 */
class ProcessingFiguresIntegrationTests {

	private static final SharedDatabases DATABASES = new SharedDatabases();

	@AfterAll
	static void dropDatabases() {
		DATABASES.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldComputeTimeReductionPerProcedureAndForTheUnit(String kind) {
		// given Hà Nội's BM03: 10 → 6 days (10 dossiers, 8 on time, 2 late), 20 days cut
		// by
		// 5 (2 dossiers, on time), 5 days not cut (no dossiers)
		ConfigurableApplicationContext context = DATABASES.context(kind);
		Fixture fixture = new Fixture(context.getBean(JdbcTemplate.class));
		long bm03 = fixture.submission("BM03", "01", "2014");
		fixture.bm03(bm03, "A1", "1.000001", "10", "actual_days=6", "dossiers_received=10", "dossiers_on_time=8",
				"dossiers_late=2");
		fixture.bm03(bm03, "A1", "1.000002", "20", "actual_days=15", "reduced_days=5", "dossiers_received=2",
				"dossiers_on_time=2", "dossiers_late=0");
		fixture.bm03(bm03, "A2", "1.000003", "5", "actual_days=5", "reduced_days=0", "dossiers_received=0");
		// when
		List<Figure> figures = context.getBean(FigureService.class).figures(scope("01", "2014"));
		// then
		assertThat(line(figures, "time_reduction_rate", "01")).isEqualTo("9/35=0.257143");
		assertThat(line(figures, "time_reduction_weighted_rate", "01")).isEqualTo("50/140=0.357143");
		assertThat(line(figures, "procedures_cut", "01")).isEqualTo("2=2");
		assertThat(Lines.find(figures, "procedures_cut", (f) -> true).denominator()).isEqualByComparingTo("3");
		assertThat(line(figures, "days_cut_total", "01")).isEqualTo("9=9");
		assertThat(line(figures, "on_time_rate", "01")).isEqualTo("10/12=0.833333");
		assertThat(line(figures, "time_reduction_rate", "A1/1.000001")).isEqualTo("4/10=0.4");
		assertThat(line(figures, "time_reduction_rate", "A1/1.000002")).isEqualTo("5/20=0.25");
		assertThat(line(figures, "time_reduction_rate", "A2/1.000003")).isEqualTo("0/5=0");
		assertThat(Lines.find(figures, "time_reduction_rate", (f) -> f.unitCode().equals("A2/1.000003")).unitName())
			.isEqualTo("Thủ tục 1.000003");
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldComputeDossierFiguresFromTheLogAndIgnoreBm03ForOnTime(String kind) {
		// given Hà Nội's 2015 dossier log: completed in 3 (on time), 10 (late), 1 and 4
		// days (on time); one pending past its due date, one pending not yet due; and a
		// BM03 saying 1 on time, 1 late, which the log replaces for on_time_rate
		ConfigurableApplicationContext context = DATABASES.context(kind);
		Fixture fixture = new Fixture(context.getBean(JdbcTemplate.class));
		long bm04 = fixture.submission("BM04", "01", "2015");
		fixture.bm04(bm04, "A1", "1.000001", "2015-03-01 08:00:00", "2015-03-05 17:00:00", "2015-03-04 17:00:00");
		fixture.bm04(bm04, "A1", "1.000001", "2015-03-01 08:00:00", "2015-03-05 17:00:00", "2015-03-11 09:00:00");
		fixture.bm04(bm04, "A1", "1.000002", "2015-05-01 08:00:00", "2015-05-03 17:00:00", "2015-05-02 10:00:00");
		fixture.bm04(bm04, "A2", "1.000003", "2015-06-01 08:00:00", "2015-06-10 17:00:00", "2015-06-05 10:00:00");
		fixture.bm04(bm04, "A2", "1.000003", "2015-12-01 08:00:00", "2015-12-20 17:00:00", null);
		fixture.bm04(bm04, "A2", "1.000003", "2015-12-20 08:00:00", "2016-01-10 17:00:00", null);
		long bm03 = fixture.submission("BM03", "01", "2015");
		fixture.bm03(bm03, "A1", "1.000001", "10", "actual_days=6", "dossiers_on_time=1", "dossiers_late=1");
		// when
		List<Figure> figures = context.getBean(FigureService.class).figures(scope("01", "2015"));
		// then
		assertThat(line(figures, "on_time_rate", "01")).isEqualTo("3/4=0.75");
		assertThat(line(figures, "processing_days", "01")).isEqualTo("18/4=4.5");
		assertThat(line(figures, "processing_days_median", "01")).isEqualTo("3.5=3.5");
		assertThat(line(figures, "pending_overdue", "01")).isEqualTo("1=1");
		assertThat(line(figures, "processing_days", "A1/1.000001")).isEqualTo("13/2=6.5");
		assertThat(line(figures, "processing_days_median", "A2/1.000003")).isEqualTo("4=4");
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldShowProcessingFiguresWithoutDataAsNotApplicable(String kind) {
		// given nothing for Hải Phòng in 2015
		ConfigurableApplicationContext context = DATABASES.context(kind);
		// when
		List<Figure> figures = context.getBean(FigureService.class).figures(scope("31", "2015"));
		// then
		assertThat(line(figures, "on_time_rate", "31")).isEqualTo("0/0=–");
		assertThat(line(figures, "time_reduction_rate", "31")).isEqualTo("0/0=–");
		assertThat(line(figures, "processing_days", "31")).isEqualTo("0/0=–");
		assertThat(line(figures, "days_cut_total", "31")).isEqualTo("=–");
		assertThat(line(figures, "reporting_rate", "31")).isEqualTo("0/1=0");
	}

}
