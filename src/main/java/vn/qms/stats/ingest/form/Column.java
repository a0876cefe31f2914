package vn.qms.stats.ingest.form;

import java.util.List;

/**
 * One column of a form. The key is also the database column it is stored in.
 *
 * @param key stable name, and the column of the form's table
 * @param labelVi the Vietnamese header label
 * @param labelEn the English alias
 * @param type how cells are read
 * @param required whether the header must have it and every data row a value
 * @param choices the accepted values of an {@link ColumnType#ENUM} column
 */
public record Column(String key, String labelVi, String labelEn, ColumnType type, boolean required,
		List<Choice> choices) {

	public static Column required(String key, String labelVi, String labelEn, ColumnType type) {
		return new Column(key, labelVi, labelEn, type, true, List.of());
	}

	public static Column optional(String key, String labelVi, String labelEn, ColumnType type) {
		return new Column(key, labelVi, labelEn, type, false, List.of());
	}

	public Column withChoices(Choice... choices) {
		return withChoices(List.of(choices));
	}

	public Column withChoices(List<Choice> choices) {
		return new Column(this.key, this.labelVi, this.labelEn, this.type, this.required, List.copyOf(choices));
	}

}
