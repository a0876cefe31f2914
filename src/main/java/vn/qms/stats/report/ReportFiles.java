package vn.qms.stats.report;

import vn.qms.stats.system.io.FileNames;

/**
 * Names of report files: {@code <report>_<unit>_<period>.<ext>}, stable and sortable.
 */
final class ReportFiles {

	private ReportFiles() {
	}

	static String fileName(String report, String unitCode, String periodCode, ReportFormat format) {
		return report + "_" + FileNames.portable(unitCode) + "_" + FileNames.portable(periodCode) + "."
				+ format.extension();
	}

}
