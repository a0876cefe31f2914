package vn.qms.stats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Optional;

/**
 * Waits for a file that is still being written or copied to stop changing, as
 * {@code serve} waits before it reads a file of the input folder: a file is stable once
 * its size and modification time have not changed for a while, by its modification time,
 * or, where that cannot be trusted (a clock ahead on a network share), by looking.
 */
final class StableFiles {

	/** How often a changing file is looked at again. */
	static final Duration LOOK_EVERY = Duration.ofMillis(200);

	private final Duration stableFor;

	StableFiles(Duration stableFor) {
		this.stableFor = stableFor;
	}

	/**
	 * Waits until the file is stable, or until the deadline ({@link System#nanoTime()});
	 * a file that is gone or cannot be read counts as stable (reading it says why).
	 * @return whether the file is stable
	 */
	boolean await(Path file, long deadline) {
		Optional<Look> seen = Look.of(file);
		long unchangedSince = System.nanoTime();
		while (seen.isPresent()) {
			long now = System.nanoTime();
			long modifiedAgo = System.currentTimeMillis() - seen.get().modified();
			if (modifiedAgo >= this.stableFor.toMillis() || now - unchangedSince >= this.stableFor.toNanos()) {
				return true;
			}
			if (now >= deadline) {
				return false;
			}
			try {
				Thread.sleep(Math.max(1, Math.min(LOOK_EVERY.toMillis(), (deadline - now) / 1_000_000)));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
			Optional<Look> again = Look.of(file);
			if (!again.equals(seen)) {
				seen = again;
				unchangedSince = System.nanoTime();
			}
		}
		return true;
	}

	/** The size and modification time of a file (milliseconds since the epoch). */
	private record Look(long size, long modified) {

		static Optional<Look> of(Path file) {
			try {
				BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
				return Optional.of(new Look(attributes.size(), attributes.lastModifiedTime().toMillis()));
			}
			catch (IOException ex) {
				return Optional.empty();
			}
		}

	}

}
