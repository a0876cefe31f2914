package vn.qms.stats.ingest;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The verdicts of {@code ingestJob} runs (table {@code ingest_verdict}), one per job
 * instance, written in the transaction of the step that judged the file and read by the
 * steps after it, the command line and the ingestion report. Kept out of the execution
 * contexts, so that a verdict of 10,000 problems never makes a context write fail.
 */
@Component
public final class IngestVerdicts {

	/** The verdict of a run. */
	static final String VERDICT = "verdict";

	/** What the route found in a dossier log, for the swap. */
	static final String ROUTE = "route";

	private final JdbcTemplate jdbc;

	public IngestVerdicts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The verdict (JSON of {@code <name>.result.json}) of a run, if it has one. */
	public Optional<String> find(long jobInstanceId) {
		return find(jobInstanceId, VERDICT);
	}

	Optional<String> find(long jobInstanceId, String kind) {
		List<String> found = this.jdbc.queryForList(
				"select document from ingest_verdict where job_instance_id = ? and kind = ?", String.class,
				jobInstanceId, kind);
		return found.stream().findFirst();
	}

	void save(long jobInstanceId, String document) {
		save(jobInstanceId, VERDICT, document);
	}

	void save(long jobInstanceId, String kind, String document) {
		int updated = this.jdbc.update("update ingest_verdict set document = ? where job_instance_id = ? and kind = ?",
				document, jobInstanceId, kind);
		if (updated == 0) {
			this.jdbc.update("insert into ingest_verdict (job_instance_id, kind, document) values (?, ?, ?)",
					jobInstanceId, kind, document);
		}
	}

}
