package vn.qms.stats.ingest.sheet;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import vn.qms.stats.ingest.Problem;

import vn.qms.stats.system.text.VietnameseText;

/**
 * The {@code Label: value} cells above a header: period, reporting unit (code or name),
 * report date. Labels match ignoring case, diacritics, spaces and a trailing colon; the
 * value follows the colon in the same cell, or sits in the next non-empty cell. A field
 * stated with two different values is an error naming both cells.
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

	/**
	 * Two values of one field: {0} label (Vietnamese), {1} label (English), {2} first
	 * cell, {3} its value, {4} second cell, {5} its value.
	 */
	public static final String CONFLICT = "ingest.title.conflict";

	/** A text beside a field's value, which may be another value or a note: a warning. */
	public static final String BESIDE = "ingest.title.beside";

	private final Map<Field, Value> values = new EnumMap<>(Field.class);

	public Optional<Value> get(Field field) {
		return Optional.ofNullable(this.values.get(field));
	}

	/**
	 * Reads the label cells of one title row. A field stated twice with two values (two
	 * label cells, or a value after the colon and another in the next column) is an error
	 * naming both cells ({@value #CONFLICT}): which one the sender meant cannot be told,
	 * and a reviewer sees both. The same value stated twice is no conflict.
	 */
	void read(SourceRow row, Consumer<Problem> problems) {
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
			if (field.isEmpty()) {
				continue;
			}
			Value value;
			if (!rest.isEmpty()) {
				value = new Value(VietnameseText.clean(rest), row.number(), cell.column());
			}
			else if (i + 1 < cells.size()) {
				i++;
				value = value(row, cells.get(i));
			}
			else {
				continue;
			}
			if (i + 1 < cells.size() && isSecondValue(cells.get(i + 1), value.column() + 1)) {
				// perhaps a note ("(từ 01/07 đến 30/09/2026)", "tỉnh An Giang"), perhaps
				// a second value: the sender is told which one was read
				i++;
				conflict(field.get(), value, value(row, cells.get(i)), problems, false);
			}
			Value first = this.values.putIfAbsent(field.get(), value);
			if (first != null) {
				conflict(field.get(), first, value, problems, true);
			}
		}
	}

	private static Value value(SourceRow row, SourceCell cell) {
		String text = (cell.text() != null) ? cell.text() : cell.display();
		return new Value(VietnameseText.clean(text), row.number(), cell.column());
	}

	/**
	 * A cell in the column after a value that holds another value, not another label (no
	 * colon, no field's label: "Đơn vị nhận báo cáo: …" beside "Đơn vị báo cáo: …" is
	 * none).
	 */
	private static boolean isSecondValue(SourceCell cell, int column) {
		if (cell.column() != column) {
			return false;
		}
		return switch (cell.kind()) {
			case NUMBER -> true;
			case TEXT -> cell.text().indexOf(':') < 0 && Field.of(cell.text()).isEmpty();
			default -> false;
		};
	}

	/**
	 * Two values of a field: an error when its label is given twice, a warning naming the
	 * value read when a cell beside it holds another text (which may be a note).
	 */
	private static void conflict(Field field, Value first, Value second, Consumer<Problem> problems, boolean repeated) {
		if (squeezed(first.text()).equals(squeezed(second.text()))) {
			return;
		}
		Object[] arguments = { field.labelVi(), field.labelEn(), Problem.columnLetter(first.column()) + first.row(),
				first.text(), Problem.columnLetter(second.column()) + second.row(), second.text() };
		problems.accept((repeated ? Problem.error(CONFLICT, arguments) : Problem.warning(BESIDE, arguments))
			.at(second.row(), second.column(), null, second.text()));
	}

	private static String squeezed(String text) {
		return VietnameseText.fold(text).replace(" ", "");
	}

}
