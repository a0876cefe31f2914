package vn.qms.stats.system;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded H2 file database the owner's own. Its {@code AUTO_SERVER} (which
 * lets a second process, e.g. {@code figures} while {@code serve} runs, use the database)
 * listens on the loopback interface only, and the folder of the database and of its lock
 * file, which holds the key to that server, is readable by its owner only.
 */
public final class EmbeddedDatabase {

	/** H2's system property, read once when H2 first starts a server. */
	static final String BIND_ADDRESS = "h2.bindAddress";

	/** H2's setting: how long closing the database may spend compacting its file. */
	static final String MAX_COMPACT_TIME = "MAX_COMPACT_TIME";

	static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

	private EmbeddedDatabase() {
	}

	/**
	 * Binds H2's servers to 127.0.0.1 unless {@code -Dh2.bindAddress} says otherwise;
	 * effective only before H2 first reads it, so called as the application class loads.
	 */
	public static void bindToLoopback() {
		if (System.getProperty(BIND_ADDRESS) == null) {
			System.setProperty(BIND_ADDRESS, "127.0.0.1");
		}
	}

	/**
	 * Makes the folder of an H2 file database readable by its owner only, before H2 opens
	 * it: created so if absent; an existing one tightened if it holds nothing but this
	 * database's files, else a warning (it may be a folder the user shares).
	 */
	static void keepPrivate(String url) {
		Optional<Path> database = fileOf(url);
		if (database.isEmpty() || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			return;
		}
		Path folder = database.get().getParent();
		String name = database.get().getFileName().toString();
		try {
			if (Files.notExists(folder)) {
				Files.createDirectories(folder);
				Files.setPosixFilePermissions(folder, OWNER_ONLY);
			}
			else if (!Files.getPosixFilePermissions(folder).equals(OWNER_ONLY)) {
				tighten(folder, name);
			}
		}
		catch (IOException | UnsupportedOperationException | SecurityException ex) {
			logger().warn("Could not make {} readable by its owner only: {}", folder, ex.toString());
		}
	}

	private static void tighten(Path folder, String name) throws IOException {
		boolean own;
		try (Stream<Path> files = Files.list(folder)) {
			own = files.allMatch((file) -> file.getFileName().toString().startsWith(name + "."));
		}
		if (own) {
			Files.setPosixFilePermissions(folder, OWNER_ONLY);
			logger().info("The folder of the embedded database, {}, is now readable by its owner only", folder);
		}
		else {
			logger().warn("The folder of the embedded database, {}, holds other files and is readable by others: "
					+ "make it private (chmod 700) or move the database (see README, Configuration)", folder);
		}
	}

	/**
	 * The URL of an H2 file database that is not compacted when the last connection
	 * closes it: H2 otherwise spends up to {@code MAX_COMPACT_TIME} (200 ms) compacting
	 * its file at each close, most of a short command's close. A URL that sets it
	 * already, or of another database, is answered as it is. When another process holds
	 * the database ({@code AUTO_SERVER}), H2 ignores the setting: the holder closes it.
	 */
	static String withoutCompactionOnClose(String url) {
		if (fileOf(url).isEmpty() || url.toUpperCase(Locale.ROOT).contains(";" + MAX_COMPACT_TIME + "=")) {
			return url;
		}
		return url + ";" + MAX_COMPACT_TIME + "=0";
	}

	/**
	 * The database file (without H2's suffix) of a {@code jdbc:h2:file:} or
	 * {@code jdbc:h2:} URL with a path; empty for in-memory, remote and other databases.
	 */
	static Optional<Path> fileOf(String url) {
		if (url == null || !url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
			return Optional.empty();
		}
		String name = url.substring("jdbc:h2:".length());
		int settings = name.indexOf(';');
		name = (settings < 0) ? name : name.substring(0, settings);
		if (name.toLowerCase(Locale.ROOT).startsWith("file:")) {
			name = name.substring("file:".length());
		}
		else if (name.matches("(?i)(mem|tcp|ssl|zip|split|nio\\w*|async|retry):.*")) {
			return Optional.empty();
		}
		if (name.startsWith("~")) {
			name = System.getProperty("user.home") + name.substring(1);
		}
		Path file = Path.of(name).toAbsolutePath().normalize();
		return (file.getParent() != null) ? Optional.of(file) : Optional.empty();
	}

	/** Asked for when there is something to say: `--help` starts no logging. */
	private static Logger logger() {
		return LoggerFactory.getLogger(EmbeddedDatabase.class);
	}

}
