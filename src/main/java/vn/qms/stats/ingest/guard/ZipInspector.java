package vn.qms.stats.ingest.guard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Judges a zip (xlsx, xlsm, ods...) from its central directory: entry count, declared
 * sizes and ratios, names, the parts an xlsx must have; then {@link PartScan} checks the
 * declared sizes against the inflated bytes and the prolog of every part that looks like
 * XML.
 */
final class ZipInspector {

	static final String ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

	/** Where the namespaces of Strict Open XML (ISO/IEC 29500 strict) begin. */
	static final String STRICT_NAMESPACES = "http://purl.oclc.org/ooxml/";

	/** The declaration of Strict's spreadsheet namespace, not the text anywhere. */
	private static final Pattern STRICT_WORKBOOK = Pattern
		.compile("xmlns(:[\\w.-]+)?\\s*=\\s*[\"']" + Pattern.quote(STRICT_NAMESPACES + "spreadsheetml/main") + "[\"']");

	private static final long MB = 1024L * 1024L;

	/**
	 * As POI's ZipSecureFile: small entries may compress well, only larger ones are
	 * judged.
	 */
	private static final long GRACE_ENTRY_BYTES = 100 * 1024;

	private final GuardLimits limits;

	private final PartScan parts = new PartScan();

	ZipInspector(GuardLimits limits) {
		this.limits = limits;
	}

	GuardVerdict inspect(Path file, long size) throws IOException {
		Optional<CentralDirectoryEnd> end = CentralDirectoryEnd.find(file, size);
		if (end.isEmpty()) {
			return GuardVerdict.reject(Format.UNKNOWN, Reasons.TRUNCATED);
		}
		if (end.get().entries() > this.limits.maxZipEntries()) {
			return tooManyEntries(end.get().entries());
		}
		try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
			return inspect(zip);
		}
		catch (ZipException ex) {
			return GuardVerdict.reject(Format.UNKNOWN, Reasons.CORRUPT);
		}
	}

	private GuardVerdict inspect(ZipFile zip) throws IOException {
		if (zip.size() > this.limits.maxZipEntries()) {
			return tooManyEntries(zip.size());
		}
		Set<String> names = new HashSet<>();
		long total = 0;
		for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
			ZipEntry entry = entries.nextElement();
			Optional<GuardVerdict> problem = entryProblem(entry, names);
			if (problem.isPresent()) {
				return problem.get();
			}
			total += entry.getSize();
			if (total > this.limits.maxUncompressedBytes()) {
				return GuardVerdict.reject(Format.UNKNOWN, Reasons.ZIP_TOO_LARGE, megabytes(total),
						this.limits.maxUncompressedBytes() / MB);
			}
		}
		return contentVerdict(zip, names);
	}

	private Optional<GuardVerdict> entryProblem(ZipEntry entry, Set<String> names) {
		String name = entry.getName();
		if (!names.add(name.toLowerCase(Locale.ROOT))) {
			return Optional.of(GuardVerdict.reject(Format.UNKNOWN, Reasons.ZIP_DUPLICATE, name));
		}
		if (isUnsafeName(name)) {
			return Optional.of(GuardVerdict.reject(Format.UNKNOWN, Reasons.ZIP_BAD_NAME, name));
		}
		long unpacked = entry.getSize();
		long packed = entry.getCompressedSize();
		if (unpacked < 0 || packed < 0) {
			return Optional.of(GuardVerdict.reject(Format.UNKNOWN, Reasons.CORRUPT));
		}
		if (unpacked > GuardLimits.POI_MAX_ENTRY_BYTES) {
			// one part (a sheet) beyond what POI and the zip format allow, whatever the
			// total
			return Optional.of(GuardVerdict.reject(Format.UNKNOWN, Reasons.ZIP_TOO_LARGE, megabytes(unpacked),
					GuardLimits.POI_MAX_ENTRY_BYTES / MB));
		}
		long ratio = unpacked / Math.max(packed, 1);
		if (unpacked > GRACE_ENTRY_BYTES && ratio > this.limits.maxCompressionRatio()) {
			return Optional.of(GuardVerdict.reject(Format.UNKNOWN, Reasons.ZIP_RATIO, name, ratio,
					(long) this.limits.maxCompressionRatio()));
		}
		return Optional.empty();
	}

	static boolean isUnsafeName(String name) {
		String slashed = name.replace('\\', '/');
		return slashed.isEmpty() || slashed.startsWith("/") || slashed.matches("^[A-Za-z]:.*")
				|| ("/" + slashed + "/").contains("/../") || slashed.indexOf('\0') >= 0;
	}

	private GuardVerdict contentVerdict(ZipFile zip, Set<String> names) throws IOException {
		if (names.contains("mimetype")) {
			boolean ods = ODS_MIMETYPE.equals(readSmall(zip, zip.getEntry("mimetype")));
			return GuardVerdict.reject(ods ? Format.ODS : Format.UNKNOWN, ods ? Reasons.ODS : Reasons.NOT_SPREADSHEET);
		}
		if (!names.contains("[content_types].xml") || !names.contains("xl/workbook.xml")) {
			return GuardVerdict.reject(Format.UNKNOWN, Reasons.NOT_SPREADSHEET);
		}
		Optional<GuardVerdict> problem = this.parts.problem(zip);
		if (problem.isPresent()) {
			return problem.get();
		}
		if (isStrict(zip)) {
			return GuardVerdict.reject(Format.UNKNOWN, Reasons.STRICT_OOXML);
		}
		if (names.contains("xl/vbaproject.bin")) {
			return GuardVerdict.accept(Format.XLSM, Reasons.MACROS);
		}
		return GuardVerdict.accept(Format.XLSX, Reasons.OK);
	}

	/**
	 * A workbook saved as "Strict Open XML Spreadsheet": its parts use the ISO namespaces
	 * ({@value #STRICT_NAMESPACES}...), which neither reader supports. Told apart by the
	 * opening of its workbook part, where the namespaces are declared.
	 */
	private static boolean isStrict(ZipFile zip) throws IOException {
		ZipEntry workbook = zip.getEntry("xl/workbook.xml");
		if (workbook == null) {
			return false;
		}
		try (InputStream in = zip.getInputStream(workbook)) {
			String opening = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
			return STRICT_WORKBOOK.matcher(opening).find();
		}
	}

	private static String readSmall(ZipFile zip, ZipEntry entry) throws IOException {
		try (InputStream in = zip.getInputStream(entry)) {
			return new String(in.readNBytes(200), StandardCharsets.US_ASCII).trim();
		}
	}

	private static long megabytes(long bytes) {
		return (bytes + MB - 1) / MB;
	}

	private GuardVerdict tooManyEntries(int entries) {
		return GuardVerdict.reject(Format.UNKNOWN, Reasons.ZIP_TOO_MANY_ENTRIES, entries, this.limits.maxZipEntries());
	}

}
