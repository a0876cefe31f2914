package vn.qms.stats.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.ingest.guard.GuardLimits;
import vn.qms.stats.ingest.sheet.LegacyCells;
import vn.qms.stats.ingest.sheet.ParsedSheet;
import vn.qms.stats.ingest.sheet.ProblemLimit;
import vn.qms.stats.ingest.sheet.RowLimit;
import vn.qms.stats.ingest.sheet.SheetReader;
import vn.qms.stats.ingest.sheet.SourceCell;
import vn.qms.stats.ingest.sheet.SourceRow;
import vn.qms.stats.ingest.sheet.TitleBlock;
import vn.qms.stats.ingest.sheet.UnreadableFileException;
import vn.qms.stats.ingest.sheet.WorkbookSource;
import vn.qms.stats.ingest.sheet.UnreadableSheetException;
import vn.qms.stats.ingest.sheet.WorkbookOpener;
import vn.qms.stats.ingest.sheet.WorkbookSources;
import vn.qms.stats.ingest.worker.ParseWorkers;
import vn.qms.stats.system.IngestProperties;

/**
 * What the tool sees in a file, without storing anything ({@code inspect}): per sheet the
 * recognised form, title-block values, header mapping and problems; optionally every
 * non-empty row as decoded text. Rows are read into memory as {@code ingest} reads them,
 * within the same guard, row and problem limits.
 */
public class FileInspector {

	private final SheetReader sheetReader = new SheetReader(Forms.all());

	private final WorkbookOpener opener;

	private final int maxRows;

	private final int maxProblems;

	/** With the built-in limits (those of an empty {@code config/application.yml}). */
	public FileInspector() {
		this(GuardLimits.defaults(), RowLimit.DEFAULT_MAX_ROWS, ProblemLimit.DEFAULT_MAX_PROBLEMS);
	}

	/**
	 * @param limits the guard's limits ({@code qms.guard.*})
	 * @param maxRows the most data rows read in memory
	 * ({@code qms.ingest.max-rows-in-memory})
	 * @param maxProblems the most problems listed ({@code qms.ingest.max-problems})
	 */
	public FileInspector(GuardLimits limits, int maxRows, int maxProblems) {
		this(WorkbookSources.inProcess(limits), maxRows, maxProblems);
	}

	/**
	 * @param opener who guards and opens the file: the parsing workers in the product
	 * @param maxRows the most data rows read in memory
	 * @param maxProblems the most problems listed
	 */
	public FileInspector(WorkbookOpener opener, int maxRows, int maxProblems) {
		if (maxRows <= 0 || maxProblems <= 0) {
			throw new IllegalArgumentException("The most rows in memory and problems listed must be positive");
		}
		this.opener = opener;
		this.maxRows = maxRows;
		this.maxProblems = maxProblems;
	}

	/**
	 * With the limits {@code ingest} reads files within, as configured, reading in the
	 * given parsing workers.
	 */
	public static FileInspector of(IngestProperties ingest, ParseWorkers workers) {
		return new FileInspector(workers, ingest.maxRowsInMemory(), ingest.maxProblems());
	}

	/**
	 * A readable description of the file; unreadable files are described, not thrown. The
	 * file is judged and read as {@code ingest} does: guard first, then under the time
	 * limit.
	 */
	public String inspect(Path file, boolean text, Locale locale) {
		StringBuilder out = new StringBuilder();
		out.append(file.getFileName()).append('\n');
		out.append(describe(file, text, locale));
		return out.toString();
	}

	private String describe(Path file, boolean text, Locale locale) {
		StringBuilder out = new StringBuilder();
		try (WorkbookSource source = this.opener.open(file)) {
			source.warnings().forEach((warning) -> appendProblem(warning, locale, out));
			List<String> names = source.sheetNames();
			RowLimit limit = new RowLimit(this.maxRows);
			ProblemLimit problems = new ProblemLimit(this.maxProblems);
			for (int i = 0; i < names.size() && !problems.passed(); i++) {
				describeSheet(source, i, names.get(i), limit, problems, locale, out);
				if (text) {
					appendText(source, i, out);
				}
			}
		}
		catch (UnreadableFileException ex) {
			appendProblem(ex.problem().inFile(file.getFileName().toString()), locale, out);
		}
		catch (UnreadableSheetException ex) {
			appendProblem(ex.problem().inFile(file.getFileName().toString()), locale, out);
		}
		catch (IOException | RuntimeException ex) {
			appendProblem(Problem.error("ingest.file.corrupt", String.valueOf(ex.getMessage())), locale, out);
		}
		return out.toString();
	}

	private static void appendProblem(Problem problem, Locale locale, StringBuilder out) {
		out.append("  ").append(problem.describe(locale)).append('\n');
	}

	private void describeSheet(WorkbookSource source, int index, String name, RowLimit limit, ProblemLimit problems,
			Locale locale, StringBuilder out) throws IOException {
		ParsedSheet sheet;
		try (Stream<SourceRow> rows = source.rows(index)) {
			sheet = this.sheetReader.read(name, rows, limit, problems);
		}
		out.append("Sheet \"").append(name).append("\": ");
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
		sheet.problems().forEach((problem) -> out.append("  ").append(problem.describe(locale)).append('\n'));
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
			.sorted(java.util.Comparator.comparingInt(ParsedSheet.HeaderCell::index))
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
