package vn.qms.stats.ingest.fuzz;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Replays the recorded findings of a fuzz target that the readers do not handle yet: the
 * files of {@code src/test/resources/vn/qms/stats/ingest/fuzz/findings/<target>/}, one
 * dynamic test each, through the target's own harness (its contract). They are not part
 * of the regression run while they fail; a fuzz test class switches its replay on with
 * the environment variable {@value #SWITCH}{@code =1} (see docs/fuzzing.md). Run it with
 * the fuzzing heap ({@code -DargLine=-Xmx512m}) so that a memory finding fails as it does
 * when fuzzing.
 */
public final class Findings {

	/** The environment variable that switches the replay of findings on. */
	public static final String SWITCH = "FUZZ_FINDINGS";

	/** Longer than a fuzz target's own limit: only a real hang fails here. */
	private static final Duration TIME_LIMIT = Duration.ofSeconds(30);

	private static final String FOLDER = "vn/qms/stats/ingest/fuzz/findings/";

	/** What a findings folder holds besides inputs: notes, and tokens for .ci/fuzz. */
	private static final Set<String> NOT_INPUTS = Set.of("README.md", "dedup-tokens");

	private Findings() {
	}

	/** One test per finding of {@code target}, each running {@code harness}. */
	public static Stream<DynamicTest> replay(String target, Harness harness) throws IOException {
		return files(target).stream()
			.map((file) -> DynamicTest.dynamicTest(target + "/" + file.getFileName(),
					() -> assertTimeoutPreemptively(TIME_LIMIT, () -> replay(harness, file))));
	}

	/**
	 * JUnit ends the whole run at an OutOfMemoryError; as a failure it ends this test
	 * only.
	 */
	private static void replay(Harness harness, Path file) throws Exception {
		byte[] input = Files.readAllBytes(file);
		try {
			harness.accept(input);
		}
		catch (OutOfMemoryError ex) {
			throw new AssertionFailedError(file.getFileName() + ": " + ex, ex);
		}
	}

	/** The findings of {@code target} in name order; none when it has no folder. */
	public static List<Path> files(String target) throws IOException {
		URL folder = Findings.class.getClassLoader().getResource(FOLDER + target);
		if (folder == null) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
			return files.filter(Files::isRegularFile)
				.filter((file) -> !NOT_INPUTS.contains(file.getFileName().toString()))
				.sorted()
				.toList();
		}
		catch (URISyntaxException ex) {
			throw new IOException(ex);
		}
	}

	/** A fuzz target's harness: returns, or throws what its contract forbids. */
	@FunctionalInterface
	public interface Harness {

		void accept(byte[] input) throws Exception;

	}

}
