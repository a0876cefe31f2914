package vn.qms.stats.ingest.guard;

/**
 * The real format of a file, from its bytes rather than its name.
 */
public enum Format {

	XLSX("xlsx"), XLSM("xlsm"), XLS("xls"), CSV("csv"), ODS("ods"), ENCRYPTED(""), UNKNOWN("");

	private final String extension;

	Format(String extension) {
		this.extension = extension;
	}

	/**
	 * The usual file extension, without the dot; empty when there is none.
	 */
	public String extension() {
		return this.extension;
	}

}
