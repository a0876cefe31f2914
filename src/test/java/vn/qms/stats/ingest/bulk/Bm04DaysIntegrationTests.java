package vn.qms.stats.ingest.bulk;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.reference.calendar.WorkingCalendar;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streaming path counts a dossier's days in Java ({@link Bm04Days}) and the generic
 * path of {@code .xls} and {@code .csv} logs in SQL ({@link Bm04Days#FILL_SQL} over
 * {@code work_calendar}): the figures must not depend on the file's format.
 */
class Bm04DaysIntegrationTests {

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldCountTheSameDaysInJavaAndInSql(String kind) {
		try (TestDatabase database = TestDatabase.of(kind)) {
			ConfigurableApplicationContext context = database.start();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			Bm04Days days = new Bm04Days(context.getBean(WorkingCalendar.class));
			// given 2,000 dossiers received and completed at any time from 2019 to 2026
			// (every holiday, swap and make-up day of the calendar), one of them across
			// Tết 2026
			List<LocalDateTime[]> dossiers = dossiers();
			long submission = submission(jdbc);
			new Bm04Partitions(context.getBean(DataSource.class)).create(submission);
			jdbc.batchUpdate("insert into bm04_row (submission_id, sheet, row_no, dossier_code, procedure_code, "
					+ "agency_code, received_at, due_at, completed_at) values (?, 'BM04', ?, ?, '1.001', '91.001', ?, ?, ?)",
					rows(submission, dossiers));
			// when the generic path fills the counts
			new Bm04Partitions(context.getBean(DataSource.class)).fillDays(submission);
			// then each equals the streaming path's
			List<String> sql = jdbc.queryForList("select row_no || ' ' || coalesce(cast(calendar_days as varchar), "
					+ "'-') || ' ' || coalesce(cast(working_days as varchar), '-') from bm04_row order by row_no",
					String.class);
			List<String> java = new ArrayList<>();
			for (int i = 0; i < dossiers.size(); i++) {
				LocalDateTime[] dossier = dossiers.get(i);
				java.add(i + " " + text(Bm04Days.calendarDays(dossier[0], dossier[1])) + " "
						+ text(days.workingDays(dossier[0], dossier[1])));
			}
			assertThat(sql).isEqualTo(java);
			// received Friday 13/2/2026, completed Monday 23/2/2026 after the Tết break:
			// 1 working day
			assertThat(sql.get(0)).isEqualTo("0 10 1");
			assertThat(sql.get(1)).isEqualTo("1 - -");
		}
	}

	private static List<LocalDateTime[]> dossiers() {
		List<LocalDateTime[]> dossiers = new ArrayList<>();
		dossiers
			.add(new LocalDateTime[] { LocalDateTime.of(2026, 2, 13, 16, 30), LocalDateTime.of(2026, 2, 23, 8, 0) });
		dossiers.add(new LocalDateTime[] { LocalDateTime.of(2026, 2, 13, 16, 30), null });
		SplittableRandom random = new SplittableRandom(3);
		long first = LocalDate.of(2019, 1, 1).toEpochDay();
		while (dossiers.size() < 2000) {
			LocalDateTime received = LocalDate.ofEpochDay(first + random.nextInt(8 * 365))
				.atTime(7 + random.nextInt(10), random.nextInt(60));
			dossiers.add(new LocalDateTime[] { received, received.plusDays(random.nextInt(60)).withHour(17) });
		}
		return dossiers;
	}

	private static List<Object[]> rows(long submission, List<LocalDateTime[]> dossiers) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < dossiers.size(); i++) {
			LocalDateTime[] dossier = dossiers.get(i);
			rows.add(new Object[] { submission, i, "D" + i, Timestamp.valueOf(dossier[0]),
					Timestamp.valueOf(dossier[0].plusDays(10)),
					(dossier[1] != null) ? Timestamp.valueOf(dossier[1]) : null });
		}
		return rows;
	}

	private static long submission(JdbcTemplate jdbc) {
		jdbc.update("insert into submission (form, reporting_unit, period, file_name, file_sha256, received_at, "
				+ "row_count, warning_count) values ('BM04', '91', '2026-Q1', 'x.csv', 'x', current_timestamp, 0, 0)");
		return jdbc.queryForObject("select max(id) from submission", Long.class);
	}

	private static String text(Integer value) {
		return (value != null) ? value.toString() : "-";
	}

}
