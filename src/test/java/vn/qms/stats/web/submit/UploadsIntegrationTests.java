package vn.qms.stats.web.submit;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's list of uploads shows a user's own among the latest, however many other
 * users sent after them.
 */
class UploadsIntegrationTests {

	@Test
	void shouldListAUsersOwnUploadsBehindHundredsOfOthers() {
		try (TestDatabase database = TestDatabase.of("h2")) {
			DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), database.user(), "");
			Flyway.configure()
				.dataSource(dataSource)
				.locations("classpath:db/migration/common", "classpath:db/migration/h2")
				.load()
				.migrate();
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			// given an upload of the agency of 01, then 1,200 of another unit's agency
			upload(jdbc, "coquan01", "01");
			for (int i = 0; i < 1_200; i++) {
				upload(jdbc, "coquan79", "79");
			}
			// when
			List<Upload> own = new Uploads(jdbc).latest(500, (upload) -> upload.username().equals("coquan01"));
			List<Upload> others = new Uploads(jdbc).latest(500, (upload) -> upload.username().equals("coquan79"));
			// then
			assertThat(own).extracting(Upload::username).containsExactly("coquan01");
			assertThat(others).hasSize(500).extracting(Upload::id).isSortedAccordingTo((a, b) -> Long.compare(b, a));
		}
	}

	private static void upload(JdbcTemplate jdbc, String username, String unit) {
		jdbc.update("insert into console_upload (username, file_name, path, size_bytes, status, outcome, unit_code,"
				+ " received_at, only_unit, sender_unit) values (?, 'bm01.xlsx', '/tmp/bm01.xlsx', 1, 'DONE',"
				+ " 'REJECTED', ?, current_timestamp, ?, ?)", username, unit, unit, unit);
	}

}
