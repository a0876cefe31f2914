package vn.qms.stats.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import vn.qms.stats.ingest.form.FormDefinition;
import vn.qms.stats.ingest.guard.GuardLimits;
import vn.qms.stats.ingest.sheet.HiddenRows;
import vn.qms.stats.ingest.sheet.ParsedRow;
import vn.qms.stats.ingest.sheet.ParsedSheet;
import vn.qms.stats.ingest.sheet.ParserWords;
import vn.qms.stats.ingest.sheet.ProblemLimit;
import vn.qms.stats.ingest.sheet.RowLimit;
import vn.qms.stats.ingest.sheet.SheetReader;
import vn.qms.stats.ingest.sheet.SourceRow;
import vn.qms.stats.ingest.sheet.UnreadableFileException;
import vn.qms.stats.ingest.sheet.UnreadableSheetException;
import vn.qms.stats.ingest.sheet.WorkbookOpener;
import vn.qms.stats.ingest.sheet.WorkbookSource;
import vn.qms.stats.ingest.sheet.WorkbookSources;
import vn.qms.stats.ingest.worker.WorkerCrash;
import vn.qms.stats.reference.ReferenceUnits;
import vn.qms.stats.reference.calendar.WorkingCalendar;

/**
 * Reads a file into validated submissions, without storing anything: every sheet through
 * the one engine, then title-block resolution and the rules of each form. Bad input
 * becomes problems, never exceptions. {@code ingest} and {@code inspect} both read files
 * through it, so that what {@code inspect} shows is what {@code ingest} decides.
 */
public final class SubmissionReader {

	private final ReferenceUnits units;

	private final SheetReader sheetReader;

	private final WorkbookOpener opener;

	private final int maxRows;

	private final int maxProblems;

	private final Clock clock;

	private final WorkingCalendar calendar;

	public SubmissionReader(ReferenceUnits units, List<FormDefinition> forms) {
		this(units, forms, GuardLimits.defaults());
	}

	public SubmissionReader(ReferenceUnits units, List<FormDefinition> forms, GuardLimits limits) {
		this(units, forms, limits, RowLimit.DEFAULT_MAX_ROWS);
	}

	public SubmissionReader(ReferenceUnits units, List<FormDefinition> forms, GuardLimits limits, int maxRows) {
		this(units, forms, limits, maxRows, ProblemLimit.DEFAULT_MAX_PROBLEMS);
	}

	/**
	 * @param maxRows the most data rows of one file held in memory
	 * ({@code qms.ingest.max-rows-in-memory}); a file with more is rejected
	 * @param maxProblems the most problems listed for one file
	 * ({@code qms.ingest.max-problems}); at the next one reading stops and the file is
	 * rejected
	 */
	public SubmissionReader(ReferenceUnits units, List<FormDefinition> forms, GuardLimits limits, int maxRows,
			int maxProblems) {
		this(units, forms, WorkbookSources.inProcess(limits), maxRows, maxProblems);
	}

	/**
	 * @param opener who guards and opens the files: the parsing workers in the product
	 */
	public SubmissionReader(ReferenceUnits units, List<FormDefinition> forms, WorkbookOpener opener, int maxRows,
			int maxProblems) {
		this(units, forms, opener, maxRows, maxProblems, Clock.systemDefaultZone());
	}

	/**
	 * @param clock what today is: a period that has not begun yet is a warning
	 */
	public SubmissionReader(ReferenceUnits units, List<FormDefinition> forms, WorkbookOpener opener, int maxRows,
			int maxProblems, Clock clock) {
		this(units, forms, opener, maxRows, maxProblems, clock, WorkingCalendar.standard());
	}

	/**
	 * @param calendar the working-day calendar: a dossier log with completed dossiers
	 * outside its years gets a warning ({@link OutsideCalendar})
	 */
	public SubmissionReader(ReferenceUnits units, List<FormDefinition> forms, WorkbookOpener opener, int maxRows,
			int maxProblems, Clock clock, WorkingCalendar calendar) {
		if (maxRows <= 0 || maxProblems <= 0) {
			throw new IllegalArgumentException("The most rows in memory and problems listed must be positive");
		}
		this.units = units;
		this.sheetReader = new SheetReader(forms);
		this.opener = opener;
		this.maxRows = maxRows;
		this.maxProblems = maxProblems;
		this.clock = clock;
		this.calendar = calendar;
	}

	/**
	 * What {@code inspect} shows of a file: the reading {@code ingest} would judge, and
	 * every sheet as the engine read it (recognised or not, in the workbook's order, up
	 * to where reading stopped).
	 *
	 * @param reading the submissions and every problem, as {@link #read} gives them
	 * @param sheets the sheets read
	 */
	record Inspection(FileReading reading, List<ParsedSheet> sheets) {
	}

	/**
	 * The guard judges the file by its bytes first, then its sheets are read (in a
	 * parsing worker, under its deadline), so that a pathological file gets a verdict and
	 * the next one is read. Reading and checking stop at the first problem beyond the
	 * limit: the file is rejected with the problems listed so far. A worker that crashed
	 * (killed from outside) is not the file's fault: the file is read once more in a
	 * fresh worker, and a second crash fails the run (to be restarted), never rejects the
	 * file.
	 */
	FileReading read(Path file) {
		return read(file, false).reading();
	}

	/**
	 * Reads the file as {@link #read} does, keeping every sheet read for {@code inspect}.
	 * One difference: a dossier log that {@code ingest} would stream (a single-sheet
	 * {@code .xlsx}) is checked up to the row limit, with a warning saying so, instead of
	 * being refused for its length, which {@code ingest} does not do.
	 */
	Inspection inspect(Path file) {
		return read(file, true);
	}

	private Inspection read(Path file, boolean inspecting) {
		try {
			return readOnce(file, inspecting);
		}
		catch (WorkerCrash ex) {
			return readOnce(file, inspecting);
		}
	}

	private Inspection readOnce(Path file, boolean inspecting) {
		String name = file.getFileName().toString();
		ProblemLimit limit = new ProblemLimit(this.maxProblems);
		List<ParsedSheet> seen = new ArrayList<>();
		SheetsRead read = readSheets(file, limit, inspecting, seen);
		if (read.rejection() != null) {
			return new Inspection(FileReading.rejected(name, inFile(read.rejection(), name), read.rejectedAs()), seen);
		}
		List<Problem> problems = new ArrayList<>(read.problems());
		limit.readingDone();
		List<Submission> submissions = submissions(read.sheets(), problems, limit);
		if (limit.passed()) {
			return new Inspection(FileReading.rejected(name, inFile(stoppedFirst(problems, limit), name)), seen);
		}
		problems.addAll(OutsideCalendar.of(submissions, problems, this.calendar));
		return new Inspection(new FileReading(name, submissions, inFile(problems, name)), seen);
	}

	private static List<Problem> inFile(List<Problem> problems, String name) {
		return problems.stream().map((problem) -> problem.inFile(name)).toList();
	}

	/** The recognised sheets and every problem, or why the file cannot be read. */
	private record SheetsRead(List<ParsedSheet> sheets, List<Problem> problems, List<Problem> rejection,
			FileReading.Identity rejectedAs) {

		static SheetsRead rejected(Problem rejection) {
			return rejected(List.of(rejection), null);
		}

		static SheetsRead rejected(List<Problem> rejection, FileReading.Identity rejectedAs) {
			return new SheetsRead(List.of(), List.of(), rejection, rejectedAs);
		}

	}

	/**
	 * @param inspecting whether a dossier log {@code ingest} would stream is checked up
	 * to the row limit rather than refused
	 * @param seen gets every sheet read
	 */
	private SheetsRead readSheets(Path file, ProblemLimit problemLimit, boolean inspecting, List<ParsedSheet> seen) {
		try (WorkbookSource source = this.opener.open(file)) {
			List<Problem> problems = new ArrayList<>(source.warnings());
			List<ParsedSheet> sheets = new ArrayList<>();
			List<String> names = source.sheetNames();
			RowLimit limit = new RowLimit(this.maxRows);
			for (int i = 0; i < names.size(); i++) {
				try (Stream<SourceRow> rows = source.rows(i)) {
					ParsedSheet sheet = this.sheetReader.read(names.get(i), rows, limit, problemLimit);
					if (inspecting && sheet.cutShort() && Bm04Route.streamable(source) && Bm04Route.streamable(sheet)) {
						sheet = checkedUpToTheLimit(sheet);
					}
					seen.add(sheet);
					if (sheet.cutShort()) {
						List<Problem> rejection = new ArrayList<>();
						FileReading.Identity identity = tooManyRows(sheet, sheets, rejection);
						return SheetsRead.rejected(rejection, identity);
					}
					problems.addAll(sheet.problems());
					if (problemLimit.passed()) {
						return SheetsRead.rejected(stoppedFirst(problems, problemLimit), null);
					}
					if (sheet.recognised()) {
						sheets.add(sheet);
					}
				}
			}
			return new SheetsRead(sheets, HiddenRows.merged(problems, sheets), null, null);
		}
		catch (UnreadableFileException ex) {
			return SheetsRead.rejected(ex.problem());
		}
		catch (UnreadableSheetException ex) {
			return SheetsRead.rejected(ex.problem());
		}
		catch (WorkerCrash ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			return SheetsRead
				.rejected(ParserWords.error(ParserWords.CORRUPT, List.of(UnreadableSheetException.describe(ex))));
		}
	}

	/**
	 * A streamed dossier log as {@code inspect} reads it: the rows up to the limit, the
	 * error of the limit turned into a warning that only those were checked.
	 */
	private static ParsedSheet checkedUpToTheLimit(ParsedSheet sheet) {
		List<Problem> problems = sheet.problems()
			.stream()
			.map((problem) -> RowLimit.TOO_MANY_ROWS.equals(problem.messageKey()) ? new Problem(
					Problem.Severity.WARNING, problem.file(), problem.sheet(), problem.row(), problem.column(),
					problem.header(), problem.value(), "ingest.inspect.rows.streamed", problem.arguments()) : problem)
			.toList();
		return new ParsedSheet(sheet.sheet(), sheet.form(), sheet.title(), sheet.headers(), sheet.rows(), problems);
	}

	/**
	 * Why the file is rejected when its rows exceed the limit, into {@code problems}:
	 * where reading stopped, then what is wrong above the data (header, title block), so
	 * that a dossier log the streaming path refused for its title block says so too. The
	 * rows read are dropped; what the file is (form, unit, period) is given if its title
	 * block tells, so that the file's own ingestion report lists it.
	 */
	private FileReading.Identity tooManyRows(ParsedSheet sheet, List<ParsedSheet> before, List<Problem> problems) {
		sheet.problems()
			.stream()
			.filter((problem) -> RowLimit.TOO_MANY_ROWS.equals(problem.messageKey()))
			.forEach(problems::add);
		problems.addAll(sheet.problemsAboveTheData());
		List<ParsedSheet> sheets = new ArrayList<>(before);
		sheets.add(sheet);
		return new ReportingContext(this.units, sheets, this.clock).resolve(sheet, problems::add)
			.filter((resolved) -> sheet.form() != null)
			.map((resolved) -> new FileReading.Identity(sheet.form().code(), resolved.unit().code(),
					resolved.period().code()))
			.orElse(null);
	}

	/**
	 * The error saying where reading stopped first, as the first error is what the
	 * command line shows; then the problems listed, in the order found.
	 */
	private static List<Problem> stoppedFirst(List<Problem> problems, ProblemLimit limit) {
		Problem stop = limit.stop().orElseThrow();
		List<Problem> ordered = new ArrayList<>(problems.size());
		ordered.add(stop);
		problems.stream().filter((problem) -> problem != stop).forEach(ordered::add);
		return ordered;
	}

	/**
	 * The submissions of the sheets, title blocks resolved and rules applied; none once
	 * the problems pass the limit.
	 */
	private List<Submission> submissions(List<ParsedSheet> sheets, List<Problem> problems, ProblemLimit limit) {
		if (sheets.isEmpty()) {
			problems.add(Problem.error("ingest.file.no.form"));
			return List.of();
		}
		ReportingContext context = new ReportingContext(this.units, sheets, this.clock);
		Map<String, Submission> byKey = new LinkedHashMap<>();
		Map<String, RowRules> rulesByKey = new LinkedHashMap<>();
		for (ParsedSheet sheet : sheets) {
			// a problem of the title block has no row: checking stops before the first
			int firstRow = sheet.rows().isEmpty() ? 1 : sheet.rows().get(0).row();
			Optional<ReportingContext.Resolved> resolved = context.resolve(sheet,
					(problem) -> limit.add(problem, problems, firstRow));
			if (limit.passed()) {
				return List.of();
			}
			if (resolved.isEmpty()) {
				continue;
			}
			Submission empty = new Submission(sheet.form(), resolved.get().unit(), resolved.get().period(),
					new ArrayList<>());
			Submission submission = byKey.computeIfAbsent(empty.key(), (key) -> empty);
			RowRules rules = rulesByKey.computeIfAbsent(empty.key(), (key) -> new RowRules(this.units, resolved.get()));
			List<ParsedRow> rows = rules.apply(sheet, (problem) -> limit.add(problem, problems, firstRow));
			if (limit.passed()) {
				return List.of();
			}
			submission.sheets().add(new Submission.SheetRows(sheet.sheet(), rows));
		}
		return byKey.values()
			.stream()
			.map((submission) -> new Submission(submission.form(), submission.reportingUnit(), submission.period(),
					List.copyOf(submission.sheets())))
			.toList();
	}

}
