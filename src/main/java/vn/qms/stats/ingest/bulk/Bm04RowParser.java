package vn.qms.stats.ingest.bulk;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;

import vn.qms.stats.ingest.ShownValue;
import vn.qms.stats.system.text.VietnameseText;

/**
 * Reads one data row of a BM04 sheet into a dossier or its problems, checking the rules
 * of the form that concern one row (required values, due and completed not before
 * received). Problems are values: a bad row costs what a good one does.
 */
final class Bm04RowParser {

	private static final List<String> FOOTERS = List.of("nguoi lap bieu", "thu truong", "lanh dao", "ghi chu",
			"noi nhan");

	private static final Set<String> TOTALS = Set.of("tong cong", "cong", "tong so", "total");

	/** What a row is. */
	enum Kind {

		DATA, SKIP, END

	}

	private final Bm04Layout layout;

	private final CellValues values = new CellValues();

	Bm04RowParser(Bm04Layout layout) {
		this.layout = layout;
	}

	/** Data, a row to skip (column numbers, totals), or the end (empty row, footer). */
	Kind kind(Row row) {
		Cell first = null;
		for (int i = 0; i < row.getCellCount() && first == null; i++) {
			Cell cell = row.getCell(i);
			first = (cell == null || cell.getType() == CellType.EMPTY || cell.getText().isBlank()) ? null : cell;
		}
		if (first == null) {
			return Kind.END;
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

	Bm04Item parse(Row row) {
		int number = row.getRowNum();
		List<RowProblem> problems = new ArrayList<>(0);
		String dossier = text(row, Bm04Column.DOSSIER_CODE, problems);
		String procedure = text(row, Bm04Column.PROCEDURE_CODE, problems);
		String agency = text(row, Bm04Column.AGENCY_CODE, problems);
		LocalDateTime received = date(row, Bm04Column.RECEIVED_AT, problems);
		LocalDateTime due = date(row, Bm04Column.DUE_AT, problems);
		LocalDateTime completed = date(row, Bm04Column.COMPLETED_AT, problems);
		String channel = channel(row, problems);
		notBefore(row, Bm04Column.DUE_AT, due, received, problems);
		notBefore(row, Bm04Column.COMPLETED_AT, completed, received, problems);
		if (!problems.isEmpty()) {
			return new Bm04Item(null, problems);
		}
		return Bm04Item.good(new Bm04Row(number, dossier, procedure, agency, received, due, completed, channel));
	}

	private String text(Row row, Bm04Column column, List<RowProblem> problems) {
		Bm04Layout.Header header = this.layout.header(column).orElseThrow();
		String text = CellValues.text(cell(row, header));
		if (text == null && column.required()) {
			problems.add(RowProblem.of(row.getRowNum(), header, null, "ingest.value.required"));
		}
		return text;
	}

	private LocalDateTime date(Row row, Bm04Column column, List<RowProblem> problems) {
		Bm04Layout.Header header = this.layout.header(column).orElse(null);
		Cell cell = (header != null) ? cell(row, header) : null;
		if (cell == null || cell.getType() == CellType.EMPTY || cell.getText().isBlank()) {
			if (column.required()) {
				problems.add(RowProblem.of(row.getRowNum(), header, null, "ingest.value.required"));
			}
			return null;
		}
		LocalDateTime value = CellValues.dateTime(cell);
		if (value == null) {
			problems.add(RowProblem.of(row.getRowNum(), header, cell.getText(), "ingest.cell.not.datetime"));
		}
		return value;
	}

	private String channel(Row row, List<RowProblem> problems) {
		Bm04Layout.Header header = this.layout.header(Bm04Column.CHANNEL).orElse(null);
		String text = (header != null) ? CellValues.text(cell(row, header)) : null;
		if (text == null) {
			return null;
		}
		String code = this.values.channel(text);
		if (code == null) {
			problems.add(
					RowProblem.of(row.getRowNum(), header, text, "ingest.cell.not.choice", CellValues.channelLabels()));
		}
		return code;
	}

	private void notBefore(Row row, Bm04Column column, LocalDateTime value, LocalDateTime received,
			List<RowProblem> problems) {
		if (value == null || received == null || !value.isBefore(received)) {
			return;
		}
		Bm04Layout.Header header = this.layout.header(column).orElseThrow();
		problems.add(RowProblem.of(row.getRowNum(), header, ShownValue.of(value), "ingest.rule.not.before",
				column.labelVi(), Bm04Column.RECEIVED_AT.labelVi(), ShownValue.of(received), column.labelEn(),
				Bm04Column.RECEIVED_AT.labelEn()));
	}

	private static Cell cell(Row row, Bm04Layout.Header header) {
		return (header.index() < row.getCellCount()) ? row.getCell(header.index()) : null;
	}

}
