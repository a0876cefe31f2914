package vn.qms.stats.ingest.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.qms.stats.ingest.Problem;
import vn.qms.stats.ingest.form.Column;
import vn.qms.stats.system.text.VietnameseText;

/**
 * The reading of one sheet, row by row: title block, header, data, end.
 */
final class SheetParse {

	private enum Phase {

		TITLE, AFTER_HEADER, DATA,
		/** Below the data's end at a row that is no data: looking for data left out. */
		TRAILER, DONE

	}

	private static final List<String> FOOTERS = List.of("nguoi lap bieu", "thu truong", "lanh dao", "ghi chu:",
			"noi nhan");

	private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?\\d{1,3}\\)?");

	private final String sheet;

	private final List<HeaderMatcher> matchers;

	private final RowLimit limit;

	private final ProblemLimit problemLimit;

	private final TitleBlock title = new TitleBlock();

	private final List<Problem> problems = new ArrayList<>();

	private final Map<String, ParsedSheet.HeaderCell> headers = new LinkedHashMap<>();

	private HeaderMatcher matcher;

	private DataRows data;

	private Phase phase = Phase.TITLE;

	private int lastRow;

	/**
	 * Whether an empty row came since the last row with values: the data go on after it
	 * only with a row that looks like data ({@link DataRows#dataLike}).
	 */
	private boolean gap;

	/** The row below an empty row that ended the data. */
	private int end;

	private SourceRow previous;

	SheetParse(String sheet, List<HeaderMatcher> matchers, RowLimit limit, ProblemLimit problemLimit) {
		this.sheet = sheet;
		this.matchers = matchers;
		this.limit = limit;
		this.problemLimit = problemLimit;
	}

	/** At the end of the data, or once the file has more problems than it may list. */
	boolean done() {
		return this.phase == Phase.DONE || this.problemLimit.passed();
	}

	void accept(SourceRow row) {
		boolean afterGap = this.gap || row.number() > this.lastRow + 1;
		this.lastRow = row.number();
		if (this.phase == Phase.TITLE) {
			title(row);
			return;
		}
		if (row.isEmpty()) {
			this.gap = true;
			return;
		}
		this.gap = false;
		if (isFooter(row)) {
			this.phase = Phase.DONE;
			return;
		}
		if (this.phase == Phase.TRAILER) {
			if (DataRows.dataLike(row, this.headers.values())) {
				// rows that look like data below the end: said, never dropped unsaid
				problem(Problem.warning("ingest.rows.not.read", this.end).inSheet(this.sheet).atRow(row.number()));
				this.phase = Phase.DONE;
			}
			return;
		}
		if (afterGap && !DataRows.dataLike(row, this.headers.values())) {
			this.phase = Phase.TRAILER;
			this.end = row.number();
			return;
		}
		if (this.phase == Phase.AFTER_HEADER) {
			this.phase = Phase.DATA;
			if (isColumnNumbers(row)) {
				return;
			}
		}
		if (!this.limit.take()) {
			// total rows count too: each is kept until the end of the sheet
			this.problems.add(Problem.error(RowLimit.TOO_MANY_ROWS, this.sheet, row.number(), this.limit.max())
				.inSheet(this.sheet)
				.atRow(row.number()));
			this.phase = Phase.DONE;
			return;
		}
		this.data.accept(row);
	}

	private void title(SourceRow row) {
		for (HeaderMatcher candidate : this.matchers) {
			Optional<Map<Integer, Column>> header = candidate.headerOf(row);
			if (header.isPresent()) {
				header(candidate, row, header.get());
				return;
			}
		}
		if (twoRowHeader(row)) {
			return;
		}
		this.title.read(row, (problem) -> problem(problem.inSheet(this.sheet)));
		this.previous = row;
	}

	/**
	 * A header of two rows whose cells are merged vertically: Excel keeps the label in
	 * the top cell, so an empty cell of this row takes the text of the cell above.
	 */
	private boolean twoRowHeader(SourceRow row) {
		if (this.previous == null || this.previous.number() != row.number() - 1) {
			return false;
		}
		Map<Integer, SourceCell> cells = new java.util.TreeMap<>();
		this.previous.cells()
			.stream()
			.filter((cell) -> cell.kind() == SourceCell.Kind.TEXT)
			.forEach((cell) -> cells.put(cell.column(), cell));
		row.cells().forEach((cell) -> cells.put(cell.column(), cell));
		SourceRow combined = new SourceRow(row.number(), List.copyOf(cells.values()));
		for (HeaderMatcher candidate : this.matchers) {
			Optional<Map<Integer, Column>> header = candidate.headerOf(combined);
			if (header.isPresent()) {
				problem(Problem.warning("ingest.header.two.rows", this.previous.number(), row.number())
					.inSheet(this.sheet)
					.atRow(row.number()));
				header(candidate, combined, header.get());
				return true;
			}
		}
		return false;
	}

	private void header(HeaderMatcher candidate, SourceRow row, Map<Integer, Column> columns) {
		this.matcher = candidate;
		this.phase = Phase.AFTER_HEADER;
		for (SourceCell cell : row.cells()) {
			Column column = columns.get(cell.column());
			if (column == null) {
				if (!HeaderMatcher.isIgnored(cell.display())) {
					problem(Problem.warning("ingest.header.unknown")
						.inSheet(this.sheet)
						.at(row.number(), cell.column(), cell.display(), null));
				}
			}
			else if (this.headers.containsKey(column.key())) {
				problem(Problem.error("ingest.header.duplicate", column.labelVi(), column.labelEn())
					.inSheet(this.sheet)
					.at(row.number(), cell.column(), cell.display(), null));
			}
			else {
				this.headers.put(column.key(), new ParsedSheet.HeaderCell(column, cell.column(), cell.display()));
			}
		}
		this.data = new DataRows(this.sheet, List.copyOf(this.headers.values()), this::problem);
	}

	/**
	 * Lists a problem while the file's problem limit allows; at the first beyond it
	 * reading stops.
	 */
	private void problem(Problem problem) {
		this.problemLimit.add(problem, this.problems, this.lastRow);
	}

	private static boolean isFooter(SourceRow row) {
		return row.firstText().map((cell) -> {
			String folded = VietnameseText.fold(cell.text());
			return FOOTERS.stream().anyMatch(folded::startsWith);
		}).orElse(false);
	}

	private static boolean isColumnNumbers(SourceRow row) {
		return row.cells().size() >= 2 && row.cells()
			.stream()
			.allMatch((cell) -> cell.kind() != SourceCell.Kind.ERROR && cell.text() != null
					&& COLUMN_NUMBER.matcher(cell.text().trim()).matches());
	}

	ParsedSheet finish() {
		if (this.matcher == null) {
			problem(Problem.warning("ingest.sheet.no.form").inSheet(this.sheet));
			return new ParsedSheet(this.sheet, null, this.title, Map.of(), List.of(), List.copyOf(this.problems));
		}
		if (!this.problemLimit.passed()) {
			// the totals of rows read in part would only be wrong
			this.data.checkTotals();
		}
		if (this.data.rows().isEmpty()) {
			problem(Problem.warning("ingest.sheet.no.rows", this.matcher.form().code()).inSheet(this.sheet));
		}
		return new ParsedSheet(this.sheet, this.matcher.form(), this.title, Map.copyOf(this.headers),
				List.copyOf(this.data.rows()), List.copyOf(this.problems));
	}

}
