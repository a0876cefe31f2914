package vn.qms.stats.ingest.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import vn.qms.stats.ingest.Problem;
import vn.qms.stats.ingest.guard.Format;
import vn.qms.stats.ingest.guard.GuardLimits;
import vn.qms.stats.ingest.sheet.SourceRow;
import vn.qms.stats.ingest.sheet.UnreadableFileException;
import vn.qms.stats.ingest.sheet.UnreadableSheetException;
import vn.qms.stats.ingest.sheet.WorkbookSource;

/**
 * A file opened in a parsing worker, which it holds until closed: the sheet names and
 * warnings the worker found, and the rows it streams. The worker's deadline runs from the
 * opening to the closing; if the worker dies on the way, the rows end in an
 * {@link UnreadableSheetException} saying why.
 */
final class IsolatedWorkbookSource implements WorkbookSource {

	private final ParseWorkers workers;

	private final WorkerProcess worker;

	private final Format format;

	private final List<Problem> warnings;

	private final List<String> sheetNames;

	/** The worker answered everything asked so far, and can serve the next file. */
	private boolean sound = true;

	private IsolatedWorkbookSource(ParseWorkers workers, WorkerProcess worker, Format format, List<Problem> warnings,
			List<String> sheetNames) {
		this.workers = workers;
		this.worker = worker;
		this.format = format;
		this.warnings = warnings;
		this.sheetNames = sheetNames;
	}

	static IsolatedWorkbookSource open(ParseWorkers workers, Path file) throws UnreadableFileException {
		WorkerProcess worker;
		try {
			worker = workers.lease();
		}
		catch (IOException ex) {
			throw new WorkerCrash("No parsing worker could be started", ex);
		}
		worker.arm(workers.settings().deadline());
		try {
			DataOutputStream out = worker.out();
			GuardLimits limits = workers.settings().limits();
			out.writeByte(Protocol.OPEN);
			Wire.writeString(out, file.toAbsolutePath().toString());
			out.writeLong(limits.maxFileBytes());
			out.writeLong(limits.maxXlsxFileBytes());
			out.writeLong(limits.maxUncompressedBytes());
			out.flush();
			DataInputStream in = worker.in();
			byte tag = Wire.readTag(in);
			if (tag == Protocol.UNREADABLE) {
				String key = Wire.readString(in);
				List<String> arguments = Wire.readStrings(in);
				workers.release(worker);
				throw new UnreadableFileException(key, arguments, null);
			}
			if (tag != Protocol.OPENED) {
				throw new IOException("Unexpected answer " + tag);
			}
			Format format = format(Wire.readString(in));
			List<Problem> warnings = Wire.readProblems(in);
			return new IsolatedWorkbookSource(workers, worker, format, warnings, Wire.readStrings(in));
		}
		catch (IOException ex) {
			WorkerDeath death;
			try {
				death = WorkerDeath.of(worker, workers.settings(), ex);
			}
			finally {
				workers.discard(worker);
			}
			throw new UnreadableFileException(death.messageKey(), death.arguments(), null);
		}
	}

	private static Format format(String name) throws IOException {
		try {
			return Format.valueOf(name);
		}
		catch (RuntimeException ex) {
			throw new IOException("Unknown format from a worker", ex);
		}
	}

	@Override
	public Format format() {
		return this.format;
	}

	@Override
	public List<String> sheetNames() {
		return this.sheetNames;
	}

	@Override
	public List<Problem> warnings() {
		return this.warnings;
	}

	@Override
	public Stream<SourceRow> rows(int sheetIndex) throws IOException {
		if (!this.sound) {
			throw new WorkerCrash("The parsing worker of this file is gone", null);
		}
		try {
			DataOutputStream out = this.worker.out();
			out.writeByte(Protocol.ROWS);
			out.writeInt(sheetIndex);
			out.flush();
		}
		catch (IOException ex) {
			// the worker is gone: why says what becomes of the file
			this.sound = false;
			WorkerDeath death = WorkerDeath.of(this.worker, this.workers.settings(), ex);
			throw new UnreadableSheetException(death.messageKey(), death.arguments());
		}
		Rows rows = new Rows();
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false)
			.onClose(rows::finish);
	}

	@Override
	public void close() {
		if (this.sound) {
			try {
				this.worker.out().writeByte(Protocol.CLOSE);
				this.worker.out().flush();
				this.sound = Wire.readTag(this.worker.in()) == Protocol.DONE;
			}
			catch (IOException ex) {
				this.sound = false;
			}
		}
		if (this.sound) {
			this.workers.release(this.worker);
		}
		else {
			this.workers.discard(this.worker);
		}
	}

	/** The rows the worker streams, read as they are asked for. */
	private final class Rows implements Iterator<SourceRow> {

		private SourceRow next;

		private boolean ended;

		@Override
		public boolean hasNext() {
			if (this.next == null && !this.ended) {
				this.next = readNext();
			}
			return this.next != null;
		}

		@Override
		public SourceRow next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			SourceRow row = this.next;
			this.next = null;
			return row;
		}

		private SourceRow readNext() {
			DataInputStream in = IsolatedWorkbookSource.this.worker.in();
			try {
				byte tag = Wire.readTag(in);
				if (tag == Protocol.ROW) {
					return Wire.readRow(in);
				}
				this.ended = true;
				if (tag == Protocol.END) {
					return null;
				}
				if (tag == Protocol.UNREADABLE) {
					throw new UnreadableSheetException(Wire.readString(in), Wire.readStrings(in));
				}
				String message = (tag == Protocol.FAILED) ? Wire.readString(in) : "unexpected answer " + tag;
				throw new UnreadableSheetException("ingest.file.corrupt", List.of(String.valueOf(message)));
			}
			catch (IOException ex) {
				this.ended = true;
				IsolatedWorkbookSource.this.sound = false;
				WorkerDeath death = WorkerDeath.of(IsolatedWorkbookSource.this.worker,
						IsolatedWorkbookSource.this.workers.settings(), ex);
				throw new UnreadableSheetException(death.messageKey(), death.arguments());
			}
		}

		/**
		 * Closed before the end: the worker is told to stop, and the rest is passed over.
		 */
		void finish() {
			if (this.ended || !IsolatedWorkbookSource.this.sound) {
				return;
			}
			try {
				DataOutputStream out = IsolatedWorkbookSource.this.worker.out();
				out.writeByte(Protocol.STOP);
				out.flush();
				while (!this.ended) {
					readNext();
				}
			}
			catch (IOException | RuntimeException ex) {
				IsolatedWorkbookSource.this.sound = false;
			}
		}

	}

}
