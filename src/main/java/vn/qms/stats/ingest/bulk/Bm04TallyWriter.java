package vn.qms.stats.ingest.bulk;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes a complete {@link Bm04Tally} as the summary of submission {@code submissionId}
 * (V14: the key row of {@code bm04_log_summary}, then {@code bm04_log_group} and
 * {@code bm04_log_days}), in the caller's transaction (the swap's): the summary exists
 * exactly when the log does; its totals (V16) are added up from it by the first figure
 * that needs them ({@code Bm04Summaries}). On PostgreSQL by COPY, elsewhere in JDBC
 * batches.
 */
final class Bm04TallyWriter {

	private static final String GROUP_COLUMNS = "submission_id, period_end_next, agency_code, procedure_code, "
			+ "received, completed, on_time, calendar_days, calendar_median, working_count, working_days, "
			+ "working_median, pending_overdue";

	private static final String DAYS_COLUMNS = "submission_id, period_end_next, calendar_days, working_days, dossiers";

	private final DataSource dataSource;

	private final boolean postgres;

	Bm04TallyWriter(DataSource dataSource, boolean postgres) {
		this.dataSource = dataSource;
		this.postgres = postgres;
	}

	void write(Bm04Tally tally, long submissionId) throws SQLException {
		Timestamp end = Timestamp.valueOf(tally.periodEndNext());
		new JdbcTemplate(this.dataSource)
			.update("insert into bm04_log_summary (submission_id, period_end_next, computed_at) "
					+ "values (?, ?, current_timestamp)", submissionId, end);
		insert("bm04_log_group", GROUP_COLUMNS, 13,
				(sink) -> tally.forEachPair((agency, procedure,
						pair) -> sink.accept(new Object[] { submissionId, end, agency, procedure, pair.received,
								pair.calendar.dossiers(), pair.onTime, pair.calendar.sum(), pair.calendar.median(),
								pair.working.dossiers(), pair.working.sum(), pair.working.median(), pair.overdue })));
		insert("bm04_log_days", DAYS_COLUMNS, 5, (sink) -> tally.forEachDays((calendar, working, dossiers) -> sink
			.accept(new Object[] { submissionId, end, calendar, working, dossiers })));
	}

	/**
	 * Rows handed to a sink one by one (a log has up to hundreds of thousands of pairs).
	 */
	private interface Rows {

		void each(Consumer<Object[]> sink);

	}

	private void insert(String table, String columns, int width, Rows rows) throws SQLException {
		if (!this.postgres) {
			List<Object[]> batch = new ArrayList<>();
			rows.each(batch::add);
			String marks = "?" + ", ?".repeat(width - 1);
			new JdbcTemplate(this.dataSource)
				.batchUpdate("insert into " + table + " (" + columns + ") values (" + marks + ")", batch);
			return;
		}
		try (CopySession copy = new CopySession(DataSourceUtils.getConnection(this.dataSource),
				"copy " + table + " (" + columns + ") from stdin")) {
			SQLException[] failure = new SQLException[1];
			rows.each((row) -> {
				CopyText text = copy.text();
				for (int i = 0; i < row.length; i++) {
					if (i > 0) {
						text.tab();
					}
					field(text, row[i]);
				}
				text.newline();
				try {
					copy.rowDone();
				}
				catch (SQLException ex) {
					failure[0] = (failure[0] != null) ? failure[0] : ex;
				}
			});
			if (failure[0] != null) {
				throw failure[0];
			}
			copy.end();
		}
	}

	private static void field(CopyText text, Object value) {
		if (value == null) {
			text.text(null);
		}
		else if (value instanceof Timestamp time) {
			text.timestamp(time.toLocalDateTime());
		}
		else if (value instanceof BigDecimal decimal) {
			text.text(decimal.toPlainString());
		}
		else if (value instanceof Number number) {
			text.number(number.longValue());
		}
		else {
			text.text(value.toString());
		}
	}

}
