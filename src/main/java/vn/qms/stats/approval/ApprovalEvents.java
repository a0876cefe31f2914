package vn.qms.stats.approval;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The table {@code approval_event} (plain SQL, the same on H2 and PostgreSQL): events are
 * only ever inserted; the latest of a key is its state.
 */
final class ApprovalEvents {

	private static final String COLUMNS = "form, reporting_unit, period, seq, action, actor, acted_at, reason";

	/** The latest event of each key: no later one of the same key exists. */
	private static final String LATEST = """
			not exists (select 1 from approval_event later where later.form = e.form
				and later.reporting_unit = e.reporting_unit and later.period = e.period and later.seq > e.seq)""";

	private final JdbcTemplate jdbc;

	ApprovalEvents(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest event of the key, if it has any. */
	Optional<ApprovalEvent> latest(String form, String unit, String period) {
		return this.jdbc.query("select " + COLUMNS + """
				 from approval_event where form = ? and reporting_unit = ? and period = ?
				order by seq desc fetch first 1 rows only""", ApprovalEvents::event, form, unit, period)
			.stream()
			.findFirst();
	}

	/**
	 * Locks the key's current submission, if there is one, until the transaction ends: an
	 * approval and the ingest of a file for the same key take turns.
	 */
	void lockSubmission(String form, String unit, String period) {
		this.jdbc.queryForList("select submission_id from submission_current where form = ? and reporting_unit = ? "
				+ "and period = ? for update", Long.class, form, unit, period);
	}

	/**
	 * Records the next event of the key ({@code seq} one past the latest); a
	 * {@code DuplicateKeyException} if someone else recorded it first.
	 */
	void insert(ApprovalEvent event) {
		this.jdbc.update("insert into approval_event (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)", event.form(),
				event.reportingUnit(), event.period(), event.seq(), event.action().name(), event.actor(),
				Timestamp.valueOf(event.actedAt()), event.reason());
	}

	/** The latest event of every key of the unit and period (either may be null: any). */
	List<ApprovalEvent> current(String unit, String period) {
		List<Object> arguments = new ArrayList<>();
		String where = filter(null, unit, period, arguments);
		return this.jdbc.query("select " + COLUMNS + " from approval_event e where " + LATEST + where
				+ " order by reporting_unit, period, form", ApprovalEvents::event, arguments.toArray());
	}

	/** Every event of the keys matching (null: any), in the order they happened. */
	List<ApprovalEvent> history(String form, String unit, String period) {
		List<Object> arguments = new ArrayList<>();
		String where = filter(form, unit, period, arguments);
		return this.jdbc.query(
				"select " + COLUMNS + " from approval_event e where 1 = 1" + where
						+ " order by acted_at, reporting_unit, period, form, seq",
				ApprovalEvents::event, arguments.toArray());
	}

	/** The forms of the unit and period that have a current submission. */
	List<String> submittedForms(String unit, String period) {
		return this.jdbc.queryForList(
				"select form from submission_current where reporting_unit = ? and period = ? order by form",
				String.class, unit, period);
	}

	private static String filter(String form, String unit, String period, List<Object> arguments) {
		StringBuilder where = new StringBuilder();
		String[][] conditions = { { "form", form }, { "reporting_unit", unit }, { "period", period } };
		for (String[] condition : conditions) {
			if (condition[1] != null) {
				where.append(" and e.").append(condition[0]).append(" = ?");
				arguments.add(condition[1]);
			}
		}
		return where.toString();
	}

	private static ApprovalEvent event(ResultSet rs, int row) throws SQLException {
		return new ApprovalEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
				ApprovalEvent.Action.valueOf(rs.getString(5)), rs.getString(6), rs.getTimestamp(7).toLocalDateTime(),
				rs.getString(8));
	}

}
