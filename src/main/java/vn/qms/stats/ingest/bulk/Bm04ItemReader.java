package vn.qms.stats.ingest.bulk;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Stream;
import java.util.zip.ZipException;

import javax.xml.stream.XMLStreamException;

import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamSupport;

/**
 * The data rows of a BM04 sheet in blocks of {@value #BLOCK}: a thread of its own streams
 * the {@code .xlsx} (the costliest part: inflating and scanning the XML) a bounded queue
 * ahead of the step, and the step's thread checks each block's rows as it reads them, so
 * that the two cores share the work. Restartable: the data rows handed out are counted in
 * the execution context, and a restart reopens the file and skips that many.
 * <p>
 * Not final: a step-scoped bean of this class is proxied by subclassing.
 */
public class Bm04ItemReader extends ItemStreamSupport implements ItemStreamReader<Bm04Block> {

	private static final String COUNT = "read.count";

	private static final String DAMAGE_REPORTED = "damage.reported";

	/** The message of a sheet that breaks off ({@link #damage}). */
	static final String DAMAGED = "ingest.file.damaged";

	/** Data rows per item. */
	static final int BLOCK = 1000;

	private static final List<Row> END = List.of();

	private final Path file;

	private final int sheet;

	private final BlockingQueue<List<Row>> queue = new ArrayBlockingQueue<>(8);

	private final Bm04Staging staging;

	private volatile RuntimeException failure;

	/**
	 * Where the sheet's XML or compressed data turned out to be damaged: the rows before
	 * it are handed out, then this problem, and the swap rejects the file (a damaged file
	 * is the sender's to mend, not a failure to retry).
	 */
	private volatile RowProblem damage;

	private boolean damageReported;

	private Thread streamer;

	/** The sheet's row (as Excel numbers it) read last by the streaming thread. */
	private int lastRow;

	private volatile Bm04RowParser parser;

	private long count;

	private boolean ended;

	Bm04ItemReader(String name, Path file, int sheet, Bm04Staging staging) {
		setName(name);
		this.file = file;
		this.sheet = sheet;
		this.staging = staging;
	}

	public static Builder builder() {
		return new Builder();
	}

	@Override
	public void open(ExecutionContext context) {
		this.count = context.getLong(getExecutionContextKey(COUNT), 0L);
		this.damageReported = context.containsKey(getExecutionContextKey(DAMAGE_REPORTED));
		long skip = this.count;
		this.staging.start(skip == 0);
		this.streamer = new Thread(() -> stream(skip), "bm04-reader");
		this.streamer.setDaemon(true);
		this.streamer.start();
	}

	@Override
	public Bm04Block read() throws InterruptedException, SQLException {
		if (this.ended) {
			return null;
		}
		List<Row> next = this.queue.take();
		if (next == END) {
			this.ended = true;
			if (this.failure != null) {
				throw this.failure;
			}
			this.staging.finish();
			if (this.damage != null && !this.damageReported) {
				this.damageReported = true;
				return this.staging.block(List.of(), List.of(this.damage), 0);
			}
			return null;
		}
		// the queue hands the parser over with the first block (it needs the header)
		Bm04RowParser parser = this.parser;
		List<Bm04Row> rows = new ArrayList<>(next.size());
		List<RowProblem> problems = new ArrayList<>(0);
		for (Row row : next) {
			parser.parse(row, rows, problems);
		}
		this.count += next.size();
		return this.staging.block(rows, problems, next.size());
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(getExecutionContextKey(COUNT), this.count);
		if (this.damageReported) {
			context.putString(getExecutionContextKey(DAMAGE_REPORTED), "true");
		}
	}

	@Override
	public void close() {
		if (this.streamer != null) {
			this.streamer.interrupt();
			this.streamer = null;
		}
	}

	private void stream(long skip) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(this.file.toFile(), new ReadingOptions(false, false));
				Stream<Row> rows = workbook.getSheet(this.sheet).orElseThrow().openStream()) {
			Iterator<Row> iterator = rows.iterator();
			Bm04Layout layout = new Bm04Layout();
			while (iterator.hasNext() && !layout.accept(iterator.next())) {
				// title block and group headers above the header row
			}
			if (layout.found()) {
				this.parser = new Bm04RowParser(layout);
				rows(iterator, this.parser, skip);
			}
		}
		catch (IOException ex) {
			this.failure = new ItemStreamException("Cannot read " + this.file, new UncheckedIOException(ex));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		catch (ExcelReaderException | UncheckedIOException ex) {
			Throwable damaged = damaged(ex);
			if (damaged == null) {
				// not the file's content (a disk that failed...): a failure, to restart
				this.failure = new ItemStreamException("Cannot read " + this.file, ex);
			}
			else {
				// the sheet's XML or its compressed data broke off: the rows read so far
				// are handed out, then the damage
				this.damage = new RowProblem(this.lastRow + 1, -1, null, null, DAMAGED,
						List.of(String.valueOf(this.lastRow + 1), String.valueOf(damaged.getMessage())));
			}
		}
		catch (RuntimeException | Error ex) {
			// an Error too: the step must hear of any end of this thread, never wait for
			// it
			this.failure = new ItemStreamException("Cannot read " + this.file, ex);
		}
		try {
			// put, not offer: the queue may be full of blocks the step has yet to take
			this.queue.put(END);
		}
		catch (InterruptedException ex) {
			// the step closed the reader: nobody waits for the end
			Thread.currentThread().interrupt();
		}
	}

	private void rows(Iterator<Row> iterator, Bm04RowParser parser, long skip) throws InterruptedException {
		List<Row> block = new ArrayList<>(BLOCK);
		long seen = 0;
		while (hasNext(iterator, block)) {
			Row row = iterator.next();
			this.lastRow = row.getRowNum();
			Bm04RowParser.Kind kind = parser.kind(row);
			if (kind == Bm04RowParser.Kind.END) {
				break;
			}
			if (kind == Bm04RowParser.Kind.SKIP || seen++ < skip) {
				continue;
			}
			block.add(row);
			if (block.size() == BLOCK) {
				this.queue.put(block);
				block = new ArrayList<>(BLOCK);
			}
		}
		if (!block.isEmpty()) {
			this.queue.put(block);
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

	/**
	 * Whether the sheet has another row; if reading it finds the sheet damaged, the rows
	 * of the block so far are handed out first.
	 */
	private boolean hasNext(Iterator<Row> iterator, List<Row> block) throws InterruptedException {
		try {
			return iterator.hasNext();
		}
		catch (ExcelReaderException | UncheckedIOException ex) {
			if (!block.isEmpty()) {
				this.queue.put(new ArrayList<>(block));
				block.clear();
			}
			throw ex;
		}
	}

	/** Builds the reader; its name is its key in the execution context. */
	public static final class Builder {

		private String name;

		private Path file;

		private int sheet;

		private Bm04Staging staging;

		public Builder name(String name) {
			this.name = name;
			return this;
		}

		public Builder file(Path file) {
			this.file = file;
			return this;
		}

		public Builder sheet(int sheet) {
			this.sheet = sheet;
			return this;
		}

		/** Where the rows go: the reader hands them out in the form it stores. */
		public Builder staging(Bm04Staging staging) {
			this.staging = staging;
			return this;
		}

		public Bm04ItemReader build() {
			if (this.name == null || this.file == null || this.staging == null) {
				throw new IllegalStateException("A BM04 reader needs a name, a file and its staging");
			}
			return new Bm04ItemReader(this.name, this.file, this.sheet, this.staging);
		}

	}

}
