package vn.qms.stats.web.submit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where uploads land: a fresh folder per request under {@code qms.http.staging} (default
 * {@code ./data/uploads}), named by time and a random part, never by anything the client
 * sent. The file keeps only the last segment of its name, with characters a file system
 * or a shell treats specially replaced; its own {@code processed/} and {@code rejected/}
 * are made beside it by the ingest.
 */
@Component
class Staging {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	/**
	 * The longest staged name, in UTF-8 bytes: a file system holds 255, and the ingest
	 * writes files named after it with a suffix ({@code .annotated.xlsx}), after a number
	 * when two files of one request share it.
	 */
	private static final int MAX_NAME_BYTES = 200;

	private final Path root;

	private final SecureRandom random = new SecureRandom();

	Staging(@Value("${qms.http.staging:./data/uploads}") Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/** A new, empty, owner-only folder for one request. */
	Path newFolder() throws IOException {
		Files.createDirectories(this.root);
		byte[] bytes = new byte[6];
		this.random.nextBytes(bytes);
		Path folder = this.root.resolve(STAMP.format(LocalDateTime.now()) + "-" + HexFormat.of().formatHex(bytes));
		Files.createDirectory(folder);
		return folder;
	}

	/**
	 * Copies an upload into the folder under a safe name (numbered when two files of one
	 * request share it); answers the staged file.
	 */
	Path stage(Path folder, String sentName, InputStream content) throws IOException {
		String name = safeName(sentName);
		Path file;
		try {
			file = folder.resolve(name);
		}
		catch (InvalidPathException ex) {
			// file names in a locale without these characters: the name without
			// diacritics
			name = ascii(name);
			file = folder.resolve(name);
		}
		for (int n = 2; Files.exists(file); n++) {
			file = folder.resolve(n + "-" + name);
		}
		Files.copy(content, file);
		return file;
	}

	/** The last segment of a name, without separators, controls or a leading dot. */
	static String safeName(String sent) {
		String name = (sent != null) ? sent : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder safe = new StringBuilder();
		name.codePoints().forEach((c) -> {
			boolean plain = Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == ' ' || c == '('
					|| c == ')';
			safe.appendCodePoint(plain ? c : '_');
		});
		String cleaned = safe.toString().strip().replaceAll("^[.\\s]+", "");
		if (cleaned.isEmpty()) {
			cleaned = "upload";
		}
		if (bytes(cleaned) > MAX_NAME_BYTES) {
			int dot = cleaned.lastIndexOf('.');
			String extension = (dot > 0 && cleaned.length() - dot <= 6) ? cleaned.substring(dot) : "";
			String stem = cleaned.substring(0, cleaned.length() - extension.length());
			int room = MAX_NAME_BYTES - bytes(extension);
			StringBuilder kept = new StringBuilder();
			stem.codePoints().forEachOrdered((c) -> {
				String next = new String(Character.toChars(c));
				if (bytes(kept.toString()) + bytes(next) <= room) {
					kept.append(next);
				}
			});
			cleaned = kept + extension;
		}
		return cleaned.toLowerCase(Locale.ROOT).endsWith(".part") ? cleaned + ".x" : cleaned;
	}

	/** The name in ASCII: diacritics dropped ({@code đ} as {@code d}), others as _. */
	static String ascii(String name) {
		String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		StringBuilder ascii = new StringBuilder();
		plain.chars().forEach((c) -> ascii.append((c < 128) ? (char) c : '_'));
		return ascii.toString();
	}

	private static int bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

}
