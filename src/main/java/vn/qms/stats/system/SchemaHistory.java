package vn.qms.stats.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import javax.sql.DataSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Whether the schema history matches the jar's migrations ({@link SchemaMigration} runs
 * Flyway only when it does not). Flyway's {@code migrate} validates every applied
 * migration against its file before it finds nothing to do; on a database already at the
 * jar's schema (every start but the first of a new version) that work is skipped: the
 * history's successful versions and checksums are read and compared with the jar's files,
 * checksummed as Flyway does. Any difference, or any doubt (no history table, a failed or
 * non-SQL entry), leaves it to Flyway.
 */
final class SchemaHistory {

	/** Flyway's table of the schema history. */
	static final String TABLE = "flyway_schema_history";

	private static final Set<String> MARKERS = Set.of("TABLE", "SCHEMA");

	private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9_.]*)__.+\\.sql");

	private SchemaHistory() {
	}

	/**
	 * Whether the database's schema history holds exactly the migrations in these folders
	 * of the class path, each successful and with the same checksum.
	 */
	static boolean isCurrent(DataSource dataSource, List<String> folders) {
		Map<String, Integer> shipped = shipped(folders);
		return !shipped.isEmpty() && shipped.equals(applied(dataSource, TABLE));
	}

	/**
	 * Version to checksum of the versioned migrations in these folders of the class path.
	 */
	static Map<String, Integer> shipped(List<String> folders) {
		Map<String, Integer> migrations = new HashMap<>();
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		try {
			for (String folder : folders) {
				for (Resource resource : resolver.getResources("classpath*:" + folder + "/**/*.sql")) {
					Matcher name = VERSIONED.matcher(String.valueOf(resource.getFilename()));
					if (!name.matches()
							|| migrations.put(name.group(1).replace('_', '.'), checksum(resource)) != null) {
						return Map.of();
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return migrations;
	}

	/**
	 * Flyway's checksum of a migration: a CRC-32 of its lines' UTF-8 bytes, line breaks
	 * and a leading byte order mark left out.
	 */
	static int checksum(Resource resource) throws IOException {
		CRC32 crc = new CRC32();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			String line = reader.readLine();
			if (line != null && line.startsWith("\uFEFF")) {
				line = line.substring(1);
			}
			for (; line != null; line = reader.readLine()) {
				crc.update(line.getBytes(StandardCharsets.UTF_8));
			}
		}
		return (int) crc.getValue();
	}

	/** Version to checksum of the successful migrations; empty if in any doubt. */
	private static Map<String, Integer> applied(DataSource dataSource, String table) {
		if (!exists(dataSource, table)) {
			// a new database: Flyway creates the history (asked, not queried, so that
			// neither H2's trace file nor PostgreSQL's log records an error)
			return Map.of();
		}
		Map<String, Integer> migrations = new HashMap<>();
		try {
			boolean[] doubtful = { false };
			new JdbcTemplate(dataSource).query("select version, checksum, type, success from " + table, (rs) -> {
				String version = rs.getString("version");
				String type = rs.getString("type");
				if (version == null && MARKERS.contains(type)) {
					return; // Flyway's note that it created the table or schema
				}
				if (version == null || !"SQL".equals(type) || !rs.getBoolean("success")
						|| migrations.put(version, rs.getInt("checksum")) != null) {
					doubtful[0] = true;
				}
			});
			return doubtful[0] ? Map.of() : migrations;
		}
		catch (DataAccessException ex) {
			// a history this cannot read: Flyway decides
			return Map.of();
		}
	}

	private static boolean exists(DataSource dataSource, String table) {
		try {
			return JdbcUtils.extractDatabaseMetaData(dataSource, (metaData) -> {
				try (ResultSet tables = metaData.getTables(null, null, table, null)) {
					return tables.next();
				}
			});
		}
		catch (MetaDataAccessException ex) {
			return false;
		}
	}

}
