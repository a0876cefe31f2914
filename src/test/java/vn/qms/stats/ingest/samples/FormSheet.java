package vn.qms.stats.ingest.samples;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.qms.stats.ingest.Problem;
import vn.qms.stats.ingest.form.Column;
import vn.qms.stats.ingest.form.FormDefinition;

/**
 * One sheet of any form as a government office lays it out: title block, header row
 * ({@code STT} then the chosen columns), column-number row, data, a total row with SUM
 * formulas for the chosen columns, footer.
 */
public final class FormSheet implements SheetLayout {

	private final String name;

	private final FormDefinition form;

	private final List<String> keys;

	private final List<List<Object>> title = new ArrayList<>();

	private final List<Object[]> data = new ArrayList<>();

	private final List<String> totals = new ArrayList<>();

	private final Map<String, Object> stated = new HashMap<>();

	private boolean english;

	private boolean decomposed;

	private boolean footer = true;

	/** A sheet with the given columns, in this order; all columns of the form if none. */
	public FormSheet(String name, FormDefinition form, String... keys) {
		this.name = name;
		this.form = form;
		this.keys = (keys.length > 0) ? List.of(keys) : form.columns().stream().map(Column::key).toList();
	}

	@Override
	public String name() {
		return this.name;
	}

	/** Title rows; {@code "Label:|value"} puts the value in the next cell. */
	public FormSheet title(Object... lines) {
		for (Object line : lines) {
			this.title.add((line instanceof String text) ? new ArrayList<>(Arrays.asList((Object[]) text.split("\\|")))
					: new ArrayList<>((List<?>) line));
		}
		return this;
	}

	/** A data row, values in the order of the sheet's columns (null for empty). */
	public FormSheet row(Object... values) {
		this.data.add(values);
		return this;
	}

	/** A total row under the data with SUM formulas for these columns. */
	public FormSheet totalOf(String... keys) {
		this.totals.addAll(List.of(keys));
		return this;
	}

	/**
	 * A value the total row states for a column instead of its SUM formula (a total that
	 * may disagree with the rows).
	 */
	public FormSheet totalStated(String key, Object value) {
		this.stated.put(key, value);
		return this;
	}

	public FormSheet englishHeaders() {
		this.english = true;
		return this;
	}

	/** Headers in decomposed Unicode (NFD), as some old workbooks have them. */
	public FormSheet decomposedHeaders() {
		this.decomposed = true;
		return this;
	}

	public FormSheet withoutFooter() {
		this.footer = false;
		return this;
	}

	public List<Object[]> data() {
		return this.data;
	}

	/** Excel row number (1-based) of the i-th data row. */
	public int dataRowNumber(int index) {
		return this.title.size() + 3 + index + 1;
	}

	/** Excel column letter of a column of the form. */
	public String columnLetter(String key) {
		return Problem.columnLetter(1 + this.keys.indexOf(key));
	}

	/** The header text of a column, as written. */
	public String header(String key) {
		Column column = this.form.column(key).orElseThrow();
		String label = this.english ? column.labelEn() : column.labelVi();
		return this.decomposed ? Normalizer.normalize(label, Normalizer.Form.NFD) : label;
	}

	@Override
	public List<List<Object>> rows() {
		List<List<Object>> rows = new ArrayList<>(this.title);
		rows.add(List.of());
		List<Object> header = new ArrayList<>(List.of(this.english ? "No." : "STT"));
		this.keys.forEach((key) -> header.add(header(key)));
		rows.add(header);
		List<Object> numbers = new ArrayList<>();
		for (int i = 1; i <= this.keys.size() + 1; i++) {
			numbers.add("(" + i + ")");
		}
		rows.add(numbers);
		int first = rows.size() + 1;
		for (int i = 0; i < this.data.size(); i++) {
			List<Object> row = new ArrayList<>(List.of(i + 1));
			row.addAll(Arrays.asList(this.data.get(i)));
			rows.add(row);
		}
		if (!this.totals.isEmpty()) {
			rows.add(totalRow(first, rows.size()));
		}
		if (this.footer) {
			rows.add(List.of());
			rows.add(Arrays.asList(null, "Người lập biểu", null, null, null, null, "Thủ trưởng đơn vị"));
			rows.add(Arrays.asList(null, "(Ký, ghi rõ họ tên)", null, null, null, null, "(Ký tên, đóng dấu)"));
		}
		return rows;
	}

	private List<Object> totalRow(int first, int last) {
		List<Object> row = new ArrayList<>(Arrays.asList(null, this.english ? "Total" : "Tổng cộng"));
		for (int i = 1; i < this.keys.size(); i++) {
			String letter = Problem.columnLetter(1 + i);
			String key = this.keys.get(i);
			if (this.stated.containsKey(key)) {
				row.add(this.stated.get(key));
				continue;
			}
			row.add(this.totals.contains(key)
					? new Bm02Sheet.Formula("SUM(" + letter + first + ":" + letter + last + ")") : null);
		}
		return row;
	}

}
