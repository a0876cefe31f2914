package vn.qms.stats.ingest.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Stream;

import org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream;

import vn.qms.stats.ingest.Problem;
import vn.qms.stats.ingest.annotate.AnnotatedCopy;
import vn.qms.stats.ingest.annotate.Annotation;
import vn.qms.stats.ingest.bulk.Bm04Reading;
import vn.qms.stats.ingest.bulk.Bm04Row;
import vn.qms.stats.ingest.bulk.Bm04SheetParser;
import vn.qms.stats.ingest.bulk.RowProblem;
import vn.qms.stats.ingest.guard.GuardLimits;
import vn.qms.stats.ingest.sheet.SourceRow;
import vn.qms.stats.ingest.sheet.UnreadableFileException;
import vn.qms.stats.ingest.sheet.UnreadableSheetException;
import vn.qms.stats.ingest.sheet.WorkbookSource;
import vn.qms.stats.ingest.sheet.WorkbookSources;
import vn.qms.stats.system.io.FileHash;

/**
 * The worker's side of the protocol: takes requests one at a time from its input (a
 * thread of its own reads them, so that a {@link Protocol#STOP} is heard while an answer
 * streams) and answers on its output. Any exception a file causes becomes an answer; an
 * {@link OutOfMemoryError} ends the JVM, which its parent reads as such.
 */
final class WorkerServer {

	private static final Request END_OF_INPUT = new Request(Protocol.CLOSE, null, 0, 0, null, null);

	private final DataInputStream in;

	private final DataOutputStream out;

	private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();

	private volatile boolean stopped;

	private WorkbookSource open;

	/**
	 * A block of a BM04 stream is written here first, then to the pipe at once:
	 * DataOutputStream writes each int a byte at a time, which cost a lock each in the
	 * pipe's BufferedOutputStream.
	 */
	private final UnsynchronizedByteArrayOutputStream blockBytes = UnsynchronizedByteArrayOutputStream.builder()
		.setBufferSize(1 << 16)
		.get();

	private final DataOutputStream block = new DataOutputStream(this.blockBytes);

	/** The rows of the BM04 stream under way. */
	private Bm04Frames.Writer frames;

	WorkerServer(DataInputStream in, DataOutputStream out) {
		this.in = in;
		this.out = out;
	}

	/** A request as read. */
	private record Request(byte tag, String path, int sheet, long skip, GuardLimits limits, List<Problem> problems) {
	}

	void serve() throws IOException {
		Thread reader = new Thread(this::readRequests, "worker-requests");
		reader.setDaemon(true);
		reader.start();
		try {
			for (Request request = take(); request != END_OF_INPUT; request = take()) {
				this.stopped = false;
				answer(request);
				this.out.flush();
			}
		}
		finally {
			closeOpen();
		}
	}

	private Request take() {
		try {
			return this.requests.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return END_OF_INPUT;
		}
	}

	private void readRequests() {
		try {
			while (true) {
				byte tag = Wire.readTag(this.in);
				switch (tag) {
					case Protocol.STOP -> this.stopped = true;
					case Protocol.OPEN -> this.requests.add(new Request(tag, Wire.readString(this.in), 0, 0,
							GuardLimits.defaults()
								.withMaxFileBytes(this.in.readLong())
								.withMaxXlsxFileBytes(this.in.readLong())
								.withMaxUncompressedBytes(this.in.readLong()),
							null));
					case Protocol.ROWS -> this.requests.add(new Request(tag, null, this.in.readInt(), 0, null, null));
					case Protocol.CLOSE, Protocol.HEAP -> this.requests.add(new Request(tag, null, 0, 0, null, null));
					case Protocol.BM04 -> this.requests.add(new Request(tag, Wire.readString(this.in),
							this.in.readInt(), this.in.readLong(), null, null));
					case Protocol.ANNOTATE -> this.requests
						.add(new Request(tag, Wire.readString(this.in), 0, 0, null, Wire.readProblems(this.in)));
					case Protocol.HASH ->
						this.requests.add(new Request(tag, Wire.readString(this.in), 0, 0, null, null));
					default -> throw new IOException("Unknown request " + tag);
				}
			}
		}
		catch (EOFException ex) {
			// the parent closed the pipe: finish
		}
		catch (IOException ex) {
			System.err.println("worker: " + ex.getMessage());
		}
		this.requests.add(END_OF_INPUT);
	}

	private void answer(Request request) throws IOException {
		switch (request.tag()) {
			case Protocol.OPEN -> open(request);
			case Protocol.ROWS -> rows(request.sheet());
			case Protocol.CLOSE -> {
				closeOpen();
				this.out.writeByte(Protocol.DONE);
			}
			case Protocol.BM04 -> bm04(request);
			case Protocol.ANNOTATE -> annotate(request);
			case Protocol.HEAP -> {
				this.out.writeByte(Protocol.HEAP_USED);
				this.out.writeLong(peakHeap());
			}
			case Protocol.HASH -> hash(request);
			default -> throw new IOException("Unknown request " + request.tag());
		}
	}

	private void open(Request request) throws IOException {
		closeOpen();
		try {
			this.open = WorkbookSources.inProcess(request.limits()).open(Path.of(request.path()));
			this.out.writeByte(Protocol.OPENED);
			Wire.writeString(this.out, this.open.format().name());
			Wire.writeProblems(this.out, this.open.warnings());
			Wire.writeStrings(this.out, this.open.sheetNames());
		}
		catch (UnreadableFileException ex) {
			unreadable(ex.messageKey(), ex.arguments());
		}
		catch (Exception | StackOverflowError ex) {
			// whatever a parser throws, checked or not (Aalto throws its checked
			// XMLStreamException through fastexcel unannounced), is the file's
			closeOpen();
			unreadable("ingest.file.corrupt", List.of(UnreadableSheetException.describe(ex)));
		}
	}

	private void rows(int sheet) throws IOException {
		if (this.open == null || sheet < 0 || sheet >= this.open.sheetNames().size()) {
			this.out.writeByte(Protocol.FAILED);
			Wire.writeString(this.out, "no such sheet: " + sheet);
			return;
		}
		try (Stream<SourceRow> rows = this.open.rows(sheet)) {
			Iterator<SourceRow> iterator = rows.iterator();
			while (!this.stopped && iterator.hasNext()) {
				this.out.writeByte(Protocol.ROW);
				Wire.writeRow(this.out, iterator.next());
			}
			this.out.writeByte(Protocol.END);
		}
		catch (UnreadableSheetException ex) {
			unreadable(ex.messageKey(), ex.arguments());
		}
		catch (Exception | StackOverflowError ex) {
			unreadable("ingest.file.corrupt", List.of(UnreadableSheetException.describe(ex)));
		}
	}

	private void bm04(Request request) throws IOException {
		this.frames = new Bm04Frames.Writer();
		try {
			Bm04Reading.Bm04Damage damage = new Bm04SheetParser().read(Path.of(request.path()), request.sheet(),
					request.skip(), this::block);
			this.out.writeByte(Protocol.END);
			this.out.writeBoolean(damage != null);
			if (damage != null) {
				this.out.writeInt(damage.row());
				Wire.writeString(this.out, damage.messageKey());
				Wire.writeStrings(this.out, damage.arguments());
			}
		}
		catch (Stopped ex) {
			this.out.writeByte(Protocol.END);
			this.out.writeBoolean(false);
		}
		catch (IOException | RuntimeException ex) {
			this.out.writeByte(Protocol.FAILED);
			Wire.writeString(this.out, UnreadableSheetException.describe(ex));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
	}

	private void block(List<Bm04Row> rows, List<RowProblem> problems, int size) throws IOException {
		if (this.stopped) {
			throw new Stopped();
		}
		this.blockBytes.reset();
		DataOutputStream buffer = this.block;
		buffer.writeByte(Protocol.BLOCK);
		buffer.writeInt(size);
		buffer.writeInt(rows.size());
		this.frames.write(buffer, rows);
		buffer.writeInt(problems.size());
		for (RowProblem problem : problems) {
			Wire.writeRowProblem(buffer, problem);
		}
		this.blockBytes.writeTo(this.out);
	}

	/** Reads the file's bytes only: nothing in them is parsed. */
	private void hash(Request request) throws IOException {
		String sha256;
		try {
			sha256 = FileHash.sha256(Path.of(request.path()));
		}
		catch (IOException | RuntimeException ex) {
			this.out.writeByte(Protocol.FAILED);
			Wire.writeString(this.out, String.valueOf(ex.getMessage()));
			return;
		}
		this.out.writeByte(Protocol.HASHED);
		Wire.writeString(this.out, sha256);
	}

	private void annotate(Request request) throws IOException {
		Annotation annotation = new AnnotatedCopy().write(Path.of(request.path()), request.problems());
		this.out.writeByte(Protocol.ANNOTATION);
		Wire.writeString(this.out, (annotation.copy() != null) ? annotation.copy().toString() : null);
		Wire.writeString(this.out, annotation.noteVi());
		Wire.writeString(this.out, annotation.noteEn());
	}

	private void unreadable(String key, List<String> arguments) throws IOException {
		this.out.writeByte(Protocol.UNREADABLE);
		Wire.writeString(this.out, key);
		Wire.writeStrings(this.out, arguments);
	}

	private void closeOpen() {
		if (this.open != null) {
			try {
				this.open.close();
			}
			catch (IOException | RuntimeException ex) {
				// nothing more to read from it
			}
			this.open = null;
		}
	}

	/** The peak heap in use since the last call, which starts a new peak. */
	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
				pool.resetPeakUsage();
			}
		}
		return peak;
	}

	/** The parent asked to stop a BM04 stream. */
	private static final class Stopped extends IOException {

		Stopped() {
			super("stopped");
		}

	}

}
