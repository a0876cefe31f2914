package vn.qms.stats.ingest.sheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

import vn.qms.stats.ingest.Problem;

/**
 * {@code .xlsx} / {@code .xlsm} through fastexcel-reader's streaming API
 * ({@link XlsxRows}: ISO 8601 date cells too), each row's number checked
 * ({@link RowNumbers}). Formula cells give their cached value; macros are never run.
 * Hidden sheets and hidden columns are warned of ({@link HiddenSheets},
 * {@link XlsxLayout}).
 */
final class XlsxWorkbookSource implements WorkbookSource {

	private final Path file;

	private final ReadableWorkbook workbook;

	private final List<Sheet> sheets;

	private final List<Problem> warnings = new ArrayList<>();

	XlsxWorkbookSource(Path file) throws IOException {
		this.file = file;
		this.workbook = new ReadableWorkbook(file.toFile(), XlsxRows.OPTIONS);
		List<Sheet> all = this.workbook.getSheets().toList();
		all.stream()
			.filter((sheet) -> sheet.getVisibility() != SheetVisibility.VISIBLE)
			.forEach((sheet) -> this.warnings
				.add(HiddenSheets.warning(sheet.getName(), sheet.getVisibility() == SheetVisibility.VERY_HIDDEN)));
		this.sheets = all.stream().filter((sheet) -> sheet.getVisibility() != SheetVisibility.VERY_HIDDEN).toList();
		this.warnings.addAll(XlsxLayout.warnings(file, all.stream().map(Sheet::getName).toList(),
				indexes(all.stream().filter((sheet) -> sheet.getVisibility() == SheetVisibility.VISIBLE)),
				indexes(this.sheets.stream())));
	}

	private static List<Integer> indexes(Stream<Sheet> sheets) {
		return sheets.map(Sheet::getIndex).toList();
	}

	@Override
	public List<Problem> warnings() {
		return this.warnings;
	}

	@Override
	public List<String> sheetNames() {
		return this.sheets.stream().map(Sheet::getName).toList();
	}

	@Override
	public Stream<SourceRow> rows(int sheetIndex) throws IOException {
		Sheet sheet = this.sheets.get(sheetIndex);
		RowNumbers numbers = new RowNumbers();
		return XlsxRows.of(this.file, sheet).map((row) -> {
			numbers.check(sheet.getName(), row);
			return row(row);
		});
	}

	private static SourceRow row(Row row) {
		List<SourceCell> cells = new ArrayList<>();
		for (Cell cell : row) {
			if (cell != null) {
				SourceCell source = cell(cell);
				if (source != null) {
					cells.add(source);
				}
			}
		}
		return new SourceRow(row.getRowNum(), cells);
	}

	private static SourceCell cell(Cell cell) {
		int column = cell.getColumnIndex();
		String raw = cell.getRawValue();
		return switch (cell.getType()) {
			case EMPTY -> null;
			case NUMBER -> SourceCell.number(column, cell.asNumber());
			case STRING -> SourceCell.text(column, cell.asString());
			case BOOLEAN -> new SourceCell(column, SourceCell.Kind.BOOLEAN, Boolean.toString(cell.asBoolean()), null);
			// NaN or an infinity, as the copy of the workbook holds such a number cell
			case ERROR -> NonFinite.spelled(raw) ? SourceCell.notFinite(column, raw.strip())
					: new SourceCell(column, SourceCell.Kind.ERROR, raw, null);
			case FORMULA -> formula(column, raw);
		};
	}

	private static SourceCell formula(int column, String cached) {
		if (cached == null || cached.isEmpty()) {
			return new SourceCell(column, SourceCell.Kind.NO_CACHED_VALUE, null, null);
		}
		if (cached.startsWith("#")) {
			return new SourceCell(column, SourceCell.Kind.ERROR, cached, null);
		}
		if (NonFinite.spelled(cached)) {
			return SourceCell.notFinite(column, cached.strip());
		}
		try {
			return SourceCell.number(column, new BigDecimal(cached));
		}
		catch (NumberFormatException ex) {
			return SourceCell.text(column, cached);
		}
	}

	@Override
	public void close() throws IOException {
		this.workbook.close();
	}

}
