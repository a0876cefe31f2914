package vn.qms.stats.ingest.bulk;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;

import vn.qms.stats.ingest.ShownValue;
import vn.qms.stats.ingest.form.FormDates;
import vn.qms.stats.ingest.sheet.NonFinite;
import vn.qms.stats.system.text.VietnameseText;

/**
 * Reads one data row of a BM04 sheet into a dossier or its problems, checking the rules
 * of the form that concern one row (required values, lengths, dates within
 * {@link FormDates}, due and completed not before received). Problems are values: a bad
 * row costs what a good one does; a good one's date range check is two comparisons of the
 * date's fields.
 */
final class Bm04RowParser {

	private static final List<String> FOOTERS = List.of("nguoi lap bieu", "thu truong", "lanh dao", "ghi chu",
			"noi nhan");

	private static final Set<String> TOTALS = Set.of("tong cong", "cong", "tong so", "total");

	private static final String FIRST_DAY = ShownValue.of(FormDates.FIRST_DAY);

	private static final String LAST_DAY = ShownValue.of(FormDates.LAST_DAY);

	/**
	 * What a row is: {@code END} a footer, {@code TRAILER} below an empty row a row that
	 * does not look like data; both end the data.
	 */
	enum Kind {

		DATA, SKIP, END, TRAILER

	}

	private final Bm04Layout layout;

	private final CellValues values = new CellValues();

	// the columns, looked up once (the text and date columns are required, so found)
	private final Bm04Layout.Header dossierCode;

	private final Bm04Layout.Header procedureCode;

	private final Bm04Layout.Header agencyCode;

	private final Bm04Layout.Header receivedAt;

	private final Bm04Layout.Header dueAt;

	private final Bm04Layout.Header completedAt;

	private final Bm04Layout.Header channel;

	/** The number of the last row seen (the header's at first). */
	private int lastRow;

	/** Whether an empty row came since the last row with values. */
	private boolean gap;

	Bm04RowParser(Bm04Layout layout) {
		this.layout = layout;
		this.lastRow = layout.headerRow();
		this.dossierCode = layout.header(Bm04Column.DOSSIER_CODE).orElseThrow();
		this.procedureCode = layout.header(Bm04Column.PROCEDURE_CODE).orElseThrow();
		this.agencyCode = layout.header(Bm04Column.AGENCY_CODE).orElseThrow();
		this.receivedAt = layout.header(Bm04Column.RECEIVED_AT).orElseThrow();
		this.dueAt = layout.header(Bm04Column.DUE_AT).orElseThrow();
		this.completedAt = layout.header(Bm04Column.COMPLETED_AT).orElse(null);
		this.channel = layout.header(Bm04Column.CHANNEL).orElse(null);
	}

	/**
	 * Data, a row to skip (empty rows, column numbers, totals), or the end (a footer, or
	 * below an empty row a row that does not look like data: the trailer), as the sheet
	 * reader of the other forms decides.
	 */
	Kind kind(Row row) {
		boolean afterGap = this.gap || row.getRowNum() > this.lastRow + 1;
		this.lastRow = row.getRowNum();
		Cell first = null;
		for (int i = 0; i < row.getCellCount() && first == null; i++) {
			first = blank(row.getCell(i)) ? null : row.getCell(i);
		}
		if (first == null) {
			this.gap = true;
			return Kind.SKIP;
		}
		this.gap = false;
		if (afterGap && !dataLike(row)) {
			return Kind.TRAILER;
		}
		if (row.getRowNum() == this.layout.headerRow() + 1 && columnNumbers(row)) {
			return Kind.SKIP;
		}
		String text = (first.getType() == CellType.STRING) ? first.asString().trim() : "";
		// codes have no spaces: only a phrase or a short word can be a footer or a total
		if (text.indexOf(' ') < 0 && text.length() > 6) {
			return Kind.DATA;
		}
		String folded = VietnameseText.fold(text);
		if (FOOTERS.stream().anyMatch(folded::startsWith)) {
			return Kind.END;
		}
		return TOTALS.contains(folded.replaceAll(":$", "").trim()) ? Kind.SKIP : Kind.DATA;
	}

	/**
	 * A row below the trailer that ended the data, as the sheet reader of the other forms
	 * judges it: {@code DATA} when it looks like data (not read: the sender is told),
	 * {@code END} for a footer (nothing below is looked at), else {@code SKIP}. Only rows
	 * below the end of the data are asked, never the data rows.
	 */
	Kind afterEnd(Row row) {
		for (int i = 0; i < row.getCellCount(); i++) {
			Cell cell = row.getCell(i);
			if (cell != null && cell.getType() == CellType.STRING && !cell.getText().isBlank()) {
				// the first text, as the other forms' reader looks for a footer
				String folded = VietnameseText.fold(cell.asString().trim());
				if (FOOTERS.stream().anyMatch(folded::startsWith)) {
					return Kind.END;
				}
				break;
			}
		}
		return dataLike(row) ? Kind.DATA : Kind.SKIP;
	}

	/**
	 * A value in at least half of the recognised columns (and in two): a place and date
	 * or a signature below the table holds one or two.
	 */
	private boolean dataLike(Row row) {
		int filled = 0;
		for (Bm04Layout.Header header : this.layout.headers()) {
			filled += blank((header.index() < row.getCellCount()) ? row.getCell(header.index()) : null) ? 0 : 1;
		}
		return filled >= Math.max(2, (this.layout.headers().size() + 1) / 2);
	}

	private static boolean blank(Cell cell) {
		return cell == null || cell.getType() == CellType.EMPTY || cell.getText().isBlank();
	}

	/** {@code (1)}, {@code (2)}... or {@code 1}, {@code 2}... under the header. */
	private static boolean columnNumbers(Row row) {
		for (int i = 0; i < row.getCellCount(); i++) {
			Cell cell = row.getCell(i);
			if (cell != null && !cell.getText().isBlank() && !cell.getText().trim().matches("\\(?\\d{1,2}\\)?")) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Reads one data row: the dossier goes to {@code good}, or the row's problems to
	 * {@code problems}.
	 */
	void parse(Row row, List<Bm04Row> good, List<RowProblem> problems) {
		int before = problems.size();
		int number = row.getRowNum();
		String dossier = text(row, this.dossierCode, problems);
		String procedure = text(row, this.procedureCode, problems);
		String agency = text(row, this.agencyCode, problems);
		LocalDateTime received = date(row, this.receivedAt, Bm04Column.RECEIVED_AT, problems);
		LocalDateTime due = date(row, this.dueAt, Bm04Column.DUE_AT, problems);
		LocalDateTime completed = date(row, this.completedAt, Bm04Column.COMPLETED_AT, problems);
		String channel = channel(row, problems);
		notBefore(row, this.dueAt, Bm04Column.DUE_AT, due, received, problems);
		notBefore(row, this.completedAt, Bm04Column.COMPLETED_AT, completed, received, problems);
		if (problems.size() == before) {
			good.add(new Bm04Row(number, dossier, procedure, agency, received, due, completed, channel));
		}
	}

	private static String text(Row row, Bm04Layout.Header header, List<RowProblem> problems) {
		Cell cell = cell(row, header);
		if (notFinite(cell)) {
			problems.add(RowProblem.of(row.getRowNum(), header, cell.getRawValue().strip(), NonFinite.KEY,
					cell.getRawValue().strip()));
			return null;
		}
		String text = CellValues.text(cell);
		if (text == null && header.column().required()) {
			problems.add(RowProblem.of(row.getRowNum(), header, null, "ingest.value.required"));
		}
		else if (header.column().tooLong(text)) {
			problems.add(RowProblem.of(row.getRowNum(), header, text, "ingest.cell.too.long",
					String.valueOf(text.length()), String.valueOf(header.column().maxLength())));
		}
		return text;
	}

	private static LocalDateTime date(Row row, Bm04Layout.Header header, Bm04Column column, List<RowProblem> problems) {
		Cell cell = (header != null) ? cell(row, header) : null;
		if (cell == null || cell.getType() == CellType.EMPTY
				|| (cell.getType() != CellType.NUMBER && cell.getText().isBlank())) {
			if (column.required()) {
				problems.add(RowProblem.of(row.getRowNum(), header, null, "ingest.value.required"));
			}
			return null;
		}
		LocalDateTime value = CellValues.dateTime(cell);
		if (value == null && notFinite(cell)) {
			problems.add(RowProblem.of(row.getRowNum(), header, cell.getRawValue().strip(), NonFinite.KEY,
					cell.getRawValue().strip()));
		}
		else if (value == null) {
			problems.add(RowProblem.of(row.getRowNum(), header, cell.getText(), "ingest.cell.not.datetime"));
		}
		else if (!FormDates.within(value)) {
			// as the generic path: the date as read and the range, at its cell
			problems.add(RowProblem.of(row.getRowNum(), header, cell.getText(), FormDates.OUT_OF_RANGE,
					ShownValue.of(value), FIRST_DAY, LAST_DAY));
			return null;
		}
		return value;
	}

	private String channel(Row row, List<RowProblem> problems) {
		Cell cell = (this.channel != null) ? cell(row, this.channel) : null;
		String raw = (cell != null) ? cell.getText() : null;
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String code = this.values.channel(raw);
		if (code == null) {
			problems.add(RowProblem.of(row.getRowNum(), this.channel, CellValues.text(cell), "ingest.cell.not.choice",
					CellValues.channelLabels()));
		}
		return code;
	}

	private static void notBefore(Row row, Bm04Layout.Header header, Bm04Column column, LocalDateTime value,
			LocalDateTime received, List<RowProblem> problems) {
		if (value == null || received == null || !value.isBefore(received)) {
			return;
		}
		problems.add(RowProblem.of(row.getRowNum(), header, ShownValue.of(value), "ingest.rule.not.before",
				column.labelVi(), Bm04Column.RECEIVED_AT.labelVi(), ShownValue.of(received), column.labelEn(),
				Bm04Column.RECEIVED_AT.labelEn()));
	}

	/**
	 * A number cell of NaN or an infinity, as the reader's copy of a forged sheet holds
	 * it (an error cell of that text, {@code XlsxRows}), or a formula's saved result that
	 * is one: a bad cell as on the in-memory path. One comparison for an ordinary cell.
	 */
	private static boolean notFinite(Cell cell) {
		return cell != null && (cell.getType() == CellType.ERROR || cell.getType() == CellType.FORMULA)
				&& NonFinite.spelled(cell.getRawValue());
	}

	private static Cell cell(Row row, Bm04Layout.Header header) {
		return (header.index() < row.getCellCount()) ? row.getCell(header.index()) : null;
	}

}
