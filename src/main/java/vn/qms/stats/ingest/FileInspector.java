package vn.qms.stats.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.ingest.guard.GuardLimits;
import vn.qms.stats.ingest.sheet.LegacyCells;
import vn.qms.stats.ingest.sheet.ParsedSheet;
import vn.qms.stats.ingest.sheet.ParserWords;
import vn.qms.stats.ingest.sheet.ProblemLimit;
import vn.qms.stats.ingest.sheet.RowLimit;
import vn.qms.stats.ingest.sheet.SourceCell;
import vn.qms.stats.ingest.sheet.SourceRow;
import vn.qms.stats.ingest.sheet.TitleBlock;
import vn.qms.stats.ingest.sheet.UnreadableFileException;
import vn.qms.stats.ingest.sheet.UnreadableSheetException;
import vn.qms.stats.ingest.sheet.WorkbookOpener;
import vn.qms.stats.ingest.sheet.WorkbookSource;
import vn.qms.stats.ingest.sheet.WorkbookSources;
import vn.qms.stats.ingest.worker.ParseWorkers;
import vn.qms.stats.reference.ReferenceUnits;
import vn.qms.stats.reference.calendar.WorkingCalendar;
import vn.qms.stats.system.IngestProperties;

/**
 * What the tool sees in a file, without storing anything ({@code inspect}): per sheet the
 * recognised form, title-block values, header mapping and problems; optionally every
 * non-empty row as decoded text. The file is read and checked by the very code
 * {@code ingest} reads it with ({@link SubmissionReader}: guard, limits, title block
 * against the reference units, the rules of each form across rows; then
 * {@link BadRowTolerance}), so that it shows every problem {@code ingest} would list and
 * refuses what {@code ingest} refuses. Senders check a file with it before sending. One
 * difference, on purpose: a dossier log {@code ingest} streams is checked here up to the
 * row limit only.
 */
public final class FileInspector {

	/**
	 * What {@code inspect} found.
	 *
	 * @param text the description to print
	 * @param errors the errors {@code ingest} would list
	 * @param warnings the warnings {@code ingest} would list
	 * @param rejected whether {@code ingest} would reject the file
	 */
	public record Inspection(String text, int errors, int warnings, boolean rejected) {
	}

	private final SubmissionReader reader;

	private final BadRowTolerance tolerance;

	private final WorkbookOpener opener;

	/** With the built-in limits (those of an empty {@code config/application.yml}). */
	public FileInspector(ReferenceUnits units) {
		this(units, WorkbookSources.inProcess(GuardLimits.defaults()), RowLimit.DEFAULT_MAX_ROWS,
				ProblemLimit.DEFAULT_MAX_PROBLEMS, LoadSubmissionTasklet.DEFAULT_MAX_ERROR_RATE,
				Clock.systemDefaultZone());
	}

	/**
	 * @param units the reference units the title block and unit codes are checked against
	 * (read, never written)
	 * @param opener who guards and opens the file: the parsing workers in the product
	 * @param maxRows the most data rows read in memory
	 * ({@code qms.ingest.max-rows-in-memory})
	 * @param maxProblems the most problems listed ({@code qms.ingest.max-problems})
	 * @param maxErrorRate the share of bad rows a dossier log may lose
	 * ({@code qms.ingest.bm04-max-error-rate})
	 * @param clock what today is: a period that has not begun yet is a warning
	 */
	public FileInspector(ReferenceUnits units, WorkbookOpener opener, int maxRows, int maxProblems, double maxErrorRate,
			Clock clock) {
		this(units, opener, maxRows, maxProblems, maxErrorRate, clock, WorkingCalendar.standard());
	}

	/**
	 * @param calendar the working-day calendar {@code ingest} counts with
	 * ({@code qms.calendar}): a dossier log with completed dossiers outside its years
	 * gets a warning ({@link OutsideCalendar})
	 */
	public FileInspector(ReferenceUnits units, WorkbookOpener opener, int maxRows, int maxProblems, double maxErrorRate,
			Clock clock, WorkingCalendar calendar) {
		this.reader = new SubmissionReader(units, Forms.all(), opener, maxRows, maxProblems, clock, calendar);
		this.tolerance = new BadRowTolerance(maxErrorRate);
		this.opener = opener;
	}

	/**
	 * With the limits {@code ingest} reads files within, as configured, reading in the
	 * given parsing workers, and the working-day calendar {@code ingest} counts with.
	 */
	public static FileInspector of(IngestProperties ingest, ParseWorkers workers, ReferenceUnits units,
			WorkingCalendar calendar) {
		return new FileInspector(units, workers, ingest.maxRowsInMemory(), ingest.maxProblems(),
				ingest.bm04MaxErrorRate(), Clock.systemDefaultZone(), calendar);
	}

	/**
	 * A readable description of the file, and whether {@code ingest} would reject it;
	 * unreadable files are described, not thrown.
	 */
	public Inspection inspect(Path file, boolean text, Locale locale) {
		SubmissionReader.Inspection read = this.reader.inspect(file);
		FileReading reading = this.tolerance.apply(read.reading());
		List<Problem> problems = reading.problems();
		StringBuilder out = new StringBuilder();
		out.append(file.getFileName()).append('\n');
		List<String> names = read.sheets().stream().map((sheet) -> shownName(sheet.sheet())).toList();
		// the problems of the file, or of a sheet not described, first
		problems.stream()
			.filter((problem) -> problem.sheet() == null || !names.contains(problem.sheet()))
			.forEach((problem) -> appendProblem(problem, locale, out));
		if (text) {
			describeWithText(file, read.sheets(), problems, locale, out);
		}
		else {
			read.sheets().forEach((sheet) -> describeSheet(sheet, problems, locale, out));
		}
		int errors = (int) problems.stream().filter(Problem::isError).count();
		int warnings = problems.size() - errors;
		boolean rejected = reading.hasErrors() || reading.submissions().isEmpty();
		out.append(ProblemMessages.text(locale,
				rejected ? "ingest.inspect.outcome.rejected" : "ingest.inspect.outcome.accepted", errors, warnings))
			.append('\n');
		return new Inspection(out.toString(), errors, warnings, rejected);
	}

	private void describeWithText(Path file, List<ParsedSheet> sheets, List<Problem> problems, Locale locale,
			StringBuilder out) {
		try (WorkbookSource source = this.opener.open(file)) {
			for (int i = 0; i < sheets.size(); i++) {
				describeSheet(sheets.get(i), problems, locale, out);
				appendText(source, i, out);
			}
		}
		catch (UnreadableFileException ex) {
			appendProblem(ex.problem().inFile(file.getFileName().toString()), locale, out);
		}
		catch (UnreadableSheetException ex) {
			appendProblem(ex.problem().inFile(file.getFileName().toString()), locale, out);
		}
		catch (IOException | RuntimeException ex) {
			appendProblem(ParserWords.error(ParserWords.CORRUPT, List.of(UnreadableSheetException.describe(ex))),
					locale, out);
		}
	}

	private static void appendProblem(Problem problem, Locale locale, StringBuilder out) {
		out.append("  ").append(problem.describe(locale)).append('\n');
	}

	/** A sheet name as problems carry it (shortened). */
	private static String shownName(String sheet) {
		return ShownValue.shortened(sheet, ShownValue.MAX_SHEET_NAME);
	}

	private static void describeSheet(ParsedSheet sheet, List<Problem> problems, Locale locale, StringBuilder out) {
		out.append("Sheet \"").append(sheet.sheet()).append("\": ");
		if (!sheet.recognised()) {
			out.append(locale.getLanguage().equals("en") ? "no form recognised" : "không nhận ra biểu mẫu")
				.append('\n');
		}
		else {
			out.append(sheet.form().code()).append(" - ").append(sheet.form().titleVi()).append('\n');
			for (TitleBlock.Field field : TitleBlock.Field.values()) {
				sheet.title()
					.get(field)
					.ifPresent((value) -> out.append("  ")
						.append(field.name().toLowerCase(Locale.ROOT))
						.append(": ")
						.append(shown(field, value.text()))
						.append('\n'));
			}
			out.append("  header: ").append(headers(sheet.headers())).append('\n');
			out.append("  rows: ").append(sheet.rows().size()).append('\n');
		}
		String name = shownName(sheet.sheet());
		problems.stream()
			.filter((problem) -> name.equals(problem.sheet()))
			.forEach((problem) -> appendProblem(problem, locale, out));
	}

	/** A report date typed as a date cell arrives as its serial number: show the date. */
	private static String shown(TitleBlock.Field field, String text) {
		if (field != TitleBlock.Field.REPORT_DATE) {
			return text;
		}
		return ReportingContext.parseDate(text).map(java.time.LocalDate::toString).orElse(text);
	}

	private static String headers(Map<String, ParsedSheet.HeaderCell> headers) {
		return headers.values()
			.stream()
			.sorted(Comparator.comparingInt(ParsedSheet.HeaderCell::index))
			.map((cell) -> Problem.columnLetter(cell.index()) + " \"" + cell.text() + "\" -> " + cell.column().key())
			.collect(Collectors.joining("; "));
	}

	/**
	 * Every non-empty row as tab-separated cell texts, legacy TCVN3/VNI text decoded as
	 * the engine decodes it.
	 */
	private static void appendText(WorkbookSource source, int index, StringBuilder out) throws IOException {
		LegacyCells legacy = new LegacyCells();
		try (Stream<SourceRow> rows = source.rows(index)) {
			rows.filter((row) -> !row.isEmpty()).map(legacy::decode).forEach((row) -> {
				out.append(row.number());
				for (SourceCell cell : row.cells()) {
					out.append('\t').append(cell.display());
				}
				out.append('\n');
			});
		}
	}

}
