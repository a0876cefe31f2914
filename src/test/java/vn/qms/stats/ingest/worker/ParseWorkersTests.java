package vn.qms.stats.ingest.worker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import vn.qms.stats.ingest.guard.ExhaustingFiles;
import vn.qms.stats.ingest.guard.GuardLimits;
import vn.qms.stats.ingest.samples.NationalBm02;
import vn.qms.stats.ingest.samples.SampleWorkbooks;
import vn.qms.stats.ingest.sheet.SourceRow;
import vn.qms.stats.ingest.sheet.UnreadableSheetException;
import vn.qms.stats.ingest.sheet.WorkbookOpener;
import vn.qms.stats.ingest.sheet.WorkbookSource;
import vn.qms.stats.ingest.sheet.WorkbookSources;
import vn.qms.stats.system.io.FileHash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Untrusted files opened in parsing workers: a file that exhausts a worker's memory or
 * passes Excel's bounds is refused with a reason the sender can act on, the worker is
 * replaced, and the next file is read as this process would read it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParseWorkersTests {

	@TempDir
	Path folder;

	private ParseWorkers workers;

	@BeforeAll
	void start() {
		this.workers = new ParseWorkers(new WorkerSettings(64, 1, GuardLimits.defaults()));
	}

	@AfterAll
	void stop() {
		this.workers.close();
	}

	@Test
	void shouldHandOverTheRowsThisProcessWouldRead() throws Exception {
		// given
		Path file = SampleWorkbooks.write(this.folder.resolve("national.xlsx"), NationalBm02.ministries("Năm 2020"));
		// when
		List<SourceRow> isolated = rows(this.workers, file);
		List<SourceRow> here = rows(WorkbookSources.inProcess(GuardLimits.defaults()), file);
		// then
		assertThat(isolated).hasSizeGreaterThan(20).isEqualTo(here);
	}

	@Test
	void shouldHashAFileAsThisProcessWouldAndSayWhenItCannotBeRead() throws Exception {
		// given
		Path file = SampleWorkbooks.write(this.folder.resolve("hashed.xlsx"), NationalBm02.ministries("Năm 2020"));
		Path missing = this.folder.resolve("missing.xlsx");
		// when, then
		assertThat(this.workers.sha256(file)).hasSize(64).isEqualTo(FileHash.sha256(file));
		assertThatThrownBy(() -> this.workers.sha256(missing)).isInstanceOf(java.io.IOException.class)
			.hasMessageContaining("missing.xlsx");
		// the worker is kept for the next file
		assertThat(rows(this.workers, file)).hasSizeGreaterThan(20);
	}

	@Test
	void shouldHashTheFirstFileInTheWorkerStartedAheadNotInANewOne() throws Exception {
		// given: what ingest does, a worker started before the context, then the pool
		Path file = SampleWorkbooks.write(this.folder.resolve("first.xlsx"), NationalBm02.ministries("Năm 2020"));
		ParseWorkers.startAhead(64);
		try (ParseWorkers pool = new ParseWorkers(new WorkerSettings(64, 2, GuardLimits.defaults()))) {
			// when: the first request comes at once
			pool.warmUp();
			pool.sha256(file);
			// then: no second JVM started cold for it
			assertThat(pool.pids()).hasSize(1);
		}
		finally {
			ParseWorkers.dropAhead();
		}
	}

	@Test
	void shouldWarmUpOnAWorkbookThatIsReadAsADossierLog() {
		// the workbook a new worker reads while it waits must take the whole path a log
		// takes: guarded, opened, streamed without damage
		assertThat(WarmUp.run()).isTrue();
	}

	@Test
	@Timeout(60)
	void shouldRejectASharedStringIndexThatExhaustsTheWorkerAndReadTheNextFile() throws Exception {
		// given: 2 KB that made the whole process run out of memory
		Path bomb = ExhaustingFiles.sharedStringIndex(this.folder.resolve("chi-so.xlsx"));
		Path good = SampleWorkbooks.write(this.folder.resolve("good.xlsx"), NationalBm02.ministries("Năm 2020"));
		// when, then
		assertThatThrownBy(() -> rows(this.workers, bomb)).isInstanceOfSatisfying(UnreadableSheetException.class,
				(ex) -> {
					assertThat(ex.messageKey()).isEqualTo("ingest.worker.memory");
					assertThat(ex.problem().message(java.util.Locale.ENGLISH))
						.startsWith("Reading the file needed more memory than a reader is allowed (64 MB)");
				});
		assertThat(rows(this.workers, good)).hasSizeGreaterThan(20);
	}

	@Test
	@Timeout(60)
	void shouldRefuseAOneMegabyteSharedStringIn12000CellsAtItsFirstCell() throws Exception {
		// given: POI's test bomb remade, 12 GB of text
		Path bomb = ExhaustingFiles.sharedStringBomb(this.folder.resolve("bom-chuoi.xlsx"), 1, 12_000);
		// when
		long started = System.nanoTime();
		// then
		assertThatThrownBy(() -> rows(this.workers, bomb)).isInstanceOfSatisfying(UnreadableSheetException.class,
				(ex) -> {
					assertThat(ex.messageKey()).isEqualTo("ingest.file.bound.cell");
					assertThat(ex.arguments()).containsExactly("BM01", "A1", String.valueOf(1024 * 1024));
				});
		// well under the ten minutes it held a thread for
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
	}

	@Test
	void shouldRefuseARowPastExcelsLastRow() throws Exception {
		Path file = ExhaustingFiles.rowPastExcel(this.folder.resolve("dong-5-trieu.xlsx"));
		assertThatThrownBy(() -> rows(this.workers, file)).isInstanceOfSatisfying(UnreadableSheetException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("ingest.file.bound.row"));
	}

	@Test
	void shouldStopAStreamClosedEarlyAndKeepTheWorker() throws Exception {
		// given
		Path file = SampleWorkbooks.write(this.folder.resolve("early.xlsx"), NationalBm02.ministries("Năm 2020"));
		// when
		List<SourceRow> first;
		try (WorkbookSource source = this.workers.open(file); Stream<SourceRow> rows = source.rows(0)) {
			first = rows.limit(3).toList();
		}
		List<Long> before = this.workers.pids();
		List<SourceRow> again = rows(this.workers, file);
		// then
		assertThat(first).hasSize(3);
		assertThat(again).startsWith(first.toArray(SourceRow[]::new));
		assertThat(this.workers.pids()).isEqualTo(before);
	}

	static List<SourceRow> rows(WorkbookOpener opener, Path file) throws Exception {
		List<SourceRow> all = new ArrayList<>();
		try (WorkbookSource source = opener.open(file)) {
			for (int i = 0; i < source.sheetNames().size(); i++) {
				try (Stream<SourceRow> rows = source.rows(i)) {
					rows.forEach(all::add);
				}
			}
		}
		return all;
	}

}
