package vn.qms.stats.ingest.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * Second names of files (hard links), as someone who may write the input folder makes of
 * a file kept elsewhere: real links, made by the file system, where it makes them and
 * counts them (the {@code unix} attribute view); elsewhere the test is skipped.
 */
public final class HardLinkedFiles {

	private HardLinkedFiles() {
	}

	/** Makes {@code link} a second name of {@code existing}, or skips the test. */
	public static Path link(Path link, Path existing) {
		Assumptions.assumeTrue(existing.getFileSystem().supportedFileAttributeViews().contains("unix"),
				"hard links are counted only where the file system has the unix attribute view");
		try {
			return Files.createLink(link, existing);
		}
		catch (IOException | UnsupportedOperationException | SecurityException ex) {
			return Assumptions.abort("the file system refuses hard links here: " + ex);
		}
	}

}
