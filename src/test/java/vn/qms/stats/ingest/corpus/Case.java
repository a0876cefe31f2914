package vn.qms.stats.ingest.corpus;

import vn.qms.stats.ingest.IngestVerdict.Outcome;
import vn.qms.stats.ingest.samples.FormSheet;

/**
 * One file of the corpus and what a civil servant must be told about it: the outcome, the
 * problem that says why (its message key and its text in Vietnamese and English) and,
 * when the problem concerns a cell, where that cell is.
 *
 * @param fileName the file name in the corpus folder
 * @param outcome the expected verdict
 * @param messageKey the key of the problem asserted
 * @param vi the message in Vietnamese
 * @param en the message in English
 * @param cell where the problem is, or null for a problem of the whole file or sheet
 */
public record Case(String fileName, Outcome outcome, String messageKey, String vi, String en, Cell cell) {

	/** A cell as the user finds it: sheet, row as Excel numbers it, column letter. */
	public record Cell(String sheet, Integer row, String column) {

		static Cell of(FormSheet sheet, int index, String key) {
			return new Cell(sheet.name(), sheet.dataRowNumber(index), sheet.columnLetter(key));
		}

	}

	static Case rejected(String fileName, String messageKey, String vi, String en) {
		return new Case(fileName, Outcome.REJECTED, messageKey, vi, en, null);
	}

	static Case accepted(String fileName, String messageKey, String vi, String en) {
		return new Case(fileName, Outcome.ACCEPTED, messageKey, vi, en, null);
	}

	Case at(Cell cell) {
		return new Case(this.fileName, this.outcome, this.messageKey, this.vi, this.en, cell);
	}

	Case at(String sheet, Integer row, String column) {
		return at(new Cell(sheet, row, column));
	}

	boolean isRejected() {
		return this.outcome == Outcome.REJECTED;
	}

}
