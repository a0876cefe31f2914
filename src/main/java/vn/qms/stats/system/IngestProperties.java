package vn.qms.stats.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code qms.ingest.*} settings.
 *
 * @param bm04MaxErrorRate the share of its rows a dossier log (BM04) may lose to errors
 * before the whole file is rejected
 * @param maxRowsInMemory the most data rows of one file read in memory (every file but a
 * dossier log read as a stream); a file with more is rejected
 * @param maxProblems the most problems (errors and warnings) listed for one file read in
 * memory; at the next one reading stops and the file is rejected (the default is
 * {@code ProblemLimit.DEFAULT_MAX_PROBLEMS})
 */
@ConfigurationProperties("qms.ingest")
public record IngestProperties(@DefaultValue("0.001") double bm04MaxErrorRate,
		@DefaultValue("200000") int maxRowsInMemory, @DefaultValue("10000") int maxProblems) {

	public IngestProperties {
		if (maxRowsInMemory <= 0) {
			throw new IllegalArgumentException("qms.ingest.max-rows-in-memory must be positive");
		}
		if (maxProblems <= 0) {
			throw new IllegalArgumentException("qms.ingest.max-problems must be positive");
		}
	}

}
