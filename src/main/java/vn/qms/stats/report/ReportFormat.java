package vn.qms.stats.report;

/**
 * The file formats a report is exported to.
 */
public enum ReportFormat {

	PDF("pdf"), XLSX("xlsx");

	private final String extension;

	ReportFormat(String extension) {
		this.extension = extension;
	}

	/** The file extension, without the dot. */
	public String extension() {
		return this.extension;
	}

}
