package vn.qms.stats.ingest.bulk;

import java.time.LocalDateTime;

import vn.qms.stats.ingest.form.FormDates;

/**
 * One valid dossier of a BM04 sheet, as stored.
 *
 * @param row the row as Excel numbers it
 * @param channel {@code IN_PERSON}, {@code ONLINE}, {@code POSTAL} or null
 */
public record Bm04Row(int row, String dossierCode, String procedureCode, String agencyCode, LocalDateTime receivedAt,
		LocalDateTime dueAt, LocalDateTime completedAt, String channel) {

	/**
	 * Whether the row holds what the row checks let through: its required values, each
	 * within its column's length, its dates within the forms' ({@link FormDates}). A row
	 * that came from a parsing worker is checked again with this, cheaply (no
	 * allocation), so that a worker taken over by a hostile file cannot hand the load a
	 * value it would fail on with a system error (a null code, a date of the year
	 * 999,999,999).
	 */
	public boolean withinForm() {
		return this.row > 0 && fits(Bm04Column.DOSSIER_CODE, this.dossierCode)
				&& fits(Bm04Column.PROCEDURE_CODE, this.procedureCode) && fits(Bm04Column.AGENCY_CODE, this.agencyCode)
				&& (this.channel == null || !Bm04Column.CHANNEL.tooLong(this.channel)) && within(this.receivedAt)
				&& within(this.dueAt) && (this.completedAt == null || FormDates.within(this.completedAt));
	}

	private static boolean fits(Bm04Column column, String text) {
		return text != null && !column.tooLong(text);
	}

	private static boolean within(LocalDateTime time) {
		return time != null && FormDates.within(time);
	}

}
