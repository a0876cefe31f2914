package vn.qms.stats.ingest.sheet;

import java.nio.file.Path;

/**
 * Judges a file with the guard and opens it as a {@link WorkbookSource}: in a parsing
 * worker (the product's way: no untrusted file is parsed in the main process) or in this
 * process ({@link WorkbookSources#inProcess}, inside a worker and in unit tests).
 */
@FunctionalInterface
public interface WorkbookOpener {

	/**
	 * @throws UnreadableFileException when the guard refuses the file or it cannot be
	 * opened, with the reason the user reads
	 */
	WorkbookSource open(Path file) throws UnreadableFileException;

}
