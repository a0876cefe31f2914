package vn.qms.stats.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.FileSystemUtils;

import vn.qms.stats.bench.Bm04Generator;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the quicker start of {@code figures}, {@code jobs} and {@code ingest} still does
 * where it is needed: a schema behind the jar is migrated, a changed reference file is
 * loaded; and {@code --help} of every command answers without starting anything.
 */
class StartupFunctionalTests {

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldMigrateASchemaOneMigrationBehindWhenFiguresStarts(String kind) {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given a database migrated by the previous version of the jar
			JdbcTemplate jdbc = jdbc(database);
			List<String> versions = migrateAllButTheLast(jdbc, kind);
			assertThat(applied(jdbc)).doesNotContain(versions.get(versions.size() - 1));
			// when
			CommandRun figures = CommandRun.run("--db", database.url(), "figures", "--unit", "VN", "--period", "2020");
			CommandRun jobs = CommandRun.run("--db", database.url(), "jobs");
			// then
			assertThat(figures.status()).isZero();
			assertThat(figures.out()).startsWith("figure,branch,unit_code");
			assertThat(jobs.status()).isZero();
			assertThat(applied(jdbc)).containsExactlyElementsOf(versions);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldLoadAChangedReferenceFileWhenFiguresStarts(String kind) throws IOException {
		Path reference = referenceCopy();
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given a database loaded from the reference files
			assertThat(
					CommandRun.run("--db", database.url(), "figures", "--unit", "91", "--period", "2026-Q3").status())
				.isZero();
			JdbcTemplate jdbc = jdbc(database);
			assertThat(nameOf91(jdbc)).isEqualTo("An Giang");
			// when the file changes and figures starts again
			renameAnGiang(reference);
			CommandRun figures = CommandRun.run("--db", database.url(), "figures", "--unit", "91", "--period",
					"2026-Q3");
			// then
			assertThat(figures.status()).isZero();
			assertThat(nameOf91(jdbc)).isEqualTo("Tỉnh An Giang");
			assertThat(figures.out()).contains(",91,Tỉnh An Giang,").doesNotContain("Reference units");
			// the log says so, on standard error: standard output is the figures' CSV
			// alone
			assertThat(figures.err()).contains("Reference units from", ": loaded (");
		}
		finally {
			System.clearProperty("qms.reference");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldMigrateASchemaOneMigrationBehindWhenIngestStarts(String kind) throws IOException {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given a database migrated by the previous version of the jar
			JdbcTemplate jdbc = jdbc(database);
			List<String> versions = migrateAllButTheLast(jdbc, kind);
			Path log = Bm04Generator.of(50).withSeed(7).write(this.folder.resolve("so-ho-so.xlsx"));
			// when
			CommandRun ingest = CommandRun.run("--db", database.url(), "ingest", "--keep", log.toString());
			// then
			assertThat(ingest.status()).isZero();
			assertThat(ingest.out()).startsWith("ĐÃ NHẬN so-ho-so.xlsx BM04 91 2026-Q3");
			assertThat(applied(jdbc)).containsExactlyElementsOf(versions);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldLoadAChangedReferenceFileWhenIngestStarts(String kind) throws IOException {
		Path reference = referenceCopy();
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given a database loaded from the reference files
			Path first = Bm04Generator.of(50).withSeed(8).write(this.folder.resolve("dau.xlsx"));
			assertThat(CommandRun.run("--db", database.url(), "ingest", "--keep", first.toString()).status()).isZero();
			JdbcTemplate jdbc = jdbc(database);
			assertThat(nameOf91(jdbc)).isEqualTo("An Giang");
			// when the file changes and ingest starts again
			renameAnGiang(reference);
			Path second = Bm04Generator.of(50).withSeed(9).write(this.folder.resolve("sau.xlsx"));
			CommandRun ingest = CommandRun.run("--db", database.url(), "ingest", "--keep", second.toString());
			// then
			assertThat(ingest.status()).isZero();
			assertThat(nameOf91(jdbc)).isEqualTo("Tỉnh An Giang");
		}
		finally {
			System.clearProperty("qms.reference");
		}
	}

	@Test
	void shouldAnswerHelpOfEveryCommandWithoutStartingSpringOrTheDatabase() {
		// given a database that --help must not create
		Path database = this.folder.resolve("data").resolve("qms");
		String url = "jdbc:h2:file:" + database + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
		for (String command : Main.commandLine().getSubcommands().keySet()) {
			// when
			CommandRun help = CommandRun.run("--db", url, command, "--help");
			// then
			assertThat(help.status()).as(command).isZero();
			assertThat(help.out()).as(command).startsWith("Usage: qms-stats " + command);
		}
		assertThat(CommandRun.run("jobs", "restart", "--help").out()).startsWith("Usage: qms-stats jobs restart");
		assertThat(this.folder.resolve("data")).doesNotExist();
	}

	/** The jar's migrations but the last applied, as the previous version left them. */
	private static List<String> migrateAllButTheLast(JdbcTemplate jdbc, String kind) {
		Flyway flyway = Flyway.configure()
			.dataSource(jdbc.getDataSource())
			.locations("classpath:db/migration/common", "classpath:db/migration/" + kind)
			.load();
		List<String> versions = versions(flyway);
		Flyway.configure()
			.configuration(flyway.getConfiguration())
			.target(versions.get(versions.size() - 2))
			.load()
			.migrate();
		return versions;
	}

	/** A copy of the reference files, which the commands read from now on. */
	private Path referenceCopy() throws IOException {
		Path reference = this.folder.resolve("reference");
		FileSystemUtils.copyRecursively(Path.of("config", "reference"), reference);
		System.setProperty("qms.reference", reference.toString());
		return reference;
	}

	private static void renameAnGiang(Path reference) throws IOException {
		Path units = reference.resolve("units.csv");
		Files.writeString(units, Files.readString(units)
			.replace("91,2025-07-01,,PROVINCE,An Giang,", "91,2025-07-01,,PROVINCE,Tỉnh An Giang,"));
	}

	private static List<String> versions(Flyway flyway) {
		return java.util.Arrays.stream(flyway.info().all()).map((info) -> info.getVersion().getVersion()).toList();
	}

	private static List<String> applied(JdbcTemplate jdbc) {
		return jdbc.queryForList(
				"select version from flyway_schema_history where version is not null and success order by installed_rank",
				String.class);
	}

	private static String nameOf91(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select name_vi from ref_unit where code = '91' and valid_to is null", String.class);
	}

	private static JdbcTemplate jdbc(TestDatabase database) {
		return new JdbcTemplate(new DriverManagerDataSource(database.url(), database.user(), ""));
	}

}
