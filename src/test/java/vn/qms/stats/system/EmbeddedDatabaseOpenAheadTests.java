package vn.qms.stats.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An existing embedded database is opened while the context is built, with the URL the
 * pool uses, and let go of once the context has started: after the command nothing holds
 * it. Other databases, a new one and one in a folder others can read are left to the
 * pool.
 */
class EmbeddedDatabaseOpenAheadTests {

	private static final String SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
			+ ";AUTO_SERVER=TRUE";

	@TempDir
	Path folder;

	@Test
	void shouldOpenTheDatabaseAheadWithThePoolsSettingsAndLetGoOfItAfterwards() throws Exception {
		Path database = existingDatabase("read");
		// the database opened ahead, before the pool: its settings are the ones in force
		assertThat(compactionTimeOpenedAhead(database, "--" + DatabaseApplication.READ_ONLY)).isEqualTo("0");
		assertClosedSoon(database);
		assertThat(compactionTimeOpenedAhead(database)).isEqualTo("200");
		assertClosedSoon(database);
	}

	@Test
	void shouldLeaveANewDatabaseAndOtherDatabasesToThePool() throws Exception {
		Path database = existingDatabase("shared");
		assertThat(EmbeddedDatabaseOpenAhead.opensAhead(url(database))).isTrue();
		Files.setPosixFilePermissions(database.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
		assertThat(EmbeddedDatabaseOpenAhead.opensAhead(url(database))).isFalse();
		assertThat(EmbeddedDatabaseOpenAhead.opensAhead(url(this.folder.resolve("new/qms-stats")))).isFalse();
		assertThat(EmbeddedDatabaseOpenAhead.opensAhead("jdbc:h2:mem:qms")).isFalse();
		assertThat(EmbeddedDatabaseOpenAhead.opensAhead("jdbc:postgresql://127.0.0.1:5432/qms")).isFalse();
		assertThat(EmbeddedDatabaseOpenAhead.opensAhead(null)).isFalse();
	}

	/**
	 * H2's MAX_COMPACT_TIME in a context of the read commands' configuration whose
	 * database was opened ahead: the context is built only once the database is open.
	 */
	private String compactionTimeOpenedAhead(Path database, String... arguments) {
		List<String> all = new ArrayList<>(
				List.of("--spring.datasource.url=" + url(database), "--spring.datasource.username=sa"));
		all.addAll(List.of(arguments));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DatabaseApplication.class)
			.logStartupInfo(false)
			.listeners(new EmbeddedDatabaseOpenAhead())
			.initializers((built) -> awaitOpen(database))
			.run(all.toArray(String[]::new))) {
			return context.getBean(JdbcTemplate.class).queryForObject(EmbeddedDatabasePoolTests.SETTING, String.class);
		}
	}

	/** A database created and closed, in a folder readable by its owner only. */
	private Path existingDatabase(String name) throws Exception {
		Path database = this.folder.resolve(name).resolve("qms-stats");
		Files.createDirectories(database.getParent());
		Files.setPosixFilePermissions(database.getParent(), EmbeddedDatabase.OWNER_ONLY);
		try (Connection connection = DriverManager.getConnection(url(database), "sa", "")) {
			connection.createStatement().execute("select 1");
		}
		assertThat(lockFile(database)).doesNotExist();
		return database;
	}

	private static void awaitOpen(Path database) {
		Instant deadline = Instant.now().plusSeconds(10);
		while (!Files.exists(lockFile(database))) {
			assertThat(Instant.now()).as("the database opened ahead").isBefore(deadline);
			sleep();
		}
	}

	/** H2 removes its lock file when the last connection closes the database. */
	private static void assertClosedSoon(Path database) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (Files.exists(lockFile(database))) {
			assertThat(Instant.now()).as("the database closed after the context").isBefore(deadline);
			sleep();
		}
	}

	private static Path lockFile(Path database) {
		return database.resolveSibling(database.getFileName() + ".lock.db");
	}

	private static String url(Path database) {
		return "jdbc:h2:file:" + database + SETTINGS;
	}

	private static void sleep() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
