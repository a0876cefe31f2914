package vn.qms.stats.ingest.bulk;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL {@code bm04_row} is list-partitioned by submission (migration V11): each
 * submission's dossiers are a table of their own, {@code bm04_row_<submission>}, without
 * indexes (every figure reads all the rows of a submission), so that a million-row log is
 * swapped in by attaching a table rather than copying its rows, and a figure reads only
 * its submission's rows. H2 keeps one indexed table.
 */
public final class Bm04Partitions {

	private final JdbcTemplate jdbc;

	private final boolean postgres;

	public Bm04Partitions(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.postgres = Bm04Staging.isPostgres(dataSource);
	}

	/** The partition of a submission. */
	static String name(long submissionId) {
		return "bm04_row_" + submissionId;
	}

	/**
	 * Makes room for the rows of a submission stored row by row (the generic path of
	 * {@code .xls} and {@code .csv} logs): its partition, on PostgreSQL.
	 */
	public void create(long submissionId) {
		if (this.postgres) {
			this.jdbc.execute("create table " + name(submissionId) + " partition of bm04_row for values in ("
					+ submissionId + ")");
		}
	}

	/**
	 * Fills the day counts of the rows a submission got row by row ({@link Bm04Days}).
	 */
	public void fillDays(long submissionId) {
		this.jdbc.update(Bm04Days.FILL_SQL, submissionId);
	}

}
