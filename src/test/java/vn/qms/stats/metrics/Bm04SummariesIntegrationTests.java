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
 * A dossier log's summary is computed by the first figure that needs it and kept: the
 * figures computed from it again are the same, another period end gets its own, and a
 * corrected log (a new submission) is never answered from the summary of the one it
 * replaces.
 */
class Bm04SummariesIntegrationTests {

	private static final SharedDatabases DATABASES = new SharedDatabases();

	@AfterAll
	static void dropDatabases() {
		DATABASES.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldAnswerFromTheKeptSummaryUntilTheLogIsReplaced(String kind) {
		ConfigurableApplicationContext context = DATABASES.context(kind);
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		FigureService service = context.getBean(FigureService.class);
		Fixture fixture = new Fixture(jdbc);
		// given a log of Quý III/2026: 2 and 4 calendar days, and one pending past its
		// due date
		long log = fixture.submission("BM04", "91", "2026-Q3");
		fixture.bm04(log, "A1", "1.000001", "2026-09-07 08:00:00", "2026-09-30 17:00:00", "2026-09-09 10:00:00");
		fixture.bm04(log, "A1", "1.000001", "2026-09-07 08:00:00", "2026-09-30 17:00:00", "2026-09-11 10:00:00");
		fixture.bm04(log, "A1", "1.000001", "2026-09-07 08:00:00", "2026-09-20 17:00:00", null);
		// when its figures are computed twice
		List<Figure> first = service.figures(scope("91", "2026-Q3"));
		List<Figure> again = service.figures(scope("91", "2026-Q3"));
		// then the second answer, from the kept summary, is the first one
		assertThat(line(first, "processing_days", "91")).isEqualTo("6/2=3");
		assertThat(line(first, "pending_overdue", "91")).isEqualTo("1=1");
		assertThat(again).isEqualTo(first);
		assertThat(summaries(jdbc, log)).isOne();
		// when a corrected log replaces it
		long corrected = fixture.submission("BM04", "91", "2026-Q3");
		fixture.bm04(corrected, "A1", "1.000001", "2026-09-07 08:00:00", "2026-09-30 17:00:00", "2026-09-08 10:00:00");
		List<Figure> replaced = service.figures(scope("91", "2026-Q3"));
		// then the figures are the corrected log's, from a summary of its own
		assertThat(line(replaced, "processing_days", "91")).isEqualTo("1/1=1");
		assertThat(line(replaced, "pending_overdue", "91")).isEqualTo("0=0");
		assertThat(summaries(jdbc, corrected)).isOne();
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldAddUpTheTotalsOfASummaryKeptWithoutThem(String kind) {
		ConfigurableApplicationContext context = DATABASES.context(kind);
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		FigureService service = context.getBean(FigureService.class);
		Fixture fixture = new Fixture(jdbc);
		// given a log of Quý II/2026 of two agencies (3 and 1 calendar days, one pending
		// past its due date), whose summary was kept before its totals were (V16)
		long log = fixture.submission("BM04", "91", "2026-Q2");
		fixture.bm04(log, "B2", "1.000002", "2026-06-01 08:00:00", "2026-06-30 17:00:00", "2026-06-04 10:00:00");
		fixture.bm04(log, "A1", "1.000001", "2026-06-01 08:00:00", "2026-06-30 17:00:00", "2026-06-02 10:00:00");
		fixture.bm04(log, "A1", "1.000001", "2026-06-01 08:00:00", "2026-06-10 17:00:00", null);
		List<Figure> first = service.figures(scope("91", "2026-Q2"));
		jdbc.update("update bm04_log_summary set received = null, completed = null, on_time = null, "
				+ "calendar_days = null, working_count = null, working_days = null, pending_overdue = null "
				+ "where submission_id = ?", log);
		// when its figures are computed again
		List<Figure> again = service.figures(scope("91", "2026-Q2"));
		// then they are the same, from totals added up again and kept
		assertThat(line(first, "processing_days", "91")).isEqualTo("4/2=2");
		assertThat(line(first, "pending_overdue", "91")).isEqualTo("1=1");
		assertThat(again).isEqualTo(first);
		assertThat(
				jdbc.queryForObject("select completed from bm04_log_summary where submission_id = ?", Long.class, log))
			.isEqualTo(2);
		// and the per-procedure figures come by agency and procedure code
		assertThat(first.stream().filter((figure) -> figure.id().equals("processing_days_median")))
			.extracting(Figure::unitCode)
			.containsExactly("91", "A1/1.000001", "B2/1.000002");
		// and the reports' figures are the unit's own, without those per procedure
		assertThat(service.unitFigures(scope("91", "2026-Q2")))
			.isEqualTo(first.stream().filter((figure) -> figure.unitCode().equals("91")).toList());
	}

	private static int summaries(JdbcTemplate jdbc, long log) {
		return jdbc.queryForObject("select count(*) from bm04_log_summary where submission_id = ?", Integer.class, log);
	}

}
