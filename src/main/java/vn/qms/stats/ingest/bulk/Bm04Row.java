package vn.qms.stats.ingest.bulk;

import java.time.LocalDateTime;

/**
 * One valid dossier of a BM04 sheet, as stored.
 *
 * @param row the row as Excel numbers it
 * @param channel {@code IN_PERSON}, {@code ONLINE}, {@code POSTAL} or null
 */
public record Bm04Row(int row, String dossierCode, String procedureCode, String agencyCode, LocalDateTime receivedAt,
		LocalDateTime dueAt, LocalDateTime completedAt, String channel) {

}
