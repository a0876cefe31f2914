package vn.qms.stats.ingest.bulk;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamSupport;

/**
 * The data rows of a BM04 sheet in checked blocks of {@value Bm04SheetParser#BLOCK}: a
 * thread of its own has them read (by a parsing worker: inflating and scanning the XML
 * and checking each row, the costliest part, on the other core) a bounded queue ahead of
 * the step, whose thread stages them. Restartable: the data rows handed out are counted
 * in the execution context, and a restart reads the file again and skips that many.
 * <p>
 * Not final: a step-scoped bean of this class is proxied by subclassing.
 */
public class Bm04ItemReader extends ItemStreamSupport implements ItemStreamReader<Bm04Block> {

	private static final String COUNT = "read.count";

	private static final String DAMAGE_REPORTED = "damage.reported";

	/** The message of a sheet that breaks off ({@link Bm04Reading#DAMAGED}). */
	static final String DAMAGED = Bm04Reading.DAMAGED;

	/** Data rows per item. */
	static final int BLOCK = Bm04SheetParser.BLOCK;

	/** A block as read, before it is staged. */
	private record Read(List<Bm04Row> rows, List<RowProblem> problems, int size) {
	}

	private static final Read END = new Read(List.of(), List.of(), 0);

	private final Path file;

	private final int sheet;

	private final Bm04Reading reading;

	private final BlockingQueue<Read> queue = new ArrayBlockingQueue<>(8);

	private final Bm04Staging staging;

	private volatile RuntimeException failure;

	/**
	 * Where the sheet turned out to be damaged (or its reader ran out of memory or time):
	 * the rows before it are handed out, then this problem, and the swap rejects the file
	 * (a damaged file is the sender's to mend, not a failure to retry).
	 */
	private volatile RowProblem damage;

	private boolean damageReported;

	private Thread streamer;

	private long count;

	private boolean ended;

	Bm04ItemReader(String name, Path file, int sheet, Bm04Reading reading, Bm04Staging staging) {
		setName(name);
		this.file = file;
		this.sheet = sheet;
		this.reading = reading;
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
		Read next = this.queue.take();
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
		this.count += next.size();
		return this.staging.block(next.rows(), next.problems(), next.size());
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
		try {
			Bm04Reading.Bm04Damage broken = this.reading.read(this.file, this.sheet, skip,
					(rows, problems, size) -> this.queue.put(new Read(rows, problems, size)));
			if (broken != null) {
				this.damage = new RowProblem(broken.row(), -1, null, null, broken.messageKey(), broken.arguments());
			}
		}
		catch (IOException ex) {
			// not the file's content (a disk that failed, a reader killed...): a failure,
			// to restart
			this.failure = new ItemStreamException("Cannot read " + this.file, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
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

	/** Builds the reader; its name is its key in the execution context. */
	public static final class Builder {

		private String name;

		private Path file;

		private int sheet;

		private Bm04Reading reading = new Bm04SheetParser();

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

		/** Who parses the file: a parsing worker in the product. */
		public Builder reading(Bm04Reading reading) {
			this.reading = reading;
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
			return new Bm04ItemReader(this.name, this.file, this.sheet, this.reading, this.staging);
		}

	}

}
