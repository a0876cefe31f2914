package vn.qms.stats.ingest.bulk;

import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.qms.stats.reference.calendar.WorkingCalendar;

/**
 * The day counts stored with each dossier, so that the processing-time figures are a
 * plain aggregate: whole days from the day received to the day completed (time of day
 * ignored, as statutory limits are counted), in calendar days and in working days
 * ({@link WorkingCalendar}); null while pending, and working days null for a date outside
 * the calendar's span (as {@code work_calendar} has no row for it).
 */
public final class Bm04Days {

	private final WorkingCalendar calendar;

	// the calendar's span, looked up once: this runs for every dossier
	private final LocalDate firstDay;

	private final LocalDate lastDay;

	public Bm04Days(WorkingCalendar calendar) {
		this.calendar = calendar;
		this.firstDay = calendar.firstDay();
		this.lastDay = calendar.lastDay();
	}

	/** Calendar days from received to completed; null while pending. */
	public static Integer calendarDays(LocalDateTime received, LocalDateTime completed) {
		if (completed == null) {
			return null;
		}
		return Math.toIntExact(completed.toLocalDate().toEpochDay() - received.toLocalDate().toEpochDay());
	}

	/** Working days after the day received up to and including the day completed. */
	public Integer workingDays(LocalDateTime received, LocalDateTime completed) {
		if (completed == null) {
			return null;
		}
		LocalDate from = received.toLocalDate();
		LocalDate to = completed.toLocalDate();
		if (from.isBefore(this.firstDay) || to.isAfter(this.lastDay) || to.isBefore(this.firstDay)
				|| from.isAfter(this.lastDay)) {
			return null;
		}
		return this.calendar.workingDaysAfter(from, to);
	}

	/**
	 * The SQL that fills {@code calendar_days} and {@code working_days} of a submission's
	 * rows from {@code work_calendar}, for the rows stored by the generic path (one
	 * parameter: the submission id). Same counts as the methods above.
	 */
	public static final String FILL_SQL = """
			update bm04_row set
				calendar_days = cast(extract(day from (cast(cast(completed_at as date) as timestamp)
					- cast(cast(received_at as date) as timestamp))) as integer),
				working_days = (select c.working_rank from work_calendar c where c.cal_date = cast(completed_at as date))
					- (select r.working_rank from work_calendar r where r.cal_date = cast(received_at as date))
			where submission_id = ? and completed_at is not null""";

}
