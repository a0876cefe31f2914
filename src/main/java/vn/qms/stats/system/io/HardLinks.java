package vn.qms.stats.system.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Whether a file has other names (hard links) on this machine. Someone who may write into
 * the input folder but not read a protected file that the service account may read can
 * make a second name of that file in the folder: read like any file, its cells would be
 * echoed into a result that person reads. A file with more than one name is therefore
 * never read as an input, as a symbolic link is not. Where the file system has no
 * {@code unix} attribute view (Windows), the count is not known and a file counts as
 * having one name, as before.
 */
public final class HardLinks {

	private static final String UNIX_VIEW = "unix";

	private HardLinks() {
	}

	/**
	 * Whether the regular file at this path (a symbolic link is not followed) has more
	 * than one name. Checked right before the file is read, since a name can be added at
	 * any time.
	 * @throws IOException if its attributes cannot be read (a file gone: the read that
	 * follows would fail too)
	 */
	public static boolean hasOtherNames(Path file) throws IOException {
		if (!file.getFileSystem().supportedFileAttributeViews().contains(UNIX_VIEW)) {
			return false;
		}
		Object count = Files.getAttribute(file, UNIX_VIEW + ":nlink", LinkOption.NOFOLLOW_LINKS);
		return count instanceof Integer links && links > 1;
	}

}
