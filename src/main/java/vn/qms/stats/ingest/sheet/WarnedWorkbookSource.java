package vn.qms.stats.ingest.sheet;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import vn.qms.stats.ingest.Problem;

/**
 * A source with the warnings the guard had about its file.
 */
final class WarnedWorkbookSource implements WorkbookSource {

	private final WorkbookSource source;

	private final List<Problem> warnings;

	WarnedWorkbookSource(WorkbookSource source, List<Problem> warnings) {
		this.source = source;
		this.warnings = List.copyOf(warnings);
	}

	@Override
	public List<String> sheetNames() {
		return this.source.sheetNames();
	}

	@Override
	public Stream<SourceRow> rows(int sheetIndex) throws IOException {
		return this.source.rows(sheetIndex);
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
