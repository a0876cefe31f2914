package vn.qms.stats.ingest.bulk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The BM04 figures of metrics.md per agency and procedure, set-based:
 * {@code on_time_rate} (completed ≤ due / completed), {@code processing_days} mean and
 * median in calendar days and in working days (the columns {@code calendar_days} and
 * {@code working_days} of {@code bm04_row}, filled at the swap from
 * {@code work_calendar}), and {@code pending_overdue} at period end.
 */
public final class Bm04Figures {

	/** The figures of one agency and procedure. */
	public record Line(String agencyCode, String procedureCode, long completed, long onTime, BigDecimal meanDays,
			BigDecimal medianDays, BigDecimal meanWorkingDays, BigDecimal medianWorkingDays, long pendingOverdue) {
	}

	// Day counts were computed at the swap (Bm04Swap): time of day ignored, as statutory
	// limits do; so the figures are one GROUP BY over the submission's rows
	private static final String SQL = """
			with completed as (
				select s.agency_code, s.procedure_code, count(*) as completed,
					sum(case when s.completed_at <= s.due_at then 1 else 0 end) as on_time,
					avg(s.calendar_days * 1.0) as mean_days,
					percentile_cont(0.5) within group (order by s.calendar_days) as median_days,
					avg(s.working_days * 1.0) as mean_working_days,
					percentile_cont(0.5) within group (order by s.working_days) as median_working_days
				from %1$s s
				where s.completed_at is not null %2$s
				group by s.agency_code, s.procedure_code
			), overdue as (
				select agency_code, procedure_code, count(*) as pending_overdue
				from %1$s s
				where s.completed_at is null and s.due_at < ? %2$s
				group by agency_code, procedure_code
			)
			select coalesce(c.agency_code, o.agency_code), coalesce(c.procedure_code, o.procedure_code),
				coalesce(c.completed, 0), coalesce(c.on_time, 0), c.mean_days, c.median_days,
				c.mean_working_days, c.median_working_days, coalesce(o.pending_overdue, 0)
			from completed c
			full join overdue o on o.agency_code = c.agency_code and o.procedure_code = c.procedure_code
			order by 1, 2""";

	private final JdbcTemplate jdbc;

	public Bm04Figures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The figures of the rows of {@code table} (with an extra {@code and ...} filter,
	 * e.g. on submission_id), for a period ending on {@code periodEnd}.
	 */
	public List<Line> compute(String table, String filter, LocalDate periodEnd) {
		String sql = SQL.formatted(table, (filter != null) ? filter : "");
		return this.jdbc.query(sql,
				(rs, i) -> new Line(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getBigDecimal(5),
						rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getLong(9)),
				java.sql.Timestamp.valueOf(periodEnd.plusDays(1).atStartOfDay()));
	}

}
