package vn.qms.stats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code processed/} and {@code rejected/} beside an input file, where it is moved with
 * its result files: only ever real folders. One that is a symbolic link (which would send
 * the file and its results anywhere the service can write) or not a folder is refused,
 * and nothing is written through it.
 */
final class OutcomeFolders {

	static final String PROCESSED = "processed";

	static final String REJECTED = "rejected";

	private OutcomeFolders() {
	}

	/**
	 * The first of the two folders beside the file that is a symbolic link, if any: the
	 * file is then refused before it is read. One that is not a folder is found when the
	 * file is moved, which fails, and is moved by a later run once the folder is fixed.
	 */
	static Optional<String> linked(Path file) {
		return List.of(PROCESSED, REJECTED)
			.stream()
			.filter((name) -> Files.isSymbolicLink(file.resolveSibling(name)))
			.findFirst();
	}

	/** The folder, created if it is missing; an error if it is a link or no folder. */
	static Path create(Path folder) throws IOException {
		if (!usable(folder)) {
			throw new IOException(folder + " is a symbolic link or not a folder: nothing is written through it");
		}
		return Files.createDirectories(folder);
	}

	private static boolean usable(Path folder) {
		return !Files.isSymbolicLink(folder) && (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)
				|| Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS));
	}

}
