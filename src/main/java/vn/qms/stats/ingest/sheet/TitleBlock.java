package vn.qms.stats.ingest.sheet;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import vn.qms.stats.system.text.VietnameseText;

/**
 * The {@code Label: value} cells above a header: period, reporting unit (code or name),
 * report date. Labels match ignoring case, diacritics, spaces and a trailing colon; the
 * value follows the colon in the same cell, or sits in the next non-empty cell.
 */
public final class TitleBlock {

	/** A title-block field. */
	public enum Field {

		PERIOD("Kỳ báo cáo", "Period"), UNIT_CODE("Mã đơn vị báo cáo", "Reporting unit code"),
		UNIT_NAME("Đơn vị báo cáo", "Reporting unit"), REPORT_DATE("Ngày báo cáo", "Report date");

		private final String labelVi;

		private final String labelEn;

		Field(String labelVi, String labelEn) {
			this.labelVi = labelVi;
			this.labelEn = labelEn;
		}

		/** The label as a form prints it ({@code Kỳ báo cáo}); a blank form writes it. */
		public String labelVi() {
			return this.labelVi;
		}

		public String labelEn() {
			return this.labelEn;
		}

		static Optional<Field> of(String label) {
			String folded = squeezed(label);
			for (Field field : values()) {
				if (folded.equals(squeezed(field.labelVi)) || folded.equals(squeezed(field.labelEn))) {
					return Optional.of(field);
				}
			}
			return Optional.empty();
		}

		private static String squeezed(String label) {
			return VietnameseText.fold(label).replace(" ", "");
		}

	}

	/** A value and the cell it was read from. */
	public record Value(String text, int row, int column) {
	}

	private final Map<Field, Value> values = new EnumMap<>(Field.class);

	public Optional<Value> get(Field field) {
		return Optional.ofNullable(this.values.get(field));
	}

	/** Reads the label cells of one title row; the first value of a field wins. */
	void read(SourceRow row) {
		var cells = row.cells();
		for (int i = 0; i < cells.size(); i++) {
			SourceCell cell = cells.get(i);
			if (cell.kind() != SourceCell.Kind.TEXT || cell.text().length() > HeaderMatcher.MAX_LABEL) {
				continue;
			}
			String text = cell.text();
			int colon = text.indexOf(':');
			String label = (colon >= 0) ? text.substring(0, colon) : text;
			String rest = (colon >= 0) ? text.substring(colon + 1).trim() : "";
			Optional<Field> field = Field.of(label);
			if (field.isEmpty() || this.values.containsKey(field.get())) {
				continue;
			}
			if (!rest.isEmpty()) {
				this.values.put(field.get(), new Value(VietnameseText.clean(rest), row.number(), cell.column()));
			}
			else if (i + 1 < cells.size()) {
				SourceCell next = cells.get(i + 1);
				this.values.put(field.get(), new Value(VietnameseText.clean(next.text()), row.number(), next.column()));
				i++;
			}
		}
	}

}
