package vn.qms.stats.reference.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Working days of state bodies: Monday to Friday, less the holidays, compensatory and
 * swapped days of {@code holidays.csv}, plus the weekend days worked in exchange.
 * Statutory processing times are in working days: a dossier received on day D and
 * completed on day E took {@link #workingDaysAfter(LocalDate, LocalDate)} days, the
 * working days after D up to and including E (0 when completed on the day received).
 * Years the file does not list count weekends only.
 */
public final class WorkingCalendar {

	/** Years counted before the first and after the last year listed. */
	public static final int MARGIN_YEARS = 15;

	/** A Monday: weekdays are counted in whole weeks from here. */
	private static final long MONDAY = LocalDate.of(1970, 1, 5).toEpochDay();

	private final Map<LocalDate, CalendarDay> days = new HashMap<>();

	/** For each listed day, the sum of the corrections to the weekday count up to it. */
	private final NavigableMap<LocalDate, Integer> corrections = new TreeMap<>();

	public WorkingCalendar(List<CalendarDay> listed) {
		for (CalendarDay day : listed) {
			CalendarDay other = this.days.putIfAbsent(day.date(), day);
			if (other != null && other.kind().off() != day.kind().off()) {
				throw new IllegalStateException("holidays.csv: " + day.date() + " is listed both off and worked");
			}
		}
		int sum = 0;
		for (LocalDate date : new TreeMap<>(this.days).keySet()) {
			sum += correction(date);
			this.corrections.put(date, sum);
		}
	}

	/** The calendar of {@code holidays.csv} as bytes. */
	public static WorkingCalendar parse(byte[] csv) {
		return new WorkingCalendar(CalendarCsv.read(csv));
	}

	public boolean isWorkingDay(LocalDate date) {
		CalendarDay day = this.days.get(date);
		return (day != null) ? !day.kind().off() : !isWeekend(date);
	}

	/**
	 * The working days after {@code received} up to and including {@code completed}:
	 * received on Friday, completed on Monday is 1; negative when completed is earlier.
	 */
	public int workingDaysAfter(LocalDate received, LocalDate completed) {
		return rank(completed) - rank(received);
	}

	/**
	 * The working days up to and including {@code date}, from an arbitrary origin: the
	 * difference of two ranks is a working-day count
	 * ({@code work_calendar.working_rank}).
	 */
	public int rank(LocalDate date) {
		long fromMonday = date.toEpochDay() - MONDAY + 1;
		long weekdays = 5 * Math.floorDiv(fromMonday, 7) + Math.min(Math.floorMod(fromMonday, 7), 5);
		Map.Entry<LocalDate, Integer> correction = this.corrections.floorEntry(date);
		return Math.toIntExact(weekdays + ((correction != null) ? correction.getValue() : 0));
	}

	/** Why a day is off (or worked on a weekend), if the file lists it. */
	public Optional<CalendarDay> listed(LocalDate date) {
		return Optional.ofNullable(this.days.get(date));
	}

	/** The first and last year the file lists days in. */
	public int firstYear() {
		return this.corrections.isEmpty() ? LocalDate.now().getYear() : this.corrections.firstKey().getYear();
	}

	public int lastYear() {
		return this.corrections.isEmpty() ? LocalDate.now().getYear() : this.corrections.lastKey().getYear();
	}

	/**
	 * The first day working days are counted from: {@value #MARGIN_YEARS} years before
	 * the first year listed (weekends only there); {@code work_calendar} holds the days
	 * from here to {@link #lastDay()}.
	 */
	public LocalDate firstDay() {
		return LocalDate.of(firstYear() - MARGIN_YEARS, 1, 1);
	}

	/** The last day working days are counted to. */
	public LocalDate lastDay() {
		return LocalDate.of(lastYear() + MARGIN_YEARS, 12, 31);
	}

	/** Every day from {@code from} to {@code to}, inclusive. */
	public Stream<LocalDate> between(LocalDate from, LocalDate to) {
		return from.datesUntil(to.plusDays(1));
	}

	private int correction(LocalDate date) {
		boolean weekend = isWeekend(date);
		boolean off = this.days.get(date).kind().off();
		if (off && !weekend) {
			return -1;
		}
		return (!off && weekend) ? 1 : 0;
	}

	private static boolean isWeekend(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}

}
