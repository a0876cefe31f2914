package vn.qms.stats.ingest.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * Files named in bytes of an old Windows code page, as an old share or archive gives
 * them: {@code báo-cáo.xlsx} in cp1258 ({@code 0xE1} is "á"), which is no UTF-8 and which
 * Java cannot open by its name.
 */
public final class ByteNamedFiles {

	private ByteNamedFiles() {
	}

	/** Skips the test where file names are not bytes read as UTF-8 (Linux only). */
	public static void assumeSupported() {
		Assumptions.assumeTrue(
				System.getProperty("os.name").startsWith("Linux")
						&& "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")),
				"file names of bytes: Linux");
	}

	/**
	 * Moves the file into the folder under that name, by the shell (Java cannot write
	 * it); answers the path Java lists for it.
	 */
	public static Path moveAsCp1258(Path file, Path folder) throws IOException, InterruptedException {
		List<Path> before = list(folder);
		Process rename = new ProcessBuilder("sh", "-c", "mv \"$1\" \"$(printf '%s/b\\341o-c\\341o.xlsx' \"$2\")\"",
				"sh", file.toString(), folder.toString())
			.start();
		if (rename.waitFor() != 0) {
			throw new IOException("Could not rename " + file);
		}
		return list(folder).stream().filter((listed) -> !before.contains(listed)).findFirst().orElseThrow();
	}

	private static List<Path> list(Path folder) throws IOException {
		try (Stream<Path> listed = Files.list(folder)) {
			return listed.toList();
		}
	}

}
