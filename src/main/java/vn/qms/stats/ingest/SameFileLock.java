package vn.qms.stats.ingest;

import java.time.Duration;
import java.util.HexFormat;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes the runs that store files of the same content (the same SHA-256) take turns: a
 * run locks the row of its file's stripe in {@code ingest_file_lock} in the transaction
 * that stores it, then looks for the file among the stored submissions, so two runs of
 * the same bytes under two names, in one process or in several sharing the database,
 * never both store them: the second waits until the first commits, then finds its
 * submission (a duplicate). The lock is held until the transaction ends.
 */
final class SameFileLock {

	/** Stripes of {@code ingest_file_lock}: the first three hex digits of a SHA-256. */
	static final int STRIPES = 4096;

	/**
	 * How long a run waits for another's store of the same stripe, H2's lock timeout (2
	 * s) asked again until then; PostgreSQL waits without a limit.
	 */
	static final Duration MAX_WAIT = Duration.ofMinutes(30);

	private final JdbcTemplate jdbc;

	SameFileLock(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Waits until no other transaction stores a file of this content, and locks it. */
	void lock(String sha256) {
		long deadline = System.nanoTime() + MAX_WAIT.toNanos();
		while (true) {
			try {
				this.jdbc.queryForList("select stripe from ingest_file_lock where stripe = ? for update", Integer.class,
						stripe(sha256));
				return;
			}
			catch (CannotAcquireLockException ex) {
				// H2 gave up after its lock timeout; the statement alone was undone
				if (System.nanoTime() > deadline) {
					throw ex;
				}
			}
		}
	}

	/** The stripe of a SHA-256 in hex; any other text gets one too. */
	static int stripe(String sha256) {
		if (sha256 != null && sha256.length() >= 3 && HexFormat.isHexDigit(sha256.charAt(0))
				&& HexFormat.isHexDigit(sha256.charAt(1)) && HexFormat.isHexDigit(sha256.charAt(2))) {
			return Integer.parseInt(sha256.substring(0, 3), 16);
		}
		return Math.floorMod(String.valueOf(sha256).hashCode(), STRIPES);
	}

}
