package vn.qms.stats.ingest;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The files held in a {@code held/} folder because their key (form, unit, period) was
 * approved and locked when they came: listed with their key, and applied on demand
 * through the normal {@link Ingestor} (after a withdrawal they are stored; while the key
 * is still approved they stay held).
 */
@Component
public class HeldFiles {

	private final HeldFileRecords records;

	private final Ingestor ingestor;

	HeldFiles(JdbcTemplate jdbc, Ingestor ingestor) {
		this.records = new HeldFileRecords(jdbc);
		this.ingestor = ingestor;
	}

	/**
	 * A file waiting in {@code held/}.
	 *
	 * @param path where it is
	 * @param form the form code(s) its title block gave
	 * @param reportingUnit the reporting unit code(s)
	 * @param period the period code(s)
	 * @param heldAt when it was held
	 */
	public record HeldFile(Path path, String form, String reportingUnit, String period, LocalDateTime heldAt) {

		public String fileName() {
			return this.path.getFileName().toString();
		}

	}

	/** The files held now (and still there), oldest first. */
	public List<HeldFile> list() {
		return this.records.current()
			.stream()
			.filter((held) -> Files.isRegularFile(held.path(), LinkOption.NOFOLLOW_LINKS))
			.toList();
	}

	/**
	 * Ingests the held file of that name (or path) again, the latest held if several
	 * share the name; a name no held file has is a rejection saying so, never an
	 * exception.
	 */
	public IngestVerdict apply(String fileName) {
		Optional<HeldFile> held = list().stream()
			.filter((each) -> each.fileName().equals(fileName) || each.path().toString().equals(fileName))
			.reduce((first, last) -> last);
		if (held.isEmpty()) {
			Path named = Path.of(fileName).toAbsolutePath();
			return IngestVerdict.rejected(named,
					Problem.error("ingest.held.unknown", fileName).inFile(named.getFileName().toString()));
		}
		return this.ingestor.ingest(held.get().path(), false);
	}

}
