package vn.qms.stats.ingest.guard;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits a file must stay within before any parser sees it.
 *
 * @param maxFileBytes largest file accepted
 * @param maxZipEntries most entries in an xlsx archive
 * @param maxUncompressedBytes largest total of the declared unpacked sizes
 * @param maxCompressionRatio largest unpacked/packed ratio of one entry (at most 100,
 * POI's default)
 * @param timeLimit longest time for reading one file
 */
public record GuardLimits(long maxFileBytes, int maxZipEntries, long maxUncompressedBytes, double maxCompressionRatio,
		Duration timeLimit) {

	/** POI's default minimum inflate ratio is 0.01, so no looser than 100:1. */
	public static final double POI_MAX_COMPRESSION_RATIO = 100;

	/** POI's default largest entry (ZipSecureFile): 4 GB. */
	public static final long POI_MAX_ENTRY_BYTES = 0xFFFFFFFFL;

	private static final long MB = 1024L * 1024L;

	public GuardLimits {
		Objects.requireNonNull(timeLimit, "timeLimit");
		if (maxFileBytes <= 0 || maxZipEntries <= 0 || maxUncompressedBytes <= 0 || maxCompressionRatio <= 1) {
			throw new IllegalArgumentException("Guard limits must be positive (ratio above 1)");
		}
		if (maxCompressionRatio > POI_MAX_COMPRESSION_RATIO) {
			throw new IllegalArgumentException("Compression ratio may not be looser than POI's 100:1");
		}
		if (timeLimit.isNegative() || timeLimit.isZero()) {
			throw new IllegalArgumentException("Time limit must be positive");
		}
	}

	/**
	 * 200 MB per file, 10,000 entries, 2 GB unpacked, 100:1 per entry, 10 minutes.
	 */
	public static GuardLimits defaults() {
		return new GuardLimits(200 * MB, 10_000, 2048 * MB, POI_MAX_COMPRESSION_RATIO, Duration.ofMinutes(10));
	}

	public GuardLimits withMaxFileBytes(long bytes) {
		return new GuardLimits(bytes, this.maxZipEntries, this.maxUncompressedBytes, this.maxCompressionRatio,
				this.timeLimit);
	}

	public GuardLimits withTimeLimit(Duration limit) {
		return new GuardLimits(this.maxFileBytes, this.maxZipEntries, this.maxUncompressedBytes,
				this.maxCompressionRatio, limit);
	}

}
