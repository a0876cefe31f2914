package vn.qms.stats.ingest.bulk;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;

import vn.qms.stats.ingest.text.LegacyVietnamese;
import vn.qms.stats.system.text.VietnameseText;

/**
 * What the rows above the data of a BM04 sheet say: the title block (period, reporting
 * unit code or name) and where each column is. Fed row by row until the header is found.
 */
final class Bm04Layout {

	/** A recognised column: its 0-based index and its header as written. */
	record Header(Bm04Column column, int index, String text) {
	}

	private final Map<Bm04Column, Header> headers = new EnumMap<>(Bm04Column.class);

	private String period;

	private String unitCode;

	private String unitName;

	private int headerRow;

	/** Reads one row above the data; true once it was the header. */
	boolean accept(Row row) {
		Map<Bm04Column, Header> found = new EnumMap<>(Bm04Column.class);
		for (int i = 0; i < row.getCellCount(); i++) {
			Cell cell = row.getCell(i);
			if (cell == null || cell.getType() != CellType.STRING) {
				continue;
			}
			// a workbook of the time may be in TCVN3 or VNI: its header and title are
			// read converted
			String text = LegacyVietnamese.decodeIfLegacy(cell.asString()).text();
			String folded = VietnameseText.fold(text);
			for (Bm04Column column : Bm04Column.values()) {
				if (column.matches(folded)) {
					found.put(column, new Header(column, cell.getColumnIndex(), text.trim()));
				}
			}
			title(text, row, i);
		}
		boolean header = found.keySet().containsAll(required());
		if (header) {
			this.headers.putAll(found);
			this.headerRow = row.getRowNum();
		}
		return header;
	}

	private void title(String text, Row row, int index) {
		int colon = text.indexOf(':');
		String label = VietnameseText.fold((colon >= 0) ? text.substring(0, colon) : text).replace(" ", "");
		String value = (colon >= 0) ? text.substring(colon + 1).trim() : "";
		if (value.isEmpty() && index + 1 < row.getCellCount() && row.getCell(index + 1) != null) {
			value = LegacyVietnamese.decodeIfLegacy(row.getCell(index + 1).getText()).text().trim();
		}
		if (value.isEmpty()) {
			return;
		}
		if (this.period == null && (label.equals("kybaocao") || label.equals("period"))) {
			this.period = VietnameseText.clean(value);
		}
		else if (this.unitCode == null && (label.equals("madonvibaocao") || label.equals("reportingunitcode"))) {
			this.unitCode = VietnameseText.clean(value);
		}
		else if (this.unitName == null && (label.equals("donvibaocao") || label.equals("reportingunit"))) {
			this.unitName = VietnameseText.clean(value);
		}
	}

	private static java.util.List<Bm04Column> required() {
		return java.util.Arrays.stream(Bm04Column.values()).filter(Bm04Column::required).toList();
	}

	boolean found() {
		return this.headerRow > 0;
	}

	int headerRow() {
		return this.headerRow;
	}

	Optional<Header> header(Bm04Column column) {
		return Optional.ofNullable(this.headers.get(column));
	}

	Optional<String> period() {
		return Optional.ofNullable(this.period);
	}

	Optional<String> unitCode() {
		return Optional.ofNullable(this.unitCode);
	}

	Optional<String> unitName() {
		return Optional.ofNullable(this.unitName);
	}

}
