package vn.qms.stats.ingest.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One scratch folder per JVM where a fuzz input is written for the APIs that take a
 * {@link Path}; each input overwrites the last one of the same name, so a long run leaves
 * nothing behind but the folder.
 */
public final class FuzzFile {

	private static final Path FOLDER = createFolder();

	private FuzzFile() {
	}

	/** {@code bytes} as the file {@code name} of the scratch folder. */
	public static Path write(String name, byte[] bytes) throws IOException {
		Path file = Files.write(FOLDER.resolve(name), bytes);
		// registered after the folder, so deleted before it (a folder must be empty)
		file.toFile().deleteOnExit();
		return file;
	}

	private static Path createFolder() {
		try {
			Path folder = Files.createTempDirectory("qms-fuzz-");
			folder.toFile().deleteOnExit();
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
