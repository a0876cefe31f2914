package vn.qms.stats.ingest.sheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code .csv} in UTF-8 (with or without BOM) or UTF-16 with BOM, separated by {@code ,}
 * {@code ;} or tab as found in the file. One sheet named after the file; every cell is
 * text, so that numbers and dates go through the engine's text parsing. Record numbers
 * are the row numbers Excel shows (a quoted line break stays in its row).
 */
final class CsvWorkbookSource implements WorkbookSource {

	private static final int SAMPLE_CHARS = 64 * 1024;

	private final Path file;

	private final Charset charset;

	private final int bomLength;

	private final char separator;

	private final CSVFormat format;

	CsvWorkbookSource(Path file) throws IOException {
		this.file = file;
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(3);
		}
		this.charset = charsetOf(head);
		this.bomLength = bomLength(head);
		try (Reader reader = reader()) {
			char[] sample = new char[SAMPLE_CHARS];
			int length = 0;
			for (int read = 0; read >= 0 && length < sample.length; length += Math.max(read, 0)) {
				read = reader.read(sample, length, sample.length - length);
			}
			this.separator = CsvSeparator.detect(new String(sample, 0, length));
		}
		this.format = CSVFormat.DEFAULT.builder().setDelimiter(this.separator).setIgnoreEmptyLines(false).get();
	}

	@Override
	public List<String> sheetNames() {
		String name = this.file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return List.of((dot > 0) ? name.substring(0, dot) : name);
	}

	@Override
	public Stream<SourceRow> rows(int sheetIndex) throws IOException {
		// bounded as it is read: one field or record never grows past what a sheet holds
		Reader bounded = new CsvBounds(reader(), sheetNames().get(0), this.separator,
				ReadingBounds.DEFAULT_MAX_TEXT_CHARS);
		CSVParser parser = CSVParser.builder().setReader(bounded).setFormat(this.format).get();
		Iterator<CSVRecord> records = parser.iterator();
		Iterator<SourceRow> rows = new Iterator<>() {

			@Override
			public boolean hasNext() {
				try {
					return records.hasNext();
				}
				catch (UncheckedIOException ex) {
					throw unreadable(ex);
				}
			}

			@Override
			public SourceRow next() {
				try {
					return row(records.next());
				}
				catch (UncheckedIOException ex) {
					throw unreadable(ex);
				}
			}

		};
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false)
			.onClose(() -> {
				try {
					parser.close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
	}

	/**
	 * A CSV the parser stops in for a reason {@link CsvBounds} did not name first (it
	 * names a quote never closed and text after a closing quote, with cell and line, in
	 * both languages): named as a CSV file, in the parser's words, which give the line.
	 */
	private static UnreadableSheetException unreadable(UncheckedIOException ex) {
		return new UnreadableSheetException("ingest.file.corrupt.csv",
				List.of(UnreadableSheetException.describe((ex.getCause() != null) ? ex.getCause() : ex)));
	}

	private static SourceRow row(CSVRecord record) {
		List<SourceCell> cells = new ArrayList<>(record.size());
		for (int i = 0; i < record.size(); i++) {
			cells.add(SourceCell.text(i, record.get(i)));
		}
		return new SourceRow(Math.toIntExact(record.getRecordNumber()), cells);
	}

	private Reader reader() throws IOException {
		InputStream in = Files.newInputStream(this.file);
		in.skipNBytes(this.bomLength);
		return new BufferedReader(new InputStreamReader(in, this.charset));
	}

	private static Charset charsetOf(byte[] head) {
		if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
			return StandardCharsets.UTF_16BE;
		}
		if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
			return StandardCharsets.UTF_16LE;
		}
		return StandardCharsets.UTF_8;
	}

	private static int bomLength(byte[] head) {
		if (head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			return 3;
		}
		return (charsetOf(head) == StandardCharsets.UTF_8) ? 0 : 2;
	}

	@Override
	public void close() {
		// every stream of rows closes its own reader
	}

}
