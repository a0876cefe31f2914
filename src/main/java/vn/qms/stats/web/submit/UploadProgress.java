package vn.qms.stats.web.submit;

import java.nio.file.Path;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.qms.stats.ingest.bulk.Bm04SheetParser;

/**
 * How far the ingest of a file has come: the rows its running step has read, as the job
 * repository records them at each commit (every few thousand rows of a dossier log).
 */
@Component
class UploadProgress {

	private static final String ROWS_READ = "select se.step_name, se.read_count from batch_step_execution se"
			+ " join batch_job_execution_params p on p.job_execution_id = se.job_execution_id"
			+ " join batch_job_execution je on je.job_execution_id = se.job_execution_id"
			+ " where p.parameter_name = 'file' and p.parameter_value = ? and je.status = 'STARTED'";

	private final JdbcTemplate jdbc;

	UploadProgress(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Rows read so far by the running step of the file's ingest, or 0. */
	long rowsRead(Path staged) {
		List<Long> counts = this.jdbc.queryForList(ROWS_READ, Long.class,
				staged.toAbsolutePath().normalize().toString());
		return counts.stream().mapToLong(Long::longValue).max().orElse(0);
	}

}
