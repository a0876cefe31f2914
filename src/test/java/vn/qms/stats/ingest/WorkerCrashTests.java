package vn.qms.stats.ingest;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.ingest.guard.GuardLimits;
import vn.qms.stats.ingest.samples.NationalBm02;
import vn.qms.stats.ingest.samples.SampleWorkbooks;
import vn.qms.stats.ingest.sheet.ProblemLimit;
import vn.qms.stats.ingest.sheet.RowLimit;
import vn.qms.stats.ingest.sheet.WorkbookOpener;
import vn.qms.stats.ingest.sheet.WorkbookSource;
import vn.qms.stats.ingest.worker.ParseWorkers;
import vn.qms.stats.ingest.worker.WorkerSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of a parsing worker in the middle of a file: the file is read again in
 * a fresh worker, never rejected for it nor lost.
 */
class WorkerCrashTests {

	@TempDir
	Path folder;

	@Test
	void shouldReadAFileAgainWhenItsWorkerIsKilledMidway() throws Exception {
		// given
		Path file = SampleWorkbooks.write(this.folder.resolve("national.xlsx"), NationalBm02.ministries("Năm 2020"));
		AtomicBoolean killed = new AtomicBoolean();
		try (ParseWorkers workers = new ParseWorkers(new WorkerSettings(128, 1, GuardLimits.defaults()))) {
			WorkbookOpener killing = (path) -> {
				WorkbookSource source = workers.open(path);
				if (killed.compareAndSet(false, true)) {
					// the file is open in the worker, its rows not yet read
					workers.pids().forEach((pid) -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
				}
				return source;
			};
			SubmissionReader reader = new SubmissionReader(new TestReferenceUnits(), Forms.all(), killing,
					RowLimit.DEFAULT_MAX_ROWS, ProblemLimit.DEFAULT_MAX_PROBLEMS);
			// when
			FileReading reading = reader.read(file);
			// then
			assertThat(killed).isTrue();
			assertThat(reading.hasErrors()).as(reading.problems().toString()).isFalse();
			assertThat(reading.submissions()).singleElement()
				.satisfies((submission) -> assertThat(submission.form().code()).isEqualTo("BM02"));
		}
	}

}
