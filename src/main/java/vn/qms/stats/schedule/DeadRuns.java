package vn.qms.stats.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Batch runs left STARTED by an instance that died: found by job name and identifying
 * parameters, marked FAILED ({@code JobOperator.recover}) so that they can restart.
 */
@Component
class DeadRuns {

	private static final Log logger = LogFactory.getLog(DeadRuns.class);

	private static final String RUNNING = """
			select e.job_execution_id from batch_job_execution e
			join batch_job_instance i on i.job_instance_id = e.job_instance_id
			where i.job_name = ? and e.status in ('STARTING', 'STARTED', 'STOPPING')""";

	private static final String PARAMETER = """
			and exists (select 1 from batch_job_execution_params p where p.job_execution_id = e.job_execution_id
			and p.parameter_name = ? and p.parameter_value = ?)""";

	private final JdbcTemplate jdbc;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	DeadRuns(JdbcTemplate jdbc, JobOperator jobOperator, JobRepository jobRepository) {
		this.jdbc = jdbc;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
	}

	/** Ids of the runs of the job with these parameters still marked running. */
	List<Long> running(String jobName, Map<String, String> parameters) {
		StringBuilder sql = new StringBuilder(RUNNING);
		List<Object> arguments = new ArrayList<>(List.of(jobName));
		parameters.forEach((name, value) -> {
			sql.append(PARAMETER);
			arguments.add(name);
			arguments.add(value);
		});
		return this.jdbc.queryForList(sql.toString(), Long.class, arguments.toArray());
	}

	/** Marks them FAILED; the caller knows their owner is gone. Returns them. */
	List<JobExecution> recover(String jobName, Map<String, String> parameters, String subject) {
		List<JobExecution> recovered = new ArrayList<>();
		for (long id : running(jobName, parameters)) {
			JobExecution execution = this.jobOperator.recover(this.jobRepository.getJobExecution(id));
			logger.warn("Run " + id + " (" + subject + ") died with its instance: marked " + execution.getStatus()
					+ ", restarting");
			recovered.add(execution);
		}
		return recovered;
	}

	/** Restarts a recovered run (its completed steps are skipped); false if it cannot. */
	boolean restart(JobExecution execution) {
		try {
			JobExecution restarted = this.jobOperator.restart(execution);
			logger
				.info("Run " + execution.getId() + " restarted as " + restarted.getId() + ": " + restarted.getStatus());
			return !restarted.getStatus().isUnsuccessful();
		}
		catch (Exception ex) {
			logger.warn("Run " + execution.getId() + " could not restart: " + ex.getMessage() + "; see `jobs restart "
					+ execution.getId() + "`");
			return false;
		}
	}

}
