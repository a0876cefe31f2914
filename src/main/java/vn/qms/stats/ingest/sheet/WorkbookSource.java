package vn.qms.stats.ingest.sheet;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rows of a workbook's sheets, streamed so that memory does not grow with rows. One
 * implementation per file format ({@code .xlsx} now; {@code .xls} and {@code .csv}
 * later).
 */
public interface WorkbookSource extends AutoCloseable {

	/** Sheet names in workbook order. */
	List<String> sheetNames();

	/**
	 * The non-empty rows of a sheet in order; missing row numbers are empty rows. The
	 * caller closes the stream.
	 */
	Stream<SourceRow> rows(int sheetIndex) throws IOException;

	@Override
	void close() throws IOException;

}
