package vn.qms.stats.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The output folder: a render killed half-way leaves a hidden temporary file
 * ({@code .<report file>…tmp}), never a half-written report; old ones are removed at
 * start.
 */
final class OutputFolder {

	private static final Log logger = LogFactory.getLog(OutputFolder.class);

	private OutputFolder() {
	}

	/** Removes temporary files older than {@code age} (younger ones may be in use). */
	static void removeStaleTemporaryFiles(Path folder, Duration age) throws IOException {
		if (!Files.isDirectory(folder)) {
			return;
		}
		Instant before = Instant.now().minus(age);
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(OutputFolder::isTemporary).toList()) {
				if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
					Files.deleteIfExists(file);
					logger.info("Removed " + file.getFileName() + ", left by an interrupted render");
				}
			}
		}
	}

	static boolean isTemporary(Path file) {
		String name = file.getFileName().toString();
		return name.startsWith(".") && name.endsWith(".tmp");
	}

}
