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
	void shouldGiveNineConsecutiveDaysOffForTet2025() {
		// Công văn 8726/VPCP-KGVX: 25/1–2/2/2025 off, the five Tết days being Monday 27/1
		// to Friday 31/1 between two weekends; no day swapped, so no make-up Saturday
		assertOffFromTo("2025-01-25", "2025-02-02");
		assertThat(this.calendar.listed(LocalDate.parse("2025-01-27")).map(CalendarDay::kind))
			.contains(DayKind.HOLIDAY);
		assertThat(days("2025-01-24", "2025-02-03")).isEqualTo(1);
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2025-02-08"))).isFalse();
		assertThat(days("2025-02-07", "2025-02-10")).isEqualTo(1);
	}

	@Test
	void shouldCountAMakeUpSaturdayAsAWorkingDay() {
		// 2025: Friday 2/5 given off, Saturday 26/4 worked in exchange
		assertThat(this.calendar.listed(LocalDate.parse("2025-04-26")).map(CalendarDay::kind))
			.contains(DayKind.SWAPPED_WORK);
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2025-04-26"))).isTrue();
		assertThat(days("2025-04-25", "2025-04-28")).isEqualTo(2);
		// 2026 (Công văn 12729/VPCP-KGVX): 1–4/1 off, Friday 2/1 worked on Saturday 10/1
		assertOffFromTo("2026-01-01", "2026-01-04");
		assertThat(days("2025-12-31", "2026-01-05")).isEqualTo(1);
		assertThat(days("2026-01-09", "2026-01-12")).isEqualTo(2);
		// 2026 (Thông báo 9441/TB-BNV): 29/8–2/9 off, Monday 31/8 worked on Saturday 22/8
		assertOffFromTo("2026-08-29", "2026-09-02");
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2026-08-22"))).isTrue();
		assertThat(days("2026-08-28", "2026-09-03")).isEqualTo(1);
		assertThat(days("2026-08-21", "2026-08-24")).isEqualTo(2);
	}

	@Test
	void shouldCountWorkingDaysAcrossTet2026() {
		// Thông báo 9441/TB-BNV: Tết 16–20/2/2026, nine days off 14–22/2
		assertOffFromTo("2026-02-14", "2026-02-22");
		// received Friday 13/2, the last day before the break, completed Monday 23/2: 1
		assertThat(days("2026-02-13", "2026-02-23")).isEqualTo(1);
		// received Wednesday 11/2, completed Wednesday 25/2: Thu 12, Fri 13, Mon 23, Tue
		// 24, Wed 25
		assertThat(days("2026-02-11", "2026-02-25")).isEqualTo(5);
	}

	@Test
	void shouldSkipThirtiethOfAprilAndFirstOfMay() {
		// 2024: 27/4–1/5 off (Monday 29/4 swapped for Saturday 4/5)
		assertThat(days("2024-04-26", "2024-05-02")).isEqualTo(1);
		assertThat(days("2024-05-03", "2024-05-06")).isEqualTo(2);
		// 2025: 30/4–4/5 off (Friday 2/5 swapped for Saturday 26/4)
		assertThat(days("2025-04-29", "2025-05-05")).isEqualTo(1);
		assertThat(days("2025-05-16", "2025-05-19")).isEqualTo(1);
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
		LocalDate from = LocalDate.parse("2017-12-01"); // before the first day listed
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

	/** Every day from {@code first} to {@code last} off, the days either side worked. */
	private void assertOffFromTo(String first, String last) {
		LocalDate from = LocalDate.parse(first);
		LocalDate to = LocalDate.parse(last);
		this.calendar.between(from, to)
			.forEach((day) -> assertThat(this.calendar.isWorkingDay(day)).as(day + " off").isFalse());
		assertThat(this.calendar.isWorkingDay(from.minusDays(1))).as(from.minusDays(1) + " worked").isTrue();
		assertThat(this.calendar.isWorkingDay(to.plusDays(1))).as(to.plusDays(1) + " worked").isTrue();
	}

	private int days(String received, String completed) {
		return this.calendar.workingDaysAfter(LocalDate.parse(received), LocalDate.parse(completed));
	}

}
