package vn.qms.stats.ingest.sheet;

import vn.qms.stats.ingest.Problem;

/**
 * Sheets a workbook hides. A hidden sheet is read, with a warning: the sender can show it
 * again in Excel (Unhide). A very hidden one is not read, with a warning: Excel offers no
 * way to show it, so neither the sender nor a reviewer could see the rows it would add.
 */
public final class HiddenSheets {

	/** The warning of a very hidden sheet, which was not read. */
	public static final String VERY_HIDDEN = "ingest.sheet.very-hidden";

	private HiddenSheets() {
	}

	static Problem warning(String sheet, boolean veryHidden) {
		return Problem.warning(veryHidden ? VERY_HIDDEN : "ingest.sheet.hidden").inSheet(sheet);
	}

}
