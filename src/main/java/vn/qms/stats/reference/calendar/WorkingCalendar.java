package vn.qms.stats.reference.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

	/**
	 * The listed days in order, as epoch days: searched as an array, not a sorted map of
	 * dates, for every date of every row of a million-row log (a map compares dates
	 * through {@code Comparable} and {@code ChronoLocalDate} in turn, which JDK 17 checks
	 * slowly each time).
	 */
	private final long[] listedDays;

	/** For each listed day, the sum of the corrections to the weekday count up to it. */
	private final int[] corrections;

	public WorkingCalendar(List<CalendarDay> listed) {
		for (CalendarDay day : listed) {
			CalendarDay other = this.days.putIfAbsent(day.date(), day);
			if (other != null && other.kind().off() != day.kind().off()) {
				throw new IllegalStateException("holidays.csv: " + day.date() + " is listed both off and worked");
			}
		}
		List<LocalDate> dates = this.days.keySet().stream().sorted().toList();
		this.listedDays = new long[dates.size()];
		this.corrections = new int[dates.size()];
		int sum = 0;
		for (int i = 0; i < dates.size(); i++) {
			sum += correction(dates.get(i));
			this.listedDays[i] = dates.get(i).toEpochDay();
			this.corrections[i] = sum;
		}
	}

	/**
	 * The calendar {@code ingest} counts with unless {@code qms.calendar} names another
	 * file: the working directory's {@code config/calendar/holidays.csv}, else the jar's;
	 * read once. For what reads files without the application's context (the default
	 * {@code SubmissionReader}, {@code inspect}).
	 */
	public static WorkingCalendar standard() {
		return Standard.CALENDAR;
	}

	/** Read on first use. */
	private static final class Standard {

		static final WorkingCalendar CALENDAR = CalendarSource.locate("").calendar();

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
		long day = date.toEpochDay();
		long fromMonday = day - MONDAY + 1;
		long weekdays = 5 * Math.floorDiv(fromMonday, 7) + Math.min(Math.floorMod(fromMonday, 7), 5);
		int found = Arrays.binarySearch(this.listedDays, day);
		int last = (found >= 0) ? found : -found - 2; // the last listed day up to it
		return Math.toIntExact(weekdays + ((last >= 0) ? this.corrections[last] : 0));
	}

	/** Why a day is off (or worked on a weekend), if the file lists it. */
	public Optional<CalendarDay> listed(LocalDate date) {
		return Optional.ofNullable(this.days.get(date));
	}

	/** The first and last year the file lists days in. */
	public int firstYear() {
		return (this.listedDays.length == 0) ? LocalDate.now().getYear()
				: LocalDate.ofEpochDay(this.listedDays[0]).getYear();
	}

	public int lastYear() {
		return (this.listedDays.length == 0) ? LocalDate.now().getYear()
				: LocalDate.ofEpochDay(this.listedDays[this.listedDays.length - 1]).getYear();
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
