package vn.qms.stats.ingest.bulk;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipException;

import javax.xml.stream.XMLStreamException;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import vn.qms.stats.ingest.guard.SafeParsing;
import vn.qms.stats.ingest.sheet.RowNumbers;
import vn.qms.stats.ingest.sheet.XlsxRows;
import vn.qms.stats.system.io.HardLinks;

/**
 * Reads the data rows of a BM04 sheet of an {@code .xlsx} into checked blocks of
 * {@value #BLOCK} rows: the untrusted part of the streaming path, run inside a parsing
 * worker ({@code ingest.worker}). Within Excel's bounds: a row past 1,048,576 or a cell
 * past 32,767 characters ends the sheet as damaged, and so does a row stored out of
 * order, a row number given twice, or a cell naming another row than its own
 * ({@link RowNumbers}): the rows counted must be those a spreadsheet shows.
 */
public final class Bm04SheetParser implements Bm04Reading {

	static {
		SafeParsing.apply();
	}

	/** Data rows per block. */
	public static final int BLOCK = 1000;

	/** Excel's last row. */
	static final int MAX_ROW = 1_048_576;

	@Override
	public Bm04Damage read(Path file, int sheet, long skip, BlockSink sink) throws IOException, InterruptedException {
		if (HardLinks.hasOtherNames(file)) {
			// a name added since the guard passed it: nothing is read, the run fails and
			// the file stays, for the next ingest to refuse it unread
			throw new IOException("The file has other names (hard links) now: not read");
		}
		Parse parse = new Parse(sink, skip);
		try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), XlsxRows.OPTIONS);
				Stream<Row> rows = XlsxRows.of(file, workbook.getSheet(sheet).orElseThrow());
				Prefetched<Row> ahead = new Prefetched<>(rows.iterator(), "bm04-xml")) {
			parse.run(ahead);
			return null;
		}
		catch (BoundPassed ex) {
			return Bm04Damage.damaged(ex.row, ex.getMessage());
		}
		catch (SinkFailed ex) {
			// the taker's own failure (the parent gone, a stop), not the file's
			throw ex.failure;
		}
		catch (IOException | ExcelReaderException | UncheckedIOException ex) {
			Throwable damaged = damaged(ex);
			if (damaged == null) {
				// not the file's content (a disk that failed...): a failure, to restart
				throw new IOException("Cannot read " + file, ex);
			}
			return Bm04Damage.damaged(parse.lastRow + 1, String.valueOf(damaged.getMessage()));
		}
		catch (Exception | StackOverflowError ex) {
			// whatever else a parser throws on a file's content (a number that is none,
			// an
			// unknown cell type, Aalto's checked XMLStreamException thrown unannounced)
			Throwable damaged = damaged(ex);
			return Bm04Damage.damaged(parse.lastRow + 1,
					String.valueOf(((damaged != null) ? damaged : ex).getMessage()));
		}
	}

	/**
	 * What in the exception's causes says the file's content is damaged (malformed XML,
	 * broken or cut compressed data), or null.
	 */
	private static Throwable damaged(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof XMLStreamException || cause instanceof ZipException || cause instanceof EOFException) {
				return cause;
			}
		}
		return null;
	}

	/** One sheet's reading: finds the header, then parses and hands out the blocks. */
	private static final class Parse {

		private final BlockSink sink;

		private final long skip;

		private int lastRow;

		private final RowNumbers numbers = new RowNumbers();

		Parse(BlockSink sink, long skip) {
			this.sink = sink;
			this.skip = skip;
		}

		void run(Iterator<Row> iterator) throws IOException, InterruptedException {
			Bm04Layout layout = new Bm04Layout();
			while (iterator.hasNext() && !layout.accept(bounded(iterator.next()))) {
				// title block and group headers above the header row
			}
			if (!layout.found()) {
				return;
			}
			Bm04RowParser parser = new Bm04RowParser(layout);
			List<Bm04Row> rows = new ArrayList<>(BLOCK);
			List<RowProblem> problems = new ArrayList<>(0);
			int size = 0;
			long seen = 0;
			int trailer = 0;
			try {
				while (iterator.hasNext()) {
					Row row = bounded(iterator.next());
					Bm04RowParser.Kind kind = parser.kind(row);
					if (kind == Bm04RowParser.Kind.END) {
						break;
					}
					if (kind == Bm04RowParser.Kind.TRAILER) {
						// a footer below an empty row ends all, as the other forms'
						// reader
						// has it; another row, the data only
						trailer = (parser.afterEnd(row) == Bm04RowParser.Kind.END) ? 0 : row.getRowNum();
						break;
					}
					if (kind == Bm04RowParser.Kind.SKIP || seen++ < this.skip) {
						continue;
					}
					parser.parse(row, rows, problems);
					if (++size == BLOCK) {
						deliver(rows, problems, size);
						rows = new ArrayList<>(BLOCK);
						problems = new ArrayList<>(0);
						size = 0;
					}
				}
			}
			finally {
				// the rows before a break-off are handed out before the damage
				if (size > 0) {
					deliver(rows, problems, size);
				}
			}
			if (trailer > 0) {
				notRead(iterator, parser, trailer);
			}
			// the rows below the end pass unread, their numbers checked: a row stored
			// there
			// out of order belongs above
			while (iterator.hasNext()) {
				bounded(iterator.next());
			}
		}

		/**
		 * Below the row that ended the data ({@code trailer}), the first row that looks
		 * like data, if any before a footer: not read, but never dropped unsaid (as the
		 * other forms' reader says it, {@value Bm04Reading#NOT_READ}); handed out as a
		 * block of no rows. Only the rows below the end are looked at, after the loop of
		 * the data rows.
		 */
		private void notRead(Iterator<Row> iterator, Bm04RowParser parser, int trailer) throws InterruptedException {
			while (iterator.hasNext()) {
				Row row = bounded(iterator.next());
				Bm04RowParser.Kind kind = parser.afterEnd(row);
				if (kind == Bm04RowParser.Kind.END) {
					return;
				}
				if (kind == Bm04RowParser.Kind.DATA) {
					deliver(List.of(), List.of(new RowProblem(row.getRowNum(), -1, null, null, Bm04Reading.NOT_READ,
							List.of(String.valueOf(trailer)))), 0);
					return;
				}
			}
		}

		private void deliver(List<Bm04Row> rows, List<RowProblem> problems, int size) throws InterruptedException {
			try {
				this.sink.block(rows, problems, size);
			}
			catch (IOException ex) {
				throw new SinkFailed(ex);
			}
		}

		private Row bounded(Row row) {
			this.lastRow = row.getRowNum();
			if (row.getRowNum() > MAX_ROW || row.getRowNum() < 1 || row.getCellCount() > CellBounds.MAX_COLUMNS) {
				throw new BoundPassed(row.getRowNum(), "row " + row.getRowNum() + " of " + row.getCellCount()
						+ " columns is past Excel's 1,048,576 rows and 16,384 columns");
			}
			if (!this.numbers.follows(row)) {
				throw new BoundPassed(row.getRowNum(), "row " + row.getRowNum() + " is stored after row "
						+ this.numbers.previous() + ": Excel stores each row once, in increasing order");
			}
			Cell stray = this.numbers.strayCell(row);
			if (stray != null) {
				throw new BoundPassed(row.getRowNum(),
						"cell " + stray.getAddress() + " is stored in row " + row.getRowNum() + ": not where it says");
			}
			CellBounds.check(row);
			return row;
		}

	}

	/** The taker of the blocks failed: carried past the catches meant for the file. */
	private static final class SinkFailed extends RuntimeException {

		private final IOException failure;

		SinkFailed(IOException failure) {
			super(failure.getMessage(), failure, false, false);
			this.failure = failure;
		}

	}

	/** Excel's bounds passed: the sheet cannot have been written by Excel. */
	static final class BoundPassed extends RuntimeException {

		private final int row;

		BoundPassed(int row, String message) {
			super(message, null, false, false);
			this.row = row;
		}

	}

}
