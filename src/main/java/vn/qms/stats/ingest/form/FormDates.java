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
 * {@code docs/figures.md} say. We decided it deserves a warning naming the row, and left
 * it out for now on both paths (so that a log gets the same verdict streamed or read in
 * memory): the check is two comparisons of a day per date, cheap enough for millions of
 * rows, but on the streamed path every row problem skips its row, and a warning that
 * keeps it needs a second kind of row problem carried from the parsing worker
 * ({@code RowProblem}, the worker's frames) through the staging and the swap to the
 * verdict.
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
