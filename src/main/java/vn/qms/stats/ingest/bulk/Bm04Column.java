package vn.qms.stats.ingest.bulk;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import vn.qms.stats.ingest.form.Column;
import vn.qms.stats.ingest.form.Forms;

/**
 * The columns of BM04 the streaming path reads, with their labels, required flags and
 * choices taken from {@link Forms#BM04} (the one description of the form).
 */
enum Bm04Column {

	DOSSIER_CODE, PROCEDURE_CODE, AGENCY_CODE, RECEIVED_AT, DUE_AT, COMPLETED_AT, CHANNEL;

	private final Column column = Forms.BM04.columns()
		.stream()
		.filter((candidate) -> candidate.key().equals(name().toLowerCase(Locale.ROOT)))
		.findFirst()
		.orElseThrow();

	String labelVi() {
		return this.column.labelVi();
	}

	String labelEn() {
		return this.column.labelEn();
	}

	boolean required() {
		return this.column.required();
	}

	/** Whether the text is longer than the column of {@code bm04_row} holds. */
	boolean tooLong(String text) {
		return this.column.tooLong(text);
	}

	int maxLength() {
		return this.column.maxLength();
	}

	/** The streaming path's column of a column of the form, if it reads it. */
	static Optional<Bm04Column> of(Column column) {
		return Arrays.stream(values()).filter((each) -> each.column.key().equals(column.key())).findFirst();
	}

}
