package vn.qms.stats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * File names that are not text in the characters of file names here (bytes of another
 * encoding, from an old share or archive): such a file can be listed but not opened by
 * name, so it is renamed beside itself, each unreadable character as {@code _}, and read
 * under that name.
 */
public final class ReadableNames {

	private static final Log logger = LogFactory.getLog(ReadableNames.class);

	private ReadableNames() {
	}

	/**
	 * Whether the file's name, read as text, names it again: not when it holds bytes of
	 * another encoding, nor when the characters of file names here cannot write it.
	 */
	public static boolean isText(Path file) {
		try {
			return Path.of(file.toString()).equals(file);
		}
		catch (InvalidPathException ex) {
			return false;
		}
	}

	/**
	 * The file under a name that is text: itself, or renamed beside itself
	 * ({@code b_o-c_o.xlsx}, {@code 2-b_o-c_o.xlsx} when that is taken).
	 * @throws java.nio.file.NoSuchFileException when it is gone (renamed or moved by
	 * another meanwhile)
	 */
	public static Path of(Path file) throws IOException {
		if (isText(file)) {
			return file;
		}
		String name = file.getFileName().toString().replace('\uFFFD', '_').replace('?', '_');
		Path renamed = file.resolveSibling(name);
		for (int n = 2; Files.exists(renamed, LinkOption.NOFOLLOW_LINKS); n++) {
			renamed = file.resolveSibling(n + "-" + name);
		}
		Files.move(file, renamed);
		logger.warn("The name of " + renamed.getFileName() + " was not text in the characters of file names here ("
				+ System.getProperty("sun.jnu.encoding") + "): renamed so");
		return renamed;
	}

}
