package vn.qms.stats.ingest;

import java.util.List;

import vn.qms.stats.ingest.form.FormDefinition;
import vn.qms.stats.ingest.sheet.ParsedRow;
import vn.qms.stats.reference.Period;
import vn.qms.stats.reference.Unit;

/**
 * One form for one reporting unit and period, as read from one or more sheets of a file,
 * validated and ready to store.
 */
record Submission(FormDefinition form, Unit reportingUnit, Period period, List<SheetRows> sheets) {

	/**
	 * The rows of one sheet, with derived values filled in; the sheet name shortened as
	 * its column and {@link Problem#sheet()} hold it.
	 */
	record SheetRows(String sheet, List<ParsedRow> rows) {

		SheetRows {
			sheet = ShownValue.shortened(sheet, ShownValue.MAX_SHEET_NAME);
		}

	}

	int rowCount() {
		return this.sheets.stream().mapToInt((sheet) -> sheet.rows().size()).sum();
	}

	String key() {
		return this.form.code() + "/" + this.reportingUnit.code() + "/" + this.period.code();
	}

}
