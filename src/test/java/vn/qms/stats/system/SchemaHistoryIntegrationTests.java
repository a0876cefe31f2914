package vn.qms.stats.system;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaHistoryIntegrationTests {

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldMigrateANewDatabaseAndChecksumTheJarsMigrationsAsFlywayRecordsThem(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given a new database
			DataSource dataSource = dataSource(database);
			List<String> folders = SchemaMigration.folders(dataSource);
			assertThat(folders).containsExactly("db/migration/common", "db/migration/" + kind);
			assertThat(SchemaHistory.isCurrent(dataSource, folders)).isFalse();
			// when
			new SchemaMigration(dataSource).afterPropertiesSet();
			// then Flyway applied every migration of the jar, with the checksums we
			// compute
			Map<String, Integer> recorded = new HashMap<>();
			new JdbcTemplate(dataSource).query(
					"select version, checksum from flyway_schema_history where version is not null and success",
					(RowCallbackHandler) (rs) -> recorded.put(rs.getString(1), rs.getInt(2)));
			assertThat(SchemaHistory.shipped(folders)).isEqualTo(recorded)
				.hasSize(flyway(dataSource, folders).info().all().length);
			assertThat(SchemaHistory.isCurrent(dataSource, folders)).isTrue();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldLeaveAChangedOrFailedHistoryToFlyway(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given
			DataSource dataSource = dataSource(database);
			new SchemaMigration(dataSource).afterPropertiesSet();
			List<String> folders = SchemaMigration.folders(dataSource);
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			// when a migration's checksum differs from the jar's
			jdbc.update("update flyway_schema_history set checksum = checksum + 1 where version = '2'");
			// then
			assertThat(SchemaHistory.isCurrent(dataSource, folders)).isFalse();
			// and when it is put back but another is marked failed
			jdbc.update("update flyway_schema_history set checksum = checksum - 1 where version = '2'");
			assertThat(SchemaHistory.isCurrent(dataSource, folders)).isTrue();
			jdbc.update("update flyway_schema_history set success = false where version = '3'");
			assertThat(SchemaHistory.isCurrent(dataSource, folders)).isFalse();
		}
	}

	@Test
	void shouldLeaveNoErrorInTheTraceFileOfANewEmbeddedDatabase(@TempDir Path folder) throws Exception {
		// given a new embedded database, opened as the product's pool holds it
		String url = "jdbc:h2:file:" + folder.resolve("qms-stats")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true);
		try {
			// when
			new SchemaMigration(dataSource).afterPropertiesSet();
			// then it is migrated, and H2 wrote no trace of a failed statement beside it
			assertThat(SchemaHistory.isCurrent(dataSource, SchemaMigration.folders(dataSource))).isTrue();
		}
		finally {
			dataSource.destroy();
		}
		assertThat(folder.resolve("qms-stats.mv.db")).exists();
		assertThat(folder.resolve("qms-stats.trace.db")).doesNotExist();
	}

	private static DataSource dataSource(TestDatabase database) {
		return new DriverManagerDataSource(database.url(), database.user(), "");
	}

	private static Flyway flyway(DataSource dataSource, List<String> folders) {
		return Flyway.configure()
			.dataSource(dataSource)
			.locations(folders.stream().map((folder) -> "classpath:" + folder).toArray(String[]::new))
			.load();
	}

}
