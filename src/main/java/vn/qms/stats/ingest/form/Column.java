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
 * @param choices the accepted values of an {@link ColumnType#ENUM} column, and of a
 * {@link ColumnType#YES_NO} column ({@link Choices#YES_NO}): what the reader accepts and
 * what a blank form's drop-down list offers (the Vietnamese labels)
 * @param maxLength the most characters of a {@link ColumnType#TEXT} value: the length of
 * its database column; 0 for no limit
 */
public record Column(String key, String labelVi, String labelEn, ColumnType type, boolean required,
		List<Choice> choices, int maxLength) {

	public static Column required(String key, String labelVi, String labelEn, ColumnType type) {
		return new Column(key, labelVi, labelEn, type, true, choicesOf(type), 0);
	}

	public static Column optional(String key, String labelVi, String labelEn, ColumnType type) {
		return new Column(key, labelVi, labelEn, type, false, choicesOf(type), 0);
	}

	private static List<Choice> choicesOf(ColumnType type) {
		return (type == ColumnType.YES_NO) ? Choices.YES_NO : List.of();
	}

	public Column withChoices(Choice... choices) {
		return withChoices(List.of(choices));
	}

	public Column withChoices(List<Choice> choices) {
		return new Column(this.key, this.labelVi, this.labelEn, this.type, this.required, List.copyOf(choices),
				this.maxLength);
	}

	/**
	 * The same column holding at most {@code characters} (its database column's size).
	 */
	public Column atMost(int characters) {
		return new Column(this.key, this.labelVi, this.labelEn, this.type, this.required, this.choices, characters);
	}

	/** Whether {@code text} is longer than the column holds. */
	public boolean tooLong(String text) {
		return this.maxLength > 0 && text != null && text.length() > this.maxLength;
	}

}
