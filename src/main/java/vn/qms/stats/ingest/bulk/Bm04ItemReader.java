package vn.qms.stats.ingest.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamSupport;

/**
 * The data rows of a BM04 sheet as they stream out of the {@code .xlsx}, parsed and
 * validated on a thread of their own a bounded queue ahead of the step (so that one core
 * parses while the other loads). Restartable: the rows handed out are counted in the
 * execution context, and a restart reopens the file and skips that many data rows.
 */
public final class Bm04ItemReader extends ItemStreamSupport implements ItemStreamReader<Bm04Item> {

	private static final String COUNT = "read.count";

	private static final int BATCH = 1000;

	private static final List<Bm04Item> END = List.of();

	private final Path file;

	private final int sheet;

	private final BlockingQueue<List<Bm04Item>> queue = new ArrayBlockingQueue<>(16);

	private volatile RuntimeException failure;

	private Thread parser;

	private Iterator<Bm04Item> batch = List.<Bm04Item>of().iterator();

	private long count;

	private boolean ended;

	Bm04ItemReader(String name, Path file, int sheet) {
		setName(name);
		this.file = file;
		this.sheet = sheet;
	}

	public static Builder builder() {
		return new Builder();
	}

	@Override
	public void open(ExecutionContext context) {
		this.count = context.getLong(getExecutionContextKey(COUNT), 0L);
		long skip = this.count;
		this.parser = new Thread(() -> parse(skip), "bm04-parser");
		this.parser.setDaemon(true);
		this.parser.start();
	}

	@Override
	public Bm04Item read() throws InterruptedException {
		while (!this.batch.hasNext()) {
			if (this.ended) {
				return null;
			}
			List<Bm04Item> next = this.queue.take();
			if (next == END) {
				this.ended = true;
				if (this.failure != null) {
					throw this.failure;
				}
			}
			this.batch = next.iterator();
		}
		this.count++;
		return this.batch.next();
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(getExecutionContextKey(COUNT), this.count);
	}

	@Override
	public void close() {
		if (this.parser != null) {
			this.parser.interrupt();
			this.parser = null;
		}
	}

	private void parse(long skip) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(this.file.toFile(), new ReadingOptions(false, false));
				Stream<Row> rows = workbook.getSheet(this.sheet).orElseThrow().openStream()) {
			Iterator<Row> iterator = rows.iterator();
			Bm04Layout layout = new Bm04Layout();
			while (iterator.hasNext() && !layout.accept(iterator.next())) {
				// title block and group headers above the header row
			}
			if (layout.found()) {
				rows(iterator, new Bm04RowParser(layout), skip);
			}
		}
		catch (IOException ex) {
			this.failure = new ItemStreamException("Cannot read " + this.file, new UncheckedIOException(ex));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		catch (RuntimeException ex) {
			this.failure = new ItemStreamException("Cannot read " + this.file, ex);
		}
		this.queue.offer(END);
	}

	private void rows(Iterator<Row> iterator, Bm04RowParser parser, long skip) throws InterruptedException {
		List<Bm04Item> items = new ArrayList<>(BATCH);
		long seen = 0;
		while (iterator.hasNext()) {
			Row row = iterator.next();
			Bm04RowParser.Kind kind = parser.kind(row);
			if (kind == Bm04RowParser.Kind.END) {
				break;
			}
			if (kind == Bm04RowParser.Kind.SKIP || seen++ < skip) {
				continue;
			}
			items.add(parser.parse(row));
			if (items.size() == BATCH) {
				this.queue.put(items);
				items = new ArrayList<>(BATCH);
			}
		}
		if (!items.isEmpty()) {
			this.queue.put(items);
		}
	}

	/** Builds the reader; its name is its key in the execution context. */
	public static final class Builder {

		private String name;

		private Path file;

		private int sheet;

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

		public Bm04ItemReader build() {
			if (this.name == null || this.file == null) {
				throw new IllegalStateException("A BM04 reader needs a name and a file");
			}
			return new Bm04ItemReader(this.name, this.file, this.sheet);
		}

	}

}
