package vn.qms.stats.ingest.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import vn.qms.stats.ingest.Problem;
import vn.qms.stats.ingest.annotate.Annotation;

/**
 * The annotated copy of a rejected workbook, written by a parsing worker (it opens the
 * untrusted file with POI). A worker that dies on the way leaves a note instead of a
 * copy; nothing here throws.
 */
final class IsolatedAnnotation {

	private static final Log logger = LogFactory.getLog(IsolatedAnnotation.class);

	private final ParseWorkers workers;

	IsolatedAnnotation(ParseWorkers workers) {
		this.workers = workers;
	}

	Annotation write(Path workbook, List<Problem> problems) {
		WorkerProcess worker;
		try {
			worker = this.workers.lease();
		}
		catch (IOException ex) {
			return failed(workbook, ex);
		}
		worker.arm(this.workers.settings().deadline());
		try {
			DataOutputStream out = worker.out();
			out.writeByte(Protocol.ANNOTATE);
			Wire.writeString(out, workbook.toAbsolutePath().toString());
			Wire.writeProblems(out, problems.subList(0, Math.min(problems.size(), Wire.MAX_LIST)));
			out.flush();
			DataInputStream in = worker.in();
			if (Wire.readTag(in) != Protocol.ANNOTATION) {
				throw new IOException("Unexpected answer");
			}
			String copy = Wire.readString(in);
			Path written = (copy != null) ? Path.of(copy) : null;
			if (written != null && !workbook.toAbsolutePath().getParent().equals(written.getParent())) {
				throw new IOException("A copy outside the file's folder: " + copy);
			}
			Annotation annotation = new Annotation(written, Wire.readString(in), Wire.readString(in));
			this.workers.release(worker);
			return annotation;
		}
		catch (IOException ex) {
			this.workers.discard(worker);
			return failed(workbook, ex);
		}
	}

	private static Annotation failed(Path workbook, IOException ex) {
		logger.warn("No annotated copy of " + workbook.getFileName() + ": " + ex.getMessage());
		return Annotation.failed("worker");
	}

}
