package vn.qms.stats.web.submit;

import java.nio.file.Path;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far the ingest of a file has come: the rows its running step has read, as the job
 * repository records them at each commit (every few thousand rows of a dossier log).
 */
@Component
class UploadProgress {

	private static final String ROWS_READ = "select se.read_count from batch_step_execution se"
			+ " join batch_job_execution_params p on p.job_execution_id = se.job_execution_id"
			+ " where p.parameter_name = 'file' and p.parameter_value = ? and se.status = 'STARTED'"
			+ " order by se.step_execution_id desc";

	private final JdbcTemplate jdbc;

	UploadProgress(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Rows read so far by the running step of the file's ingest, or 0. */
	long rowsRead(Path staged) {
		List<Long> counts = this.jdbc.queryForList(ROWS_READ, Long.class,
				staged.toAbsolutePath().normalize().toString());
		return counts.isEmpty() ? 0 : counts.get(0);
	}

}
