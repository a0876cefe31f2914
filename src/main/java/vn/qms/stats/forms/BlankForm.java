package vn.qms.stats.forms;

import java.util.Locale;

import vn.qms.stats.ingest.form.FormDefinition;
import vn.qms.stats.reference.Period;
import vn.qms.stats.reference.Unit;
import vn.qms.stats.system.io.FileNames;

/**
 * One blank form to write: a form for a reporting unit (as it was during the period) and
 * a period.
 *
 * @param form the form's description, the one the reader uses
 * @param unit the reporting unit, valid during the period
 * @param period the reporting period
 */
public record BlankForm(FormDefinition form, Unit unit, Period period) {

	/** {@code bm01_91_2026-Q3.xlsx}. */
	public String fileName() {
		String stem = this.form.code().toLowerCase(Locale.ROOT) + "_" + FileNames.portable(this.unit.code()) + "_"
				+ FileNames.portable(this.period.code());
		return FileNames.fit(stem, ".xlsx");
	}

}
