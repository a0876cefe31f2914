package vn.qms.stats.web.submit;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads sent before V21 recorded the unit of their sender get it from the restriction
 * they were sent under, or, for an administrator's, from the account: who may see them
 * follows it from then on ({@code UploadVisibility}).
 */
class UploadSenderUnitMigrationIntegrationTests {

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldGiveEachEarlierUploadTheUnitOfItsSender(String kind) {
		try (TestDatabase database = TestDatabase.of(kind)) {
			DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), database.user(), "");
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			// given a database at V20 with a rejected file naming 91 from the agency of
			// 01,
			// one from the secretariat of 79 and one from an administrator
			flyway(dataSource, kind).target("20").load().migrate();
			jdbc.update("insert into app_user (username, password_hash, role, unit_code, enabled, created_at,"
					+ " password_changed_at) values ('quantri', 'x', 'ADMIN', 'VN', true, current_timestamp,"
					+ " current_timestamp)");
			upload(jdbc, "coquan01", "01");
			upload(jdbc, "thuky79", "79+");
			upload(jdbc, "quantri", null);
			// when
			flyway(dataSource, kind).load().migrate();
			// then
			assertThat(jdbc.queryForList("select username || ':' || sender_unit from console_upload order by id",
					String.class))
				.isEqualTo(List.of("coquan01:01", "thuky79:79", "quantri:VN"));
		}
	}

	private static void upload(JdbcTemplate jdbc, String username, String onlyUnit) {
		jdbc.update("insert into console_upload (username, file_name, path, size_bytes, status, outcome, unit_code,"
				+ " received_at, only_unit) values (?, 'bm01.xlsx', '/tmp/bm01.xlsx', 1, 'DONE', 'REJECTED', '91',"
				+ " current_timestamp, ?)", username, onlyUnit);
	}

	private static FluentConfiguration flyway(DriverManagerDataSource dataSource, String kind) {
		return Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/common", "classpath:db/migration/" + kind);
	}

}
