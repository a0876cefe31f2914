package vn.qms.stats.metrics;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What each unit sent for a period, form by form: the current file, when it came, and how
 * many times the form was replaced. The reporting-status page lists it beside
 * {@link ReportingStatus}.
 */
@Component
public class SubmissionLog {

	private static final String PER_FORM = "select s.reporting_unit, s.form, count(*) as sent, max(s.received_at) as latest,"
			+ " max(case when s.replaced_by is null then s.file_name end) as current_file"
			+ " from submission s where s.period = ? group by s.reporting_unit, s.form"
			+ " order by s.reporting_unit, s.form";

	private final JdbcTemplate jdbc;

	public SubmissionLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Every form sent for the period, by reporting unit and form. */
	public List<Sent> period(String periodCode) {
		return this.jdbc.query(PER_FORM, (rs, row) -> new Sent(rs.getString(1), rs.getString(2), rs.getInt(3),
				rs.getTimestamp(4).toLocalDateTime(), rs.getString(5)), periodCode);
	}

	/**
	 * One form of one unit in a period.
	 *
	 * @param unitCode the reporting unit
	 * @param form the form
	 * @param times how many files were accepted for it (the latest counts; the others
	 * were replaced)
	 * @param latest when the latest came
	 * @param currentFile the name of the file that counts
	 */
	public record Sent(String unitCode, String form, int times, LocalDateTime latest, String currentFile) {

		public int replaced() {
			return this.times - 1;
		}

	}

}
