package vn.qms.stats.reference.calendar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

class WorkCalendarLoaderIntegrationTests {

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldCountWorkingDaysInSql(String kind) {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given the application started (the calendar is loaded at start)
			ConfigurableApplicationContext context = database.start();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			// when SQL counts the working days after D up to E as rank(E) - rank(D)
			Integer tet = jdbc.queryForObject("""
					select e.working_rank - d.working_rank from work_calendar d, work_calendar e
					where d.cal_date = date '2024-02-07' and e.cal_date = date '2024-02-15'""", Integer.class);
			// then it agrees with the calendar in Java
			assertThat(tet).isEqualTo(1);
			// and Saturday 26/4/2025, worked in exchange for Friday 2/5, is a working day
			assertThat(jdbc.queryForObject("select working from work_calendar where cal_date = date '2025-04-26'",
					Boolean.class))
				.isTrue();
			// and a second start leaves the loaded calendar alone
			assertThat(context.getBean(WorkCalendarLoader.class).load()).isFalse();
		}
	}

}
