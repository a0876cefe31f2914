package vn.qms.stats.system;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The runs recorded in the batch job repository, newest first, with the file or report
 * concerned.
 */
@Component
public class JobHistory {

	private static final String RUNS = """
			select e.job_execution_id, i.job_name, e.status, e.exit_code, e.start_time, e.end_time,
				(select max(p.parameter_value) from batch_job_execution_params p
					where p.job_execution_id = e.job_execution_id and p.parameter_name in ('file', 'report')) as subject,
				(select coalesce(sum(s.write_count), 0) from batch_step_execution s
					where s.job_execution_id = e.job_execution_id) as written
			from batch_job_execution e
			join batch_job_instance i on i.job_instance_id = e.job_instance_id
			where (? = false or e.status in ('FAILED', 'STOPPED', 'UNKNOWN', 'STARTED'))
			order by e.job_execution_id desc
			limit ?""";

	private final JdbcTemplate jdbc;

	public JobHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<Run> runs(boolean failedOnly, int limit) {
		return this.jdbc.query(RUNS, (rs, rowNum) -> new Run(rs.getLong("job_execution_id"), rs.getString("job_name"),
				rs.getString("status"), rs.getString("exit_code"), rs.getObject("start_time", LocalDateTime.class),
				rs.getObject("end_time", LocalDateTime.class), rs.getString("subject"), rs.getLong("written")),
				failedOnly, limit);
	}

	/**
	 * One job run.
	 *
	 * @param id job execution id (what {@code jobs restart ID} takes)
	 * @param job job name
	 * @param status batch status
	 * @param exitCode exit code (e.g. ACCEPTED, REJECTED, DUPLICATE for ingest runs)
	 * @param started start time
	 * @param ended end time, or null while running or after a crash
	 * @param subject the file or report concerned
	 * @param written items written by all its steps
	 */
	public record Run(long id, String job, String status, String exitCode, LocalDateTime started, LocalDateTime ended,
			String subject, long written) {

	}

}
