package vn.qms.stats.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The reference CSV files, read once: from the folder of {@code qms.reference}, else from
 * the working directory's {@code config/reference/}, else from the jar.
 */
@Component
class ReferenceSource {

	static final String UNITS = "units.csv";

	static final String SUCCESSION = "succession.csv";

	private static final Path WORKING_FOLDER = Path.of("config", "reference");

	private final String origin;

	private final byte[] units;

	private final byte[] succession;

	@Autowired
	ReferenceSource(@Value("${qms.reference:}") String folder) {
		this(locate(folder));
	}

	ReferenceSource(Resource folder) {
		this.origin = describe(folder);
		this.units = read(folder, UNITS);
		this.succession = read(folder, SUCCESSION);
	}

	static ReferenceSource of(Path folder) {
		return new ReferenceSource(folder(folder));
	}

	static ReferenceSource classpath() {
		return new ReferenceSource(new ClassPathResource("reference/"));
	}

	/** Where the files came from, for log lines and messages. */
	String origin() {
		return this.origin;
	}

	byte[] units() {
		return this.units.clone();
	}

	byte[] succession() {
		return this.succession.clone();
	}

	/**
	 * SHA-256 of both files, hex: the identity of this reference set in {@code ref_load}.
	 */
	String checksum() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(this.units);
			digest.update((byte) 0);
			digest.update(this.succession);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java runtime", ex);
		}
	}

	private static Resource locate(String configured) {
		if (StringUtils.hasText(configured)) {
			return folder(Path.of(configured.trim()));
		}
		if (Files.isRegularFile(WORKING_FOLDER.resolve(UNITS))) {
			return folder(WORKING_FOLDER);
		}
		return new ClassPathResource("reference/");
	}

	private static Resource folder(Path folder) {
		// the trailing separator makes createRelative resolve inside the folder
		return new FileSystemResource(folder.toAbsolutePath() + "/");
	}

	private static String describe(Resource folder) {
		return (folder instanceof ClassPathResource classpath) ? "classpath:" + classpath.getPath()
				: folder.getDescription();
	}

	private static byte[] read(Resource folder, String name) {
		try {
			Resource file = folder.createRelative(name);
			if (!file.exists()) {
				throw new IllegalStateException("Reference file " + name + " is missing in " + describe(folder));
			}
			return file.getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read reference file " + name + " in " + describe(folder), ex);
		}
	}

}
