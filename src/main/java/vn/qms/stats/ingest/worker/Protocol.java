package vn.qms.stats.ingest.worker;

/**
 * The tags of the worker protocol. A request is a tag and its values; the worker answers
 * each request in turn, a streamed answer ending in {@link #END}, {@link #UNREADABLE} or
 * {@link #FAILED}. {@link #STOP} may come while an answer streams: the worker then ends
 * it early with {@link #END}.
 */
final class Protocol {

	// requests

	/** Guard and open a file: path, three size limits. */
	static final byte OPEN = 'O';

	/** Stream the rows of a sheet of the open file: index. */
	static final byte ROWS = 'R';

	/** End the answer being streamed. */
	static final byte STOP = 'S';

	/** Close the open file. */
	static final byte CLOSE = 'C';

	/** Stream the checked blocks of a BM04 sheet: path, sheet, rows to skip. */
	static final byte BM04 = 'B';

	/** Write the annotated copy of a rejected workbook: path, problems. */
	static final byte ANNOTATE = 'A';

	/** The peak heap the worker used since last asked (then reset). */
	static final byte HEAP = 'H';

	/** The SHA-256 of a file's bytes: path. */
	static final byte HASH = 'X';

	// answers

	/** The peak heap in bytes. */
	static final byte HEAP_USED = 'h';

	/** Opened: format, warnings, sheet names. */
	static final byte OPENED = 'K';

	/** A row of a sheet. */
	static final byte ROW = 'r';

	/** A block of a BM04 sheet. */
	static final byte BLOCK = 'b';

	/** The end of an answer (for BM04, with the damage if any). */
	static final byte END = 'E';

	/** Done (close). */
	static final byte DONE = 'D';

	/** The file cannot be read: a message key and its arguments. */
	static final byte UNREADABLE = 'U';

	/** The file could not be read for a reason other than its content: a message. */
	static final byte FAILED = 'F';

	/** The annotated copy, or why there is none. */
	static final byte ANNOTATION = 'a';

	/** The SHA-256, in hexadecimal. */
	static final byte HASHED = 'x';

	private Protocol() {
	}

}
