package vn.qms.stats.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class TestDatabaseIntegrationTests {

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldCreateTheSchemaAndTheBatchRepositoryOnEachDatabase(String kind) {
		// given
		try (TestDatabase database = TestDatabase.of(kind)) {
			// when
			ConfigurableApplicationContext context = database.start();
			// then
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from batch_job_instance", Integer.class)).isZero();
			assertThat(jdbc.queryForObject("select count(*) from submission_current", Integer.class)).isZero();
		}
	}

}
