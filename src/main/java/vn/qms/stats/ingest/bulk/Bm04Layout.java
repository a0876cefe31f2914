package vn.qms.stats.ingest.bulk;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;

import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.ingest.sheet.HeaderMatcher;
import vn.qms.stats.ingest.text.LegacyVietnamese;

/**
 * Where each column of a BM04 sheet is, found as the form engine finds any header (its
 * labels and aliases in {@link Forms#BM04}, the one description of the form). Fed row by
 * row until the header is found; the title block above it was read by the route.
 */
final class Bm04Layout {

	/** A recognised column: its 0-based index and its header as written. */
	record Header(Bm04Column column, int index, String text) {
	}

	private static final List<Bm04Column> REQUIRED = Arrays.stream(Bm04Column.values())
		.filter(Bm04Column::required)
		.toList();

	private final HeaderMatcher matcher = new HeaderMatcher(Forms.BM04);

	private final Map<Bm04Column, Header> headers = new EnumMap<>(Bm04Column.class);

	private int headerRow;

	/** Reads one row above the data; true once it was the header. */
	boolean accept(Row row) {
		Map<Bm04Column, Header> found = new EnumMap<>(Bm04Column.class);
		for (int i = 0; i < row.getCellCount(); i++) {
			Cell cell = row.getCell(i);
			if (cell == null || cell.getType() != CellType.STRING) {
				continue;
			}
			// a workbook of the time may be in TCVN3 or VNI: its header is read converted
			String text = LegacyVietnamese.decodeIfLegacy(cell.asString()).text();
			int index = cell.getColumnIndex();
			this.matcher.match(text)
				.flatMap(Bm04Column::of)
				.ifPresent((column) -> found.put(column, new Header(column, index, text.trim())));
		}
		boolean header = found.keySet().containsAll(REQUIRED);
		if (header) {
			this.headers.putAll(found);
			this.headerRow = row.getRowNum();
		}
		return header;
	}

	boolean found() {
		return this.headerRow > 0;
	}

	int headerRow() {
		return this.headerRow;
	}

	/** The recognised columns. */
	Collection<Header> headers() {
		return this.headers.values();
	}

	Optional<Header> header(Bm04Column column) {
		return Optional.ofNullable(this.headers.get(column));
	}

}
