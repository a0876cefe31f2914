package vn.qms.stats.schedule;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code inbox_claim} table: one row per file being ingested, keyed by its path. The
 * insert that wins owns the file; a take-over is a compare-and-set on the owner.
 */
class InboxClaims {

	/**
	 * A row of {@code inbox_claim}; {@code owner} is null when parked after a failure.
	 */
	record Claim(String path, long size, long modified, String owner, LocalDateTime claimedAt, int attempts) {

		/** The file as it was claimed. */
		InputFolder.Look look() {
			return new InputFolder.Look(Path.of(this.path), this.size, this.modified, 0);
		}

		boolean sameFile(InputFolder.Look look) {
			return this.size == look.size() && this.modified == look.modified();
		}

	}

	private final JdbcTemplate jdbc;

	InboxClaims(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Claims a file nobody has claimed; false if a claim exists. */
	boolean insert(InputFolder.Look look, String owner) {
		try {
			this.jdbc.update("insert into inbox_claim (path, file_size, modified_at, owner, claimed_at, attempts) "
					+ "values (?, ?, ?, ?, ?, 0)", key(look), look.size(), look.modified(), owner, now());
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	Optional<Claim> find(InputFolder.Look look) {
		return this.jdbc
			.query("select path, file_size, modified_at, owner, claimed_at, attempts from inbox_claim where path = ?",
					(rs, i) -> new Claim(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
							rs.getTimestamp(5).toLocalDateTime(), rs.getInt(6)),
					key(look))
			.stream()
			.findFirst();
	}

	/** The claims of other instances, and parked ones. */
	List<Claim> notMine(String me) {
		return this.jdbc.query(
				"select path, file_size, modified_at, owner, claimed_at, attempts from inbox_claim "
						+ "where owner is null or owner <> ?",
				(rs, i) -> new Claim(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
						rs.getTimestamp(5).toLocalDateTime(), rs.getInt(6)),
				me);
	}

	/**
	 * Takes a claim over, if nobody changed it since it was read: true for the one
	 * instance that wins.
	 */
	boolean takeOver(Claim claim, InputFolder.Look look, String owner, int attempts) {
		return this.jdbc.update("""
				update inbox_claim set owner = ?, claimed_at = ?, file_size = ?, modified_at = ?, attempts = ?
				where path = ? and coalesce(owner, '') = ? and attempts = ?""", owner, now(), look.size(),
				look.modified(), attempts, claim.path(), (claim.owner() != null) ? claim.owner() : "",
				claim.attempts()) == 1;
	}

	/** The file has left the input folder: forget the claim. */
	void release(InputFolder.Look look, String owner) {
		this.jdbc.update("delete from inbox_claim where path = ? and owner = ?", key(look), owner);
	}

	/** The ingest failed for a system reason: parks the claim; returns the attempts. */
	int park(InputFolder.Look look, String owner, String error) {
		String reason = (error != null && error.length() > 2000) ? error.substring(0, 2000) : error;
		this.jdbc.update(
				"update inbox_claim set owner = null, attempts = attempts + 1, last_error = ? where path = ? and owner = ?",
				reason, key(look), owner);
		return find(look).map(Claim::attempts).orElse(0);
	}

	static String key(InputFolder.Look look) {
		return look.file().toString();
	}

	private static Timestamp now() {
		return Timestamp.valueOf(LocalDateTime.now());
	}

}
