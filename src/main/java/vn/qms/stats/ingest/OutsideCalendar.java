package vn.qms.stats.ingest;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.qms.stats.ingest.bulk.Bm04Days;
import vn.qms.stats.reference.calendar.WorkingCalendar;

/**
 * The warning of a dossier log (BM04) with completed dossiers whose working days cannot
 * be counted, their days lying outside the years the working-day calendar counts
 * ({@link WorkingCalendar#firstDay()} to {@link WorkingCalendar#lastDay()}): such a
 * dossier is stored and counted in calendar days but left out of the working-day figures
 * ({@link Bm04Days#workingDays}), so that the two figures count different dossiers;
 * without a word, neither the sender nor the secretariat would know why. A warning of the
 * sheet, not of a row (the rows are kept): how many, the first one's row and the
 * calendar's years. Both paths give it through here, the streamed one from the load's
 * count ({@code Bm04Swap.outsideCalendar}), the generic one from the rows read
 * ({@link #of(List, List, WorkingCalendar)}).
 */
final class OutsideCalendar {

	/**
	 * {0} the dossiers with Vietnamese digit grouping, {1} with English grouping, {2} the
	 * first one's row, {3} and {4} the first and last year the calendar counts.
	 */
	static final String KEY = "ingest.bm04.outside.calendar";

	private OutsideCalendar() {
	}

	/** The warning for {@code dossiers} such dossiers, the first at {@code firstRow}. */
	static Problem warning(long dossiers, int firstRow, WorkingCalendar calendar) {
		return Problem.warning(KEY, String.format(Locale.ROOT, "%,d", dossiers).replace(',', '.'),
				String.format(Locale.ROOT, "%,d", dossiers), firstRow, calendar.firstDay().getYear(),
				calendar.lastDay().getYear());
	}

	/**
	 * The warnings of the dossier logs read by the generic path, one per sheet that has
	 * such dossiers: of the rows that will be stored, those without an error (a bad row
	 * is skipped, or the file rejected).
	 */
	static List<Problem> of(List<Submission> submissions, List<Problem> problems, WorkingCalendar calendar) {
		Bm04Days days = new Bm04Days(calendar);
		Set<String> bad = null;
		List<Problem> warnings = new ArrayList<>();
		for (Submission submission : submissions) {
			if (!"BM04".equals(submission.form().code())) {
				continue;
			}
			for (Submission.SheetRows sheet : submission.sheets()) {
				String shown = ShownValue.shortened(sheet.sheet(), ShownValue.MAX_SHEET_NAME);
				long dossiers = 0;
				int firstRow = 0;
				for (var row : sheet.rows()) {
					if (row.get("completed_at") instanceof LocalDateTime completed
							&& row.get("received_at") instanceof LocalDateTime received
							&& days.workingDays(received, completed) == null) {
						bad = (bad != null) ? bad : badRows(problems);
						if (!bad.contains(shown + '\n' + row.row())) {
							firstRow = (dossiers == 0) ? row.row() : Math.min(firstRow, row.row());
							dossiers++;
						}
					}
				}
				if (dossiers > 0) {
					warnings.add(warning(dossiers, firstRow, calendar).inSheet(sheet.sheet()));
				}
			}
		}
		return warnings;
	}

	/** The rows with an error, as sheet and row. */
	private static Set<String> badRows(List<Problem> problems) {
		Set<String> bad = new HashSet<>();
		problems.stream()
			.filter((problem) -> problem.isError() && problem.row() != null)
			.forEach((problem) -> bad.add(problem.sheet() + '\n' + problem.row()));
		return bad;
	}

}
