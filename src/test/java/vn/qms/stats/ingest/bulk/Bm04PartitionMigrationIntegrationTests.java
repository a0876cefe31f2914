package vn.qms.stats.ingest.bulk;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database that already holds dossier logs keeps every row when V11 partitions
 * {@code bm04_row} (PostgreSQL): each submission's rows end in its own partition.
 */
class Bm04PartitionMigrationIntegrationTests {

	@Test
	void shouldMoveTheRowsOfEachStoredLogIntoItsPartition() {
		try (TestDatabase database = TestDatabase.postgres()) {
			DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), database.user(), "");
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			// given a database at V10 with two BM04 submissions
			flyway(dataSource).target("10").load().migrate();
			for (int submission = 1; submission <= 2; submission++) {
				jdbc.update("insert into submission (form, reporting_unit, period, file_name, file_sha256, "
						+ "received_at, row_count, warning_count) values ('BM04', '91', '2026-Q3', 'x', ?, "
						+ "current_timestamp, 0, 0)", "sha" + submission);
				for (int row = 1; row <= submission * 3; row++) {
					jdbc.update("insert into bm04_row (submission_id, sheet, row_no, dossier_code, procedure_code, "
							+ "agency_code, received_at, due_at, completed_at, calendar_days, working_days) values "
							+ "(?, 'BM04', ?, ?, '1.001', '91.001', timestamp '2026-09-01 08:00', "
							+ "timestamp '2026-09-10 17:00', timestamp '2026-09-04 10:00', 3, 2)", submission, row,
							"D" + row);
				}
			}
			// when it is migrated
			flyway(dataSource).load().migrate();
			// then
			assertThat(jdbc.queryForList("select cast(i.inhrelid as regclass)::text from pg_inherits i "
					+ "where i.inhparent = 'bm04_row'::regclass order by 1", String.class))
				.containsExactly("bm04_row_1", "bm04_row_2");
			assertThat(jdbc.queryForList("select submission_id || ':' || count(*) || ':' || sum(working_days) "
					+ "from bm04_row group by submission_id order by submission_id", String.class))
				.isEqualTo(List.of("1:3:6", "2:6:12"));
			assertThat(jdbc.queryForObject("select count(*) from bm04_row_2", Integer.class)).isEqualTo(6);
		}
	}

	private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DriverManagerDataSource dataSource) {
		return Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/common", "classpath:db/migration/postgresql");
	}

}
