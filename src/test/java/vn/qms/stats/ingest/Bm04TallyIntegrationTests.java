package vn.qms.stats.ingest;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.bench.Bm04Generator;
import vn.qms.stats.ingest.IngestVerdict.Outcome;
import vn.qms.stats.metrics.Figure;
import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.metrics.FigureService;
import vn.qms.stats.reference.CutOffRule;
import vn.qms.stats.reference.Period;
import vn.qms.stats.system.QmsProperties;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary of a dossier log that the load counts as it checks the rows (for the end of
 * the log's own period) is the one the figures would make from the stored rows: same
 * rows, same figures; duplicates left out of both, pending and overdue dossiers included.
 */
class Bm04TallyIntegrationTests {

	/** 2 agencies × 30 procedures: repeated dossier codes collide (duplicates). */
	private static final Bm04Generator LOG = new Bm04Generator(20_000, 0.0012, 2, 30, 11);

	private static final String GROUPS = "select agency_code, procedure_code, received, completed, on_time, "
			+ "calendar_days, cast(calendar_median as varchar(40)), working_count, working_days, "
			+ "cast(working_median as varchar(40)), pending_overdue from bm04_log_group where submission_id = ? "
			+ "order by agency_code, procedure_code";

	private static final String TOTALS = "select received, completed, on_time, calendar_days, working_count, "
			+ "working_days, pending_overdue from bm04_log_summary where submission_id = ?";

	private static final String DAYS = "select calendar_days, working_days, dossiers from bm04_log_days "
			+ "where submission_id = ? order by calendar_days, working_days";

	@TempDir
	Path input;

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldCountTheSummaryTheFiguresWouldMakeFromTheStoredRows(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given a log with duplicate dossier codes, ingested
			ConfigurableApplicationContext context = database.start("qms.ingest.bm04-max-error-rate=0.002");
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			IngestVerdict verdict = context.getBean(Ingestor.class)
				.ingest(LOG.write(this.input.resolve("bm04.xlsx")), true);
			assertThat(verdict.outcome()).isEqualTo(Outcome.ACCEPTED);
			assertThat(verdict.problems()).extracting(Problem::messageKey).contains("ingest.rule.duplicate");
			long log = jdbc.queryForObject("select submission_id from submission_current where form = 'BM04'",
					Long.class);
			// then the load wrote the summary with the log
			assertThat(jdbc.queryForObject("select count(*) from bm04_log_summary where submission_id = ?",
					Integer.class, log))
				.isOne();
			FigureService service = context.getBean(FigureService.class);
			FigureScope scope = FigureScope.of("91", Period.ofQuarter(2026, 3),
					CutOffRule.of(context.getBean(QmsProperties.class).cutOffRule()));
			List<Figure> counted = service.figures(scope);
			List<List<Object>> groups = rows(jdbc, GROUPS, log);
			List<List<Object>> days = rows(jdbc, DAYS, log);
			List<List<Object>> totals = rows(jdbc, TOTALS, log);
			// when the figures make it again from the stored rows
			for (String table : List.of("bm04_log_group", "bm04_log_days", "bm04_log_summary")) {
				jdbc.update("delete from " + table + " where submission_id = ?", log);
			}
			List<Figure> made = service.figures(scope);
			// then
			assertThat(rows(jdbc, GROUPS, log)).hasSize(60).isEqualTo(groups);
			assertThat(rows(jdbc, DAYS, log)).isEqualTo(days);
			assertThat(rows(jdbc, TOTALS, log)).hasSize(1).isEqualTo(totals).noneMatch((row) -> row.contains(null));
			assertThat(made).isEqualTo(counted);
		}
	}

	private static List<List<Object>> rows(JdbcTemplate jdbc, String sql, long log) {
		return jdbc.query(sql, (rs, i) -> {
			List<Object> row = new java.util.ArrayList<>();
			for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
				Object value = rs.getObject(c);
				row.add((value instanceof Number number) ? (Object) number.toString() : value);
			}
			return row;
		}, log);
	}

}
