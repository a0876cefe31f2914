package vn.qms.stats.ingest.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import vn.qms.stats.ingest.fuzz.Findings;
import vn.qms.stats.ingest.fuzz.FuzzFile;
import vn.qms.stats.ingest.guard.FileGuard;
import vn.qms.stats.ingest.guard.Format;
import vn.qms.stats.ingest.guard.GuardVerdict;

/**
 * Fuzz targets of the three readers, one per format so that each has its own corpus: the
 * bytes are written to a file, judged by the real {@link FileGuard} (a file the guard
 * rejects never reaches a reader in the product either), opened by
 * {@link WorkbookSources#open(Path, GuardVerdict)} when the guard found the target's
 * format, and every sheet's rows are read to the end (at most {@value #MAX_ROWS}).
 * <p>
 * The contract, for any bytes: {@code open} returns or throws
 * {@link UnreadableFileException}; its sheet names and rows return or throw
 * {@link UnreadableSheetException} (into which the source translates whatever its parser
 * throws: the clear rejection the product reads) or an {@link IOException}. Anything else
 * (a NullPointerException, an index out of bounds, an OutOfMemoryError, more than
 * {@value #SECONDS} seconds) is a finding. An OutOfMemoryError inside fastexcel (a
 * shared-string index or a column far past what the file holds) stays a finding here,
 * in-process; the product reads files in parsing workers, where it rejects the file
 * ({@code ingest.worker.memory}). Without {@code JAZZER_FUZZ} each target replays its
 * seeds and committed crash files in {@code WorkbookSourcesFuzzTestsInputs/<method>/}.
 */
class WorkbookSourcesFuzzTests {

	static final int MAX_ROWS = 10_000;

	static final int SECONDS = 10;

	private static final FileGuard GUARD = new FileGuard();

	@FuzzTest
	@Timeout(value = SECONDS, unit = TimeUnit.SECONDS)
	void xlsx(byte[] input) throws IOException {
		read(FuzzFile.write("input.xlsx", input), Set.of(Format.XLSX, Format.XLSM));
	}

	@FuzzTest
	@Timeout(value = SECONDS, unit = TimeUnit.SECONDS)
	void xls(byte[] input) throws IOException {
		read(FuzzFile.write("input.xls", input), Set.of(Format.XLS));
	}

	@FuzzTest
	@Timeout(value = SECONDS, unit = TimeUnit.SECONDS)
	void csv(byte[] input) throws IOException {
		read(FuzzFile.write("input.csv", input), Set.of(Format.CSV));
	}

	@TestFactory
	@EnabledIfEnvironmentVariable(named = Findings.SWITCH, matches = "1")
	Stream<DynamicTest> findings() throws IOException {
		return Stream
			.of(Findings.replay("xlsx", this::xlsx), Findings.replay("xls", this::xls),
					Findings.replay("csv", this::csv))
			.flatMap((tests) -> tests);
	}

	private static void read(Path file, Set<Format> formats) {
		GuardVerdict verdict = GUARD.check(file);
		if (!formats.contains(verdict.format())) {
			// another target's format, or rejected before its format was known
			return;
		}
		try (WorkbookSource source = WorkbookSources.open(file, verdict)) {
			List<String> names = source.sheetNames();
			for (int i = 0; i < names.size(); i++) {
				readRows(source, i);
			}
		}
		catch (UnreadableFileException | UnreadableSheetException ex) {
			// the clear rejections of open, and of the sheets and their rows
		}
		catch (IOException ex) {
			// close, or rows: unreadable content
		}
	}

	private static void readRows(WorkbookSource source, int sheet) throws IOException {
		try (Stream<SourceRow> rows = source.rows(sheet)) {
			rows.limit(MAX_ROWS).forEach(SourceRow::firstText);
		}
	}

}
