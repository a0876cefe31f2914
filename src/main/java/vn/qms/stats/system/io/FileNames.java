package vn.qms.stats.system.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one way the names of files made from another file's name are built (result files,
 * annotated copies, a moved file with a time stamp, temporary files): they keep the whole
 * name of the file, extension included ({@code a.xlsm.result.json},
 * {@code a.xlsm.annotated.xlsx}), so two files never share them, and fit in
 * {@value #MAX_BYTES} bytes of UTF-8, the longest name any common file system takes. A
 * name that would be longer has its stem cut on a character boundary and followed by
 * {@code ~} and 8 hex digits of the SHA-256 of the whole stem, so it stays recognisable
 * and distinct from the names of other long files.
 */
public final class FileNames {

	/** Bytes per name on ext4, XFS, btrfs, NTFS (in UTF-16 units, fewer), APFS. */
	public static final int MAX_BYTES = 255;

	/** Longest extension kept apart from the stem. */
	private static final int MAX_EXTENSION = 10;

	private static final int HASH_DIGITS = 8;

	private FileNames() {
	}

	/**
	 * A code (a unit, a period) made usable as part of a file name on every system:
	 * {@code A/B} becomes {@code A-B}; anything but ASCII letters, digits, {@code .} and
	 * {@code -} becomes {@code -}.
	 */
	public static String portable(String code) {
		return code.strip().replaceAll("[^A-Za-z0-9.-]", "-");
	}

	/**
	 * The name of a file beside {@code name} (a file name, not a path) made by adding
	 * {@code suffix}: {@code "a.xlsx"}, {@code ".result.json"} gives
	 * {@code a.xlsx.result.json}.
	 */
	public static String derived(String name, String suffix) {
		String extension = extension(name);
		return fit(name.substring(0, name.length() - extension.length()), extension + suffix);
	}

	/**
	 * {@code stem + tail}, with {@code stem} shortened (and marked with its hash) when
	 * the whole would pass {@value #MAX_BYTES} bytes; {@code tail} is kept whole.
	 */
	public static String fit(String stem, String tail) {
		String kept = kept(stem, tail);
		return kept.equals(stem) ? stem + tail : kept + "~" + hash(stem) + tail;
	}

	/** What {@link #fit} keeps of {@code stem}: all of it, or its start. */
	public static String kept(String stem, String tail) {
		int room = MAX_BYTES - bytes(tail);
		return (bytes(stem) <= room) ? stem : cut(stem, room - 1 - HASH_DIGITS);
	}

	/**
	 * The extension of a name with its dot ({@code .xlsx}), or empty if it has none (a
	 * dot too far from the end is no extension).
	 */
	public static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return (dot > 0 && name.length() - dot <= MAX_EXTENSION + 1) ? name.substring(dot) : "";
	}

	/** The longest start of {@code text} that fits in {@code maxBytes} of UTF-8. */
	static String cut(String text, int maxBytes) {
		int used = 0;
		int end = 0;
		while (end < text.length()) {
			int codePoint = text.codePointAt(end);
			int size = bytes(new String(Character.toChars(codePoint)));
			if (used + size > maxBytes) {
				break;
			}
			used += size;
			end += Character.charCount(codePoint);
		}
		// a mark (NFD Vietnamese) is not parted from its letter
		while (end > 0 && end < text.length()
				&& Character.getType(text.codePointAt(end)) == Character.NON_SPACING_MARK) {
			end = text.offsetByCodePoints(end, -1);
		}
		return text.substring(0, end);
	}

	static int bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

	private static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest).substring(0, HASH_DIGITS);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
