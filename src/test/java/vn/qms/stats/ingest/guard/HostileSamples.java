package vn.qms.stats.ingest.guard;

import java.nio.file.Path;

/**
 * The hostile files of {@link HostileFiles} for tests of other packages (the readers that
 * must reject them with the guard's reason).
 */
public final class HostileSamples {

	private HostileSamples() {
	}

	public static Path encryptedXlsx(Path dir) throws Exception {
		return HostileFiles.encryptedXlsx(dir);
	}

	public static Path encryptedXls(Path dir) throws Exception {
		return HostileFiles.encryptedXls(dir);
	}

	/** One entry of 1 GB of zeros, a few MB on disk. */
	public static Path zipBomb(Path dir) throws Exception {
		return HostileFiles.zipBomb(dir, 1);
	}

	/** An xlsx of 114 KB whose sheet declares 1 MB and inflates to 112 MB. */
	public static Path lyingZipBomb(Path dir) throws Exception {
		return HostileFiles.lyingZipBomb(dir);
	}

	/** Random bytes named {@code rac.xlsx}. */
	public static Path junkNamedXlsx(Path dir) throws Exception {
		return HostileFiles.junk(dir);
	}

	/** A valid .xls named {@code bao-cao-cu.xlsx}. */
	public static Path xlsNamedXlsx(Path dir) throws Exception {
		return HostileFiles.xlsNamedXlsx(dir);
	}

	public static Path ods(Path dir) throws Exception {
		return HostileFiles.ods(dir);
	}

	public static Path truncatedXlsx(Path dir) throws Exception {
		return HostileFiles.truncatedXlsx(dir);
	}

	/** Vietnamese in Windows-1258: not UTF-8. */
	public static Path windows1258Csv(Path dir) throws Exception {
		return HostileFiles.windows1258Csv(dir);
	}

}
