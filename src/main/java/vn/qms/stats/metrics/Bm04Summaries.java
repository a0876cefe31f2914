package vn.qms.stats.metrics;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The summaries of BM04 dossier logs ({@code bm04_log_summary}, V14): what the figures
 * need of a log for a period end, computed from its dossiers the first time a figure asks
 * and kept, since a stored log never changes (a correction is a new submission). Each is
 * written in a transaction of its own, committed even though the figure computation that
 * asked rolls its scratch rows back; its key row makes a second process wait for the
 * first and then use its summary instead of writing it again. A summary's totals (V16)
 * are added up from its rows per agency and procedure
 * ({@code metrics/bm04_log_totals.sql}) with them, or the first time a figure needs them
 * for a summary kept without them.
 */
@Component
class Bm04Summaries {

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final String totals = FigureQueries.read("bm04_log_totals");

	Bm04Summaries(NamedParameterJdbcTemplate jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Makes sure the log's summary for the period end exists, calling {@code writer}
	 * (with the parameters {@code submission_id} and {@code period_end_next}) to write it
	 * if not.
	 */
	void ensure(long submissionId, LocalDateTime periodEndNext, Consumer<MapSqlParameterSource> writer) {
		MapSqlParameterSource key = new MapSqlParameterSource("submission_id", submissionId).addValue("period_end_next",
				periodEndNext);
		List<Boolean> totalled = this.jdbc.queryForList(
				"select completed is not null from bm04_log_summary "
						+ "where submission_id = :submission_id and period_end_next = :period_end_next",
				key, Boolean.class);
		if (totalled.contains(Boolean.TRUE)) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			if (totalled.isEmpty()) {
				try {
					this.jdbc.update("insert into bm04_log_summary (submission_id, period_end_next, computed_at) "
							+ "values (:submission_id, :period_end_next, current_timestamp)", key);
				}
				catch (DuplicateKeyException ex) {
					// another process wrote it meanwhile, with its totals (this insert
					// waited for its commit)
					status.setRollbackOnly();
					return;
				}
				writer.accept(key);
			}
			this.jdbc.update(this.totals, key);
		});
	}

}
