package vn.qms.stats.ingest.samples;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.qms.stats.ingest.form.Column;
import vn.qms.stats.ingest.form.Forms;

/**
 * One BM02 sheet as a government office lays it out: title block, header row,
 * column-number row, data, total row with SUM formulas, footer. Variants (English or
 * decomposed headers, shifted, broken) are made by the fluent methods.
 */
public final class Bm02Sheet implements SheetLayout {

	/** A cell formula, written as such and evaluated so that it has a cached value. */
	public record Formula(String text) {
	}

	/** Header style. */
	public enum Headers {

		VIETNAMESE, ENGLISH, DECOMPOSED

	}

	private final String name;

	private final List<List<Object>> title = new ArrayList<>();

	private final List<Object[]> data = new ArrayList<>();

	private Headers headers = Headers.VIETNAMESE;

	private int offset;

	private boolean columnNumbers = true;

	private boolean total = true;

	private boolean footer = true;

	private final List<Object> extraHeaders = new ArrayList<>();

	private Object[] totalOverride;

	private boolean table = true;

	public Bm02Sheet(String name) {
		this.name = name;
	}

	@Override
	public String name() {
		return this.name;
	}

	/** A title row; {@code "Label:|value"} puts the value in the next cell. */
	public Bm02Sheet title(String... lines) {
		for (String line : lines) {
			this.title.add(new ArrayList<>(Arrays.asList((Object[]) line.split("\\|"))));
		}
		return this;
	}

	/** A data row: code, name, then the counts in form order (null for empty). */
	public Bm02Sheet row(Object... values) {
		this.data.add(values);
		return this;
	}

	public Bm02Sheet headers(Headers headers) {
		this.headers = headers;
		return this;
	}

	/** Moves the table right by empty columns. */
	public Bm02Sheet shiftedBy(int columns) {
		this.offset = columns;
		return this;
	}

	public Bm02Sheet withoutColumnNumbers() {
		this.columnNumbers = false;
		return this;
	}

	public Bm02Sheet withoutTotal() {
		this.total = false;
		return this;
	}

	public Bm02Sheet withoutFooter() {
		this.footer = false;
		return this;
	}

	/** Only the title rows: a sheet that holds no form. */
	public Bm02Sheet withoutTable() {
		this.table = false;
		return this;
	}

	public Bm02Sheet extraHeader(String header) {
		this.extraHeaders.add(header);
		return this;
	}

	/**
	 * Literal values for the total row instead of SUM formulas (null keeps the formula).
	 */
	public Bm02Sheet total(Object... values) {
		this.totalOverride = values;
		return this;
	}

	public List<Object[]> data() {
		return this.data;
	}

	/** Excel row number (1-based) of the i-th data row. */
	public int dataRowNumber(int index) {
		return this.title.size() + 2 + (this.columnNumbers ? 1 : 0) + index + 1;
	}

	/** Excel column letter of a column of the form. */
	public String columnLetter(String key) {
		int index = columns().indexOf(Forms.BM02.column(key).orElseThrow());
		return vn.qms.stats.ingest.Problem.columnLetter(this.offset + 1 + index);
	}

	/** Every row, top to bottom; null cells stay empty. */
	@Override
	public List<List<Object>> rows() {
		List<List<Object>> rows = new ArrayList<>(this.title);
		if (!this.table) {
			return rows;
		}
		rows.add(List.of());
		rows.add(shift(headerRow()));
		if (this.columnNumbers) {
			List<Object> numbers = new ArrayList<>();
			for (int i = 1; i <= columns().size() + 1 + this.extraHeaders.size(); i++) {
				numbers.add("(" + i + ")");
			}
			rows.add(shift(numbers));
		}
		int first = rows.size() + 1;
		for (int i = 0; i < this.data.size(); i++) {
			List<Object> row = new ArrayList<>();
			row.add(i + 1);
			row.addAll(Arrays.asList(this.data.get(i)));
			rows.add(shift(row));
		}
		if (this.total) {
			rows.add(shift(totalRow(first, rows.size())));
		}
		if (this.footer) {
			rows.add(List.of());
			rows.add(shift(Arrays.asList(null, "Người lập biểu", null, null, null, null, null, null, null,
					"Thủ trưởng đơn vị")));
			rows.add(shift(Arrays.asList(null, "(Ký, ghi rõ họ tên)", null, null, null, null, null, null, null,
					"(Ký tên, đóng dấu)")));
		}
		return rows;
	}

	private List<Object> headerRow() {
		List<Object> header = new ArrayList<>();
		header.add((this.headers == Headers.ENGLISH) ? "No." : "STT");
		for (Column column : columns()) {
			String label = (this.headers == Headers.ENGLISH) ? column.labelEn() : column.labelVi();
			header.add((this.headers == Headers.DECOMPOSED) ? Normalizer.normalize(label, Normalizer.Form.NFD) : label);
		}
		header.addAll(this.extraHeaders);
		return header;
	}

	private List<Object> totalRow(int first, int last) {
		List<Object> row = new ArrayList<>(Arrays.asList(null, "Tổng cộng", null));
		for (int i = 2; i < columns().size(); i++) {
			Object override = (this.totalOverride != null && i - 2 < this.totalOverride.length)
					? this.totalOverride[i - 2] : null;
			String letter = vn.qms.stats.ingest.Problem.columnLetter(this.offset + 1 + i);
			row.add((override != null) ? override : new Formula("SUM(" + letter + first + ":" + letter + last + ")"));
		}
		return row;
	}

	private List<Object> shift(List<Object> row) {
		List<Object> shifted = new ArrayList<>();
		for (int i = 0; i < this.offset; i++) {
			shifted.add(null);
		}
		shifted.addAll(row);
		return shifted;
	}

	private static List<Column> columns() {
		return Forms.BM02.columns();
	}

}
