package vn.qms.stats.ingest.sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The rows of one sheet of an {@code .xlsx} as fastexcel-reader streams them, also past
 * an ISO 8601 date cell, which fastexcel refuses: there the reading goes on in a copy of
 * the workbook with those cells rewritten ({@link IsoDateCells}), after the rows already
 * given, and the copy is deleted when the rows are closed. A workbook without such cells
 * is read as it always was, at no cost. A row number fastexcel cannot hold in an
 * {@code int} ends the reading as past Excel's bounds, naming the sheet
 * ({@link RowNumbers}).
 */
public final class XlsxRows implements Iterator<Row> {

	/** Without cell formats, a value fastexcel cannot parse thrown. */
	public static final ReadingOptions OPTIONS = new ReadingOptions(false, false);

	private final Path file;

	private final int sheet;

	private final String sheetName;

	private Stream<Row> stream;

	private Iterator<Row> rows;

	private long given;

	private ReadableWorkbook copied;

	private Path copy;

	private XlsxRows(Path file, Sheet sheet) throws IOException {
		this.file = file;
		this.sheet = sheet.getIndex();
		this.sheetName = sheet.getName();
		this.stream = sheet.openStream();
		this.rows = this.stream.iterator();
	}

	/** The rows of a sheet of the workbook opened from this file. */
	public static Stream<Row> of(Path file, Sheet sheet) throws IOException {
		XlsxRows rows = new XlsxRows(file, sheet);
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false)
			.onClose(rows::close);
	}

	@Override
	public boolean hasNext() {
		try {
			return this.rows.hasNext();
		}
		catch (RuntimeException ex) {
			goOnInCopy(ex);
			return this.rows.hasNext();
		}
	}

	@Override
	public Row next() {
		Row row;
		try {
			row = this.rows.next();
		}
		catch (RuntimeException ex) {
			goOnInCopy(ex);
			row = this.rows.next();
		}
		this.given++;
		return row;
	}

	/**
	 * Goes on in a copy with the ISO date cells rewritten, after the rows given, when an
	 * ISO date cell is what the reader refused (once); throws a row number past Excel's
	 * bounds as such, and what it threw otherwise.
	 */
	private void goOnInCopy(RuntimeException thrown) {
		UnreadableSheetException beyond = RowNumbers.beyondBounds(this.sheetName, thrown);
		if (beyond != null) {
			throw beyond;
		}
		if (this.copy != null || !IsoDateCells.refused(thrown)) {
			throw thrown;
		}
		try {
			this.stream.close();
			this.copy = IsoDateCells.copy(this.file);
			this.copied = new ReadableWorkbook(this.copy.toFile(), OPTIONS);
			this.stream = this.copied.getSheet(this.sheet).orElseThrow().openStream();
			deleteOpenCopy();
		}
		catch (IOException ex) {
			UncheckedIOException failed = new UncheckedIOException(ex);
			failed.addSuppressed(thrown);
			throw failed;
		}
		this.rows = this.stream.iterator();
		for (long i = 0; i < this.given; i++) {
			this.rows.next();
		}
	}

	/**
	 * Where the system lets an open file be deleted (not Windows), the copy goes at once,
	 * so that a worker killed while it reads leaves none behind; else when closed.
	 */
	private void deleteOpenCopy() {
		try {
			Files.deleteIfExists(this.copy);
		}
		catch (IOException ex) {
			// still open: deleted on close
		}
	}

	private void close() {
		this.stream.close();
		try {
			if (this.copied != null) {
				this.copied.close();
			}
			if (this.copy != null) {
				Files.deleteIfExists(this.copy);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
