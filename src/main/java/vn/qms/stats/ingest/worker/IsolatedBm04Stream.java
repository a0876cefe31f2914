package vn.qms.stats.ingest.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import vn.qms.stats.ingest.bulk.Bm04Reading;
import vn.qms.stats.ingest.bulk.Bm04Row;
import vn.qms.stats.ingest.bulk.RowProblem;

/**
 * A BM04 sheet read in a parsing worker: the worker inflates, scans and checks the rows
 * and streams them in blocks; this side decodes them for the step. A worker that runs out
 * of memory or time ends the sheet like damage (the file is rejected); one that crashes
 * fails the run, to be restarted.
 */
final class IsolatedBm04Stream {

	private final ParseWorkers workers;

	IsolatedBm04Stream(ParseWorkers workers) {
		this.workers = workers;
	}

	Bm04Reading.Bm04Damage read(Path file, int sheet, long skip, Bm04Reading.BlockSink sink)
			throws IOException, InterruptedException {
		WorkerProcess worker = this.workers.lease();
		worker.arm(this.workers.settings().deadline());
		int lastRow = 0;
		boolean sound = false;
		try {
			DataOutputStream out = worker.out();
			out.writeByte(Protocol.BM04);
			Wire.writeString(out, file.toAbsolutePath().toString());
			out.writeInt(sheet);
			out.writeLong(skip);
			out.flush();
			DataInputStream in = worker.in();
			Bm04Frames.Reader frames = new Bm04Frames.Reader();
			byte tag;
			while ((tag = Wire.readTag(in)) == Protocol.BLOCK) {
				int size = in.readInt();
				List<Bm04Row> rows = frames.read(in, Wire.readCount(in));
				List<RowProblem> problems = Wire.readList(in, Wire::readRowProblem);
				lastRow = rows.isEmpty() ? lastRow : rows.get(rows.size() - 1).row();
				sink.block(rows, problems, size);
			}
			if (tag == Protocol.END) {
				Bm04Reading.Bm04Damage damage = in.readBoolean()
						? new Bm04Reading.Bm04Damage(in.readInt(), Wire.readString(in), Wire.readStrings(in)) : null;
				sound = true;
				return damage;
			}
			if (tag == Protocol.FAILED) {
				String message = Wire.readString(in);
				sound = true;
				throw new WorkerFailure(message);
			}
			throw new IOException("Unexpected answer " + tag);
		}
		catch (WorkerFailure ex) {
			throw ex;
		}
		catch (IOException ex) {
			WorkerDeath death;
			try {
				death = WorkerDeath.of(worker, this.workers.settings(), ex);
			}
			catch (WorkerCrash crash) {
				// killed from outside: a failure, and the restart reads on from the rows
				// staged
				throw new IOException(crash.getMessage(), crash);
			}
			return new Bm04Reading.Bm04Damage(lastRow + 1, death.messageKey(), death.arguments());
		}
		finally {
			if (sound) {
				this.workers.release(worker);
			}
			else {
				this.workers.discard(worker);
			}
		}
	}

	/** The worker could not read the file for a reason other than its content. */
	static final class WorkerFailure extends IOException {

		WorkerFailure(String message) {
			super(message);
		}

	}

}
