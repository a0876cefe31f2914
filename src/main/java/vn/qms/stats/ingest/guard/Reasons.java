package vn.qms.stats.ingest.guard;

/**
 * Message keys of guard verdicts, in {@code messages/guard_vi.properties} and
 * {@code guard_en.properties}.
 */
public final class Reasons {

	/** Accepted without remark. */
	public static final String OK = "guard.ok";

	/** Accepted: the name's extension does not match the content ({0} name, {1} real). */
	public static final String RENAMED = "guard.renamed";

	/** Accepted: the workbook carries macros, which are never run. */
	public static final String MACROS = "guard.macros";

	public static final String EMPTY = "guard.empty";

	/** {0} size in MB, {1} limit in MB. */
	public static final String TOO_LARGE = "guard.too-large";

	/**
	 * An .xls or .csv above its limit: {0} size in MB, {1} its limit, {2} the larger
	 * limit of an .xlsx, in MB.
	 */
	public static final String TOO_LARGE_SAVE_AS_XLSX = "guard.too-large.save-as-xlsx";

	public static final String UNREADABLE = "guard.unreadable";

	/** The file changed while it was checked: still being copied. */
	public static final String CHANGING = "guard.changing";

	/**
	 * The file has other names (hard links): perhaps a file kept elsewhere, which its
	 * sender may not read. Never read.
	 */
	public static final String HARD_LINKED = "guard.hard-linked";

	public static final String NOT_SPREADSHEET = "guard.not-spreadsheet";

	public static final String PDF = "guard.pdf";

	public static final String ODS = "guard.ods";

	/** Excel 5/95 workbook (BIFF5), which the readers do not support. */
	public static final String OLD_XLS = "guard.old-xls";

	/** A workbook saved as Strict Open XML, which no reader here supports. */
	public static final String STRICT_OOXML = "guard.strict-ooxml";

	public static final String ENCRYPTED = "guard.encrypted";

	/** The file ends too early: cut off while copying or sending. */
	public static final String TRUNCATED = "guard.truncated";

	public static final String CORRUPT = "guard.corrupt";

	/** {0} entries, {1} limit. */
	public static final String ZIP_TOO_MANY_ENTRIES = "guard.zip.too-many-entries";

	/** {0} unpacked MB, {1} limit in MB. */
	public static final String ZIP_TOO_LARGE = "guard.zip.too-large";

	/** {0} entry, {1} ratio, {2} limit. */
	public static final String ZIP_RATIO = "guard.zip.ratio";

	/**
	 * A part inflates to more bytes than its headers declare: {0} entry, {1} declared
	 * bytes.
	 */
	public static final String ZIP_SIZE_LIE = "guard.zip.size-lie";

	/** {0} entry name. */
	public static final String ZIP_BAD_NAME = "guard.zip.bad-name";

	/** {0} entry name. */
	public static final String ZIP_DUPLICATE = "guard.zip.duplicate";

	/** {0} entry name. */
	public static final String XML_DOCTYPE = "guard.xml.doctype";

	public static final String CSV_ENCODING = "guard.csv.encoding";

	/**
	 * A NUL character in a CSV that otherwise decodes: {0} its line, {1} its byte offset
	 * from the start of the file.
	 */
	public static final String CSV_NUL = "guard.csv.nul";

	/** {0} seconds. */
	public static final String TIMEOUT = "guard.timeout";

	/** {0} short description of the error. */
	public static final String FAILED = "guard.failed";

	private Reasons() {
	}

}
