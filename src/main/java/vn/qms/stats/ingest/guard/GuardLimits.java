package vn.qms.stats.ingest.guard;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits a file must stay within before any parser sees it. An {@code .xlsx} (a zip) may
 * be larger than other files: it is read as a stream, and a dossier log (BM04) of
 * millions of rows only fits in one.
 *
 * @param maxFileBytes largest {@code .xls}, {@code .csv} or other non-zip file accepted
 * @param maxXlsxFileBytes largest {@code .xlsx} / {@code .xlsm} (zip) accepted
 * @param maxZipEntries most entries in an xlsx archive
 * @param maxUncompressedBytes largest total of the declared unpacked sizes of an xlsx
 * @param maxCompressionRatio largest unpacked/packed ratio of one entry (at most 100,
 * POI's default)
 * @param timeLimit longest time for reading one file
 */
public record GuardLimits(long maxFileBytes, long maxXlsxFileBytes, int maxZipEntries, long maxUncompressedBytes,
		double maxCompressionRatio, Duration timeLimit) {

	/** POI's default minimum inflate ratio is 0.01, so no looser than 100:1. */
	public static final double POI_MAX_COMPRESSION_RATIO = 100;

	/** POI's default largest entry (ZipSecureFile): 4 GB. */
	public static final long POI_MAX_ENTRY_BYTES = 0xFFFFFFFFL;

	/** The default of {@link #maxFileBytes()} in MB. */
	public static final long DEFAULT_MAX_FILE_MB = 200;

	/** The default of {@link #maxXlsxFileBytes()} in MB. */
	public static final long DEFAULT_MAX_XLSX_FILE_MB = 1024;

	/** The default of {@link #maxUncompressedBytes()} in MB. */
	public static final long DEFAULT_MAX_XLSX_UNPACKED_MB = 8192;

	static final long MB = 1024L * 1024L;

	public GuardLimits {
		Objects.requireNonNull(timeLimit, "timeLimit");
		if (maxFileBytes <= 0 || maxXlsxFileBytes <= 0 || maxZipEntries <= 0 || maxUncompressedBytes <= 0
				|| maxCompressionRatio <= 1) {
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
	 * 200 MB per file, 1 GB per xlsx, 10,000 entries, 8 GB unpacked, 100:1 per entry, 10
	 * minutes.
	 */
	public static GuardLimits defaults() {
		return ofMegabytes(DEFAULT_MAX_FILE_MB, DEFAULT_MAX_XLSX_FILE_MB, DEFAULT_MAX_XLSX_UNPACKED_MB);
	}

	/**
	 * The defaults with the three sizes a user may set ({@code qms.guard.*}), in MB.
	 */
	public static GuardLimits ofMegabytes(long maxFileMb, long maxXlsxFileMb, long maxXlsxUnpackedMb) {
		return new GuardLimits(Math.multiplyExact(maxFileMb, MB), Math.multiplyExact(maxXlsxFileMb, MB), 10_000,
				Math.multiplyExact(maxXlsxUnpackedMb, MB), POI_MAX_COMPRESSION_RATIO, Duration.ofMinutes(10));
	}

	public GuardLimits withMaxFileBytes(long bytes) {
		return new GuardLimits(bytes, this.maxXlsxFileBytes, this.maxZipEntries, this.maxUncompressedBytes,
				this.maxCompressionRatio, this.timeLimit);
	}

	public GuardLimits withMaxXlsxFileBytes(long bytes) {
		return new GuardLimits(this.maxFileBytes, bytes, this.maxZipEntries, this.maxUncompressedBytes,
				this.maxCompressionRatio, this.timeLimit);
	}

	public GuardLimits withMaxUncompressedBytes(long bytes) {
		return new GuardLimits(this.maxFileBytes, this.maxXlsxFileBytes, this.maxZipEntries, bytes,
				this.maxCompressionRatio, this.timeLimit);
	}

	public GuardLimits withTimeLimit(Duration limit) {
		return new GuardLimits(this.maxFileBytes, this.maxXlsxFileBytes, this.maxZipEntries, this.maxUncompressedBytes,
				this.maxCompressionRatio, limit);
	}

}
