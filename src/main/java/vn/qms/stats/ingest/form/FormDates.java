package vn.qms.stats.ingest.form;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The days a date cell of a form may hold, 01/01/1990 to 31/12/2099: the range the blank
 * forms' cell checks allow ({@code forms.BlankValidations}) and the one the reader
 * enforces on every path (the generic {@code CellReader}, the streamed BM04
 * {@code Bm04RowParser}), for date cells and date texts alike. A sanity bound against a
 * mistyped year ({@code 01/01/1000}, {@code 31/12/9999}) or a number typed into a date
 * cell: the programme began in 2006, and a dossier received in year 1 and completed in
 * 9999 would count 3.6 million days into the mean processing time. Outside it a date is
 * an error at its cell ({@value #OUT_OF_RANGE}), never a figure.
 * <p>
 * Within the range, a day may still lie outside the years the working-day calendar counts
 * ({@code WorkingCalendar.firstDay()} to {@code lastDay()}, 15 years either side of those
 * {@code holidays.csv} lists): such a completed dossier has no working-day count and
 * {@code processing_working_days} leaves it out, which {@code docs/forms.md} and
 * {@code docs/figures.md} say. That is not a problem of its cell or row (the row is kept
 * and counted in calendar days), but of the log: one warning per sheet, with the count
 * and the first row ({@code ingest.OutsideCalendar}), counted from the day counts already
 * computed for each row on the streamed path ({@code Bm04Tally}) and from the rows read
 * on the generic one, so that a log gets the same verdict streamed or read in memory.
 */
public final class FormDates {

	/** The first day a form's date may be. */
	public static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);

	/** The last day a form's date may be. */
	public static final LocalDate LAST_DAY = LocalDate.of(2099, 12, 31);

	/**
	 * The message key of a date outside the range: {0} the date as read, {1} and {2} the
	 * first and last day allowed, each {@code dd/MM/yyyy}.
	 */
	public static final String OUT_OF_RANGE = "ingest.cell.date.out.of.range";

	private FormDates() {
	}

	/**
	 * Whether the day is within the range: two comparisons of a date's fields, nothing
	 * allocated (it runs for every date of every row of a streamed log).
	 */
	public static boolean within(LocalDate day) {
		return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
	}

	/** Whether the day of the date and time is within the range. */
	public static boolean within(LocalDateTime time) {
		return within(time.toLocalDate());
	}

}
