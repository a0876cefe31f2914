package vn.qms.stats.system.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * The one way result files, annotated copies and reports are written: into a hidden
 * temporary file in the same folder ({@code .<name>…tmp}, which the input folder ignores
 * and {@code serve} cleans up), then moved over the target, so nobody ever sees a
 * half-written file. The file gets the permissions any new file of the process gets (its
 * umask), not a temporary file's owner-only ones: reports and result files are for the
 * people who share the folder.
 */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	/** What goes into the file. */
	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	public static void write(Path target, Content content) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		// as long a name as the target's may take: the temporary one is shortened to fit
		Path temporary = folder.resolve(FileNames.fit("." + target.getFileName(), "." + UUID.randomUUID() + ".tmp"));
		try {
			try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				content.writeTo(out);
			}
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

}
