package vn.qms.stats.report;

/**
 * Names of report files: {@code <report>_<unit>_<period>.<ext>}, stable and sortable.
 */
final class ReportFiles {

	private ReportFiles() {
	}

	static String fileName(String report, String unitCode, String periodCode, ReportFormat format) {
		return report + "_" + safe(unitCode) + "_" + safe(periodCode) + "." + format.extension();
	}

	/**
	 * Keeps a code usable as a file name on every system ({@code A/B} becomes
	 * {@code A-B}).
	 */
	private static String safe(String code) {
		return code.strip().replaceAll("[^A-Za-z0-9.-]", "-");
	}

}
