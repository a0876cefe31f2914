package vn.qms.stats.ingest;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The table {@code held_file}: which files wait in a {@code held/} folder for their key
 * to be withdrawn. Written by step {@code fileOutcome} in its transaction, read by
 * {@link HeldFiles}.
 */
final class HeldFileRecords {

	private final JdbcTemplate jdbc;

	HeldFileRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the verdict of a file: a held one is added (an earlier holding of the same
	 * file released first), any other releases the holdings of the same content.
	 */
	void record(IngestVerdict verdict, String sha256, Path place) {
		LocalDateTime now = LocalDateTime.now();
		this.jdbc.update(
				"update held_file set released_at = ?, released_as = ? where file_sha256 = ? and released_at is null",
				Timestamp.valueOf(now), verdict.outcome().name(), sha256);
		if (verdict.outcome() == IngestVerdict.Outcome.HELD) {
			this.jdbc.update("""
					insert into held_file (path, file_name, file_sha256, form, reporting_unit, period, held_at)
					values (?, ?, ?, ?, ?, ?, ?)""", place.toString(), place.getFileName().toString(), sha256,
					verdict.form(), verdict.reportingUnit(), verdict.period(), Timestamp.valueOf(now));
		}
	}

	/** The files held now, oldest first. */
	List<HeldFiles.HeldFile> current() {
		return this.jdbc.query("""
				select path, form, reporting_unit, period, held_at from held_file
				where released_at is null order by held_at, id""",
				(rs, i) -> new HeldFiles.HeldFile(Path.of(rs.getString(1)), rs.getString(2), rs.getString(3),
						rs.getString(4), rs.getTimestamp(5).toLocalDateTime()));
	}

}
