package vn.qms.stats.system;

import java.util.HashMap;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaHistoryIntegrationTests {

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldChecksumTheJarsMigrationsAsFlywayRecordsThem(String kind) {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given
			Flyway flyway = flyway(database, kind);
			assertThat(SchemaHistory.isCurrent(flyway)).isFalse();
			// when
			flyway.migrate();
			// then
			Map<String, Integer> recorded = new HashMap<>();
			new JdbcTemplate(flyway.getConfiguration().getDataSource()).query(
					"select version, checksum from flyway_schema_history where version is not null",
					(org.springframework.jdbc.core.RowCallbackHandler) (rs) -> recorded.put(rs.getString(1),
							rs.getInt(2)));
			assertThat(SchemaHistory.shipped(flyway.getConfiguration().getLocations())).isEqualTo(recorded)
				.hasSize(flyway.info().all().length);
			assertThat(SchemaHistory.isCurrent(flyway)).isTrue();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldLeaveAChangedOrFailedHistoryToFlyway(String kind) {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given
			Flyway flyway = flyway(database, kind);
			flyway.migrate();
			JdbcTemplate jdbc = new JdbcTemplate(flyway.getConfiguration().getDataSource());
			// when a migration's checksum differs from the jar's
			jdbc.update("update flyway_schema_history set checksum = checksum + 1 where version = '2'");
			// then
			assertThat(SchemaHistory.isCurrent(flyway)).isFalse();
			// and when it is put back but another is marked failed
			jdbc.update("update flyway_schema_history set checksum = checksum - 1 where version = '2'");
			assertThat(SchemaHistory.isCurrent(flyway)).isTrue();
			jdbc.update("update flyway_schema_history set success = false where version = '3'");
			assertThat(SchemaHistory.isCurrent(flyway)).isFalse();
		}
	}

	private static Flyway flyway(TestDatabase database, String kind) {
		return Flyway.configure()
			.dataSource(new DriverManagerDataSource(database.url(), database.user(), ""))
			.locations("classpath:db/migration/common", "classpath:db/migration/" + kind)
			.load();
	}

}
