package vn.qms.stats.reference.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class WorkingCalendarTests {

	private final WorkingCalendar calendar = CalendarSource.classpath().calendar();

	@Test
	void shouldSkipTet2024() {
		// given received Wed 7/2/2024, the day before the Tết break (8–14/2)
		// when completed Thu 15/2, the first working day after it
		// then one working day
		assertThat(days("2024-02-07", "2024-02-15")).isEqualTo(1);
		// Fri 2/2 to Fri 16/2: Mon 5, Tue 6, Wed 7, then Thu 15, Fri 16
		assertThat(days("2024-02-02", "2024-02-16")).isEqualTo(5);
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2024-02-14"))).isFalse();
	}

	@Test
	void shouldSkipTet2025AndCountItsMakeUpSaturday() {
		// 25/1–2/2/2025 off; Saturday 8/2 worked in exchange for Monday 27/1
		assertThat(days("2025-01-24", "2025-02-03")).isEqualTo(1);
		assertThat(days("2025-02-07", "2025-02-10")).isEqualTo(2);
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2025-01-27"))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2025-02-08"))).isTrue();
	}

	@Test
	void shouldSkipThirtiethOfAprilAndFirstOfMay() {
		// 2024: 27/4–1/5 off (Monday 29/4 swapped for Saturday 4/5)
		assertThat(days("2024-04-26", "2024-05-02")).isEqualTo(1);
		assertThat(days("2024-05-03", "2024-05-06")).isEqualTo(2);
		// 2025: 30/4–4/5 off (Friday 2/5 swapped for Saturday 17/5)
		assertThat(days("2025-04-29", "2025-05-05")).isEqualTo(1);
		assertThat(days("2025-05-16", "2025-05-19")).isEqualTo(2);
		// 2022: both on the weekend, so Monday 2/5 and Tuesday 3/5 are off
		assertThat(days("2022-04-29", "2022-05-04")).isEqualTo(1);
	}

	@Test
	void shouldCountWorkingDaysAfterTheDayReceived() {
		// received and completed the same day: 0; Friday to Monday: 1
		assertThat(days("2024-03-15", "2024-03-15")).isZero();
		assertThat(days("2024-03-15", "2024-03-18")).isEqualTo(1);
		// completed before received (a bad row): negative, never hidden
		assertThat(days("2024-03-18", "2024-03-15")).isEqualTo(-1);
	}

	@Test
	void shouldCountWeekendsOnlyInYearsTheFileDoesNotList() {
		assertThat(this.calendar.lastYear()).isEqualTo(2026);
		// 1/1/2031 is a Wednesday, unknown holidays are not guessed
		assertThat(days("2030-12-31", "2031-01-01")).isEqualTo(1);
		assertThat(days("2031-01-03", "2031-01-06")).isEqualTo(1);
	}

	@Test
	void shouldAgreeWithDayByDayCounting() {
		LocalDate from = LocalDate.parse("2018-12-01");
		int counted = 0;
		for (LocalDate day = from.plusDays(1); day.isBefore(LocalDate.parse("2027-01-31")); day = day.plusDays(1)) {
			counted += this.calendar.isWorkingDay(day) ? 1 : 0;
			assertThat(this.calendar.workingDaysAfter(from, day)).as(day.toString()).isEqualTo(counted);
		}
	}

	@Test
	void shouldRejectADayListedBothOffAndWorked() {
		byte[] csv = """
				date,name_vi,name_en,kind
				2024-05-04,Làm bù,Make-up day,SWAPPED_WORK
				2024-05-04,Nghỉ,Day off,HOLIDAY
				""".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		assertThatIllegalStateException().isThrownBy(() -> WorkingCalendar.parse(csv))
			.withMessageContaining("2024-05-04");
	}

	private int days(String received, String completed) {
		return this.calendar.workingDaysAfter(LocalDate.parse(received), LocalDate.parse(completed));
	}

}
