package vn.qms.stats.ingest.guard;

import java.io.IOException;
import java.nio.file.Path;
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

/**
 * Fuzz target of {@link FileGuard#check(Path)}. The bytes are written to a file named
 * after their container ({@code .xlsx} for a zip, {@code .xls} for OLE2, {@code .csv}
 * otherwise, so that text reaches the CSV encoding check instead of being refused for its
 * name).
 * <p>
 * The contract, for any bytes: {@code check} returns a verdict and throws nothing (its
 * Javadoc: "never throws for bad input"); an accepted verdict names a format a reader
 * exists for; the verdict's message renders in both languages. Anything else (any
 * exception, an OutOfMemoryError, a StackOverflowError, more than {@value #SECONDS}
 * seconds) is a finding.
 */
class FileGuardFuzzTests {

	static final int SECONDS = 10;

	private static final Set<Format> READABLE = Set.of(Format.XLSX, Format.XLSM, Format.XLS, Format.CSV);

	private static final FileGuard GUARD = new FileGuard();

	@FuzzTest
	@Timeout(value = SECONDS, unit = TimeUnit.SECONDS)
	void check(byte[] input) throws IOException {
		Path file = FuzzFile.write("input." + extensionFor(input), input);
		GuardVerdict verdict = GUARD.check(file);
		if (verdict == null) {
			throw new IllegalStateException("No verdict");
		}
		if (verdict.accepted() && !READABLE.contains(verdict.format())) {
			throw new IllegalStateException("Accepted a format no reader reads: " + verdict);
		}
		verdict.bilingualMessage();
	}

	@TestFactory
	@EnabledIfEnvironmentVariable(named = Findings.SWITCH, matches = "1")
	Stream<DynamicTest> findings() throws IOException {
		return Findings.replay("guard", this::check);
	}

	private static String extensionFor(byte[] input) {
		return switch (Signature.of(input)) {
			case ZIP -> "xlsx";
			case OLE2 -> "xls";
			case PDF, OTHER -> "csv";
		};
	}

}
