package vn.qms.stats.ingest.sheet;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import vn.qms.stats.ingest.Problem;
import vn.qms.stats.ingest.guard.Format;

/**
 * A source as the guard let it through: the format it found, its warnings (a renamed
 * file, macros), and every row checked against {@link ReadingBounds}.
 */
final class CheckedWorkbookSource implements WorkbookSource {

	private final WorkbookSource source;

	private final Format format;

	private final List<Problem> warnings;

	private final ReadingBounds bounds;

	CheckedWorkbookSource(WorkbookSource source, Format format, List<Problem> warnings, ReadingBounds bounds) {
		this.source = source;
		this.format = format;
		this.warnings = List.copyOf(warnings);
		this.bounds = bounds;
	}

	@Override
	public Format format() {
		return this.format;
	}

	@Override
	public List<String> sheetNames() {
		return this.source.sheetNames();
	}

	@Override
	public Stream<SourceRow> rows(int sheetIndex) throws IOException {
		return this.bounds.check(this.source.sheetNames().get(sheetIndex), this.source.rows(sheetIndex));
	}

	@Override
	public List<Problem> warnings() {
		return this.warnings;
	}

	@Override
	public void close() throws IOException {
		this.source.close();
	}

}
