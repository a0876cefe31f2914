package vn.qms.stats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code processed/}, {@code rejected/} and {@code held/} beside an input file, where it
 * is moved with its result files: only ever real folders. For a file in {@code held/}
 * (ingested again after a withdrawal) they are those beside {@code held/}. One that is a
 * symbolic link (which would send the file and its results anywhere the service can
 * write) or not a folder is refused, and nothing is written through it.
 */
final class OutcomeFolders {

	static final String PROCESSED = "processed";

	static final String REJECTED = "rejected";

	/** Files for an approved, locked key: not applied, kept to be applied later. */
	static final String HELD = "held";

	private OutcomeFolders() {
	}

	/**
	 * The first of the two folders beside the file that is a symbolic link, if any: the
	 * file is then refused before it is read. One that is not a folder is found when the
	 * file is moved, which fails, and is moved by a later run once the folder is fixed.
	 */
	static Optional<String> linked(Path file) {
		return List.of(PROCESSED, REJECTED, HELD)
			.stream()
			.filter((name) -> Files.isSymbolicLink(beside(file, name)))
			.findFirst();
	}

	/**
	 * The folder of that name beside the file, or beside {@code held/} for a file held
	 * there, so that a held file applied later lands in the input folder's
	 * {@code processed/} or {@code rejected/}.
	 */
	static Path beside(Path file, String name) {
		Path folder = file.getParent();
		if (folder != null && folder.getFileName() != null && HELD.equals(folder.getFileName().toString())
				&& folder.getParent() != null) {
			return folder.resolveSibling(name);
		}
		return file.resolveSibling(name);
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
