package vn.qms.stats.ingest.sheet;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import vn.qms.stats.ingest.Problem;
import vn.qms.stats.ingest.guard.Format;

/**
 * The rows of a workbook's sheets, streamed so that memory does not grow with rows. One
 * implementation per file format: {@code .xlsx}/{@code .xlsm}, {@code .xls},
 * {@code .csv}.
 */
public interface WorkbookSource extends AutoCloseable {

	/** The format the guard found in the file's bytes. */
	default Format format() {
		return Format.UNKNOWN;
	}

	/** Sheet names in workbook order. */
	List<String> sheetNames();

	/**
	 * The non-empty rows of a sheet in order; missing row numbers are empty rows. The
	 * caller closes the stream.
	 */
	Stream<SourceRow> rows(int sheetIndex) throws IOException;

	/**
	 * Warnings about the file as a whole found when it was opened (a renamed file,
	 * macros), for the user to read; never reasons to reject it.
	 */
	default List<Problem> warnings() {
		return List.of();
	}

	@Override
	void close() throws IOException;

}
