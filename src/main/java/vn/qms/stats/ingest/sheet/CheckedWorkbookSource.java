package vn.qms.stats.ingest.sheet;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

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
		this.warnings = Stream.concat(warnings.stream(), source.warnings().stream()).toList();
		this.bounds = bounds;
	}

	@Override
	public Format format() {
		return this.format;
	}

	@Override
	public List<String> sheetNames() {
		try {
			return this.source.sheetNames();
		}
		catch (Exception | StackOverflowError ex) {
			throw UnreadableSheetException.corrupt(ex);
		}
	}

	@Override
	public Stream<SourceRow> rows(int sheetIndex) throws IOException {
		String sheet = sheetNames().get(sheetIndex);
		Stream<SourceRow> rows;
		try {
			rows = this.source.rows(sheetIndex);
		}
		catch (IOException | UnreadableSheetException ex) {
			throw ex;
		}
		catch (Exception | StackOverflowError ex) {
			// a sheet its workbook names but does not hold, and the like
			throw UnreadableSheetException.corrupt(ex);
		}
		Iterator<SourceRow> read = rows.iterator();
		Iterator<SourceRow> translated = new Iterator<>() {

			@Override
			public boolean hasNext() {
				return translated(read::hasNext);
			}

			@Override
			public SourceRow next() {
				return translated(read::next);
			}

		};
		return this.bounds.check(sheet,
				StreamSupport.stream(Spliterators.spliteratorUnknownSize(translated, Spliterator.ORDERED), false)
					.onClose(rows::close));
	}

	/** What the parser gives, or what it threw as the rejection a user reads. */
	private static <T> T translated(Supplier<T> parsed) {
		try {
			return parsed.get();
		}
		catch (UnreadableSheetException ex) {
			throw ex;
		}
		catch (Exception | StackOverflowError ex) {
			throw UnreadableSheetException.corrupt(ex);
		}
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
