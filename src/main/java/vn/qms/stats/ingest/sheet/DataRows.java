package vn.qms.stats.ingest.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import vn.qms.stats.ingest.Problem;
import vn.qms.stats.system.text.VietnameseText;

/**
 * The data rows of one sheet: each read into values by column key, total rows kept apart
 * and compared with the sums of the data rows.
 */
final class DataRows {

	private static final Set<String> TOTALS = Set.of("tong cong", "cong", "tong so", "total", "grand total");

	private record Total(int row, Map<ParsedSheet.HeaderCell, SourceCell> cells, int rowsBefore, int segmentStart) {
	}

	private final String sheet;

	private final List<ParsedSheet.HeaderCell> headers;

	private final Consumer<Problem> problems;

	private final CellReader cells = new CellReader();

	private final List<ParsedRow> rows = new ArrayList<>();

	private final List<Total> totals = new ArrayList<>();

	private int segmentStart;

	DataRows(String sheet, List<ParsedSheet.HeaderCell> headers, Consumer<Problem> problems) {
		this.sheet = sheet;
		this.headers = headers;
		this.problems = problems;
	}

	List<ParsedRow> rows() {
		return this.rows;
	}

	void accept(SourceRow row) {
		if (isTotal(row)) {
			Map<ParsedSheet.HeaderCell, SourceCell> stated = new HashMap<>();
			this.headers.stream()
				.filter((header) -> header.column().type().numeric())
				.forEach((header) -> row.cell(header.index()).ifPresent((cell) -> stated.put(header, cell)));
			this.totals.add(new Total(row.number(), stated, this.rows.size(), this.segmentStart));
			this.segmentStart = this.rows.size();
			return;
		}
		Map<String, Object> values = new HashMap<>();
		for (ParsedSheet.HeaderCell header : this.headers) {
			SourceCell cell = row.cell(header.index()).orElse(null);
			CellReading reading = this.cells.read(header.column(), cell);
			if (reading.failed()) {
				this.problems.accept(
						problem(Problem.error(reading.problemKey(), reading.arguments().toArray()), row, header, cell));
			}
			else if (reading.value() == null && header.column().required()) {
				this.problems.accept(problem(Problem.error("ingest.value.required"), row, header, cell));
			}
			values.put(header.column().key(), reading.value());
		}
		this.rows.add(new ParsedRow(row.number(), values));
	}

	/**
	 * Each total must equal the sum of its rows (since the previous total) or of all
	 * rows.
	 */
	void checkTotals() {
		for (Total total : this.totals) {
			boolean leading = total.rowsBefore() == 0;
			List<ParsedRow> segment = leading ? this.rows : this.rows.subList(total.segmentStart(), total.rowsBefore());
			total.cells().forEach((header, cell) -> {
				CellReading stated = this.cells.read(header.column(), cell);
				if (stated.failed() || stated.value() == null) {
					this.problems
						.accept(problem(Problem.warning("ingest.total.unreadable"), total.row(), header, cell));
					return;
				}
				BigDecimal value = decimal(stated.value());
				BigDecimal segmentSum = sum(segment, header);
				if (value.compareTo(segmentSum) != 0 && value.compareTo(sum(this.rows, header)) != 0) {
					this.problems
						.accept(problem(Problem.warning("ingest.total.mismatch", plain(value), plain(segmentSum)),
								total.row(), header, cell));
				}
			});
		}
	}

	private static BigDecimal sum(List<ParsedRow> rows, ParsedSheet.HeaderCell header) {
		return rows.stream()
			.map((row) -> row.get(header.column().key()))
			.filter((value) -> value != null)
			.map(DataRows::decimal)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static BigDecimal decimal(Object value) {
		return (value instanceof BigDecimal decimal) ? decimal : BigDecimal.valueOf(((Number) value).longValue());
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	/**
	 * Whether a row below an empty row goes on with the data: it holds a value in at
	 * least half of the recognised columns (and in two). A place and date or a signature
	 * below the table holds one or two.
	 */
	static boolean dataLike(SourceRow row, Collection<ParsedSheet.HeaderCell> headers) {
		long filled = headers.stream()
			.filter((header) -> row.cell(header.index()).filter((cell) -> !cell.isBlank()).isPresent())
			.count();
		return filled >= Math.max(2, (headers.size() + 1) / 2);
	}

	private static boolean isTotal(SourceRow row) {
		return row.firstText().map((cell) -> {
			String folded = VietnameseText.fold(cell.text())
				.replaceAll("\\s*\\(.*\\)$", "")
				.replaceAll(":$", "")
				.trim();
			return TOTALS.contains(folded);
		}).orElse(false);
	}

	private Problem problem(Problem problem, SourceRow row, ParsedSheet.HeaderCell header, SourceCell cell) {
		return problem(problem, row.number(), header, cell);
	}

	private Problem problem(Problem problem, int row, ParsedSheet.HeaderCell header, SourceCell cell) {
		return problem.inSheet(this.sheet)
			.at(row, header.index(), header.text(), (cell != null) ? cell.display() : null);
	}

}
