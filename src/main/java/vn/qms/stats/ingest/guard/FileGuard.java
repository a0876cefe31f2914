package vn.qms.stats.ingest.guard;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import vn.qms.stats.system.io.HardLinks;

/**
 * Looks at an untrusted file before any parser does: its real format from its magic
 * bytes, size limits, zip bombs, encryption, DOCTYPEs in XML parts and text encodings.
 * Never throws for bad input, inflates no part beyond 64 MB, never runs macros.
 */
public final class FileGuard {

	private static final long MB = 1024L * 1024L;

	private static final Set<String> WORKBOOK_EXTENSIONS = Set.of("xlsx", "xlsm", "xls");

	private final GuardLimits limits;

	private final ZipInspector zips;

	private final OleInspector oles = new OleInspector();

	private final CsvInspector csvs = new CsvInspector();

	public FileGuard(GuardLimits limits) {
		this.limits = limits;
		this.zips = new ZipInspector(limits);
	}

	public FileGuard() {
		this(GuardLimits.defaults());
	}

	public GuardLimits limits() {
		return this.limits;
	}

	/**
	 * The verdict on one file; a file that changes while it is checked is still being
	 * written and gets {@link Reasons#CHANGING}. A file with other names (hard links,
	 * {@link HardLinks}) before or after it is looked at gets
	 * {@link Reasons#HARD_LINKED}: the guard runs right before every parser, in the same
	 * worker, so a name added after the ingest's own check is still seen; and a file
	 * replaced by another under its name meanwhile (another file key) is changing.
	 */
	public GuardVerdict check(Path file) {
		try {
			Snapshot before = Snapshot.of(file);
			if (!before.regularFile()) {
				return GuardVerdict.reject(Format.UNKNOWN, Reasons.UNREADABLE);
			}
			if (before.otherNames()) {
				return GuardVerdict.reject(Format.UNKNOWN, Reasons.HARD_LINKED);
			}
			GuardVerdict verdict = inspect(file, before.size());
			Snapshot after = Snapshot.of(file);
			if (after.otherNames()) {
				return GuardVerdict.reject(Format.UNKNOWN, Reasons.HARD_LINKED);
			}
			if (!before.equals(after)) {
				return GuardVerdict.reject(verdict.format(), Reasons.CHANGING);
			}
			return verdict;
		}
		catch (NoSuchFileException | AccessDeniedException ex) {
			return GuardVerdict.reject(Format.UNKNOWN, Reasons.UNREADABLE);
		}
		catch (IOException | RuntimeException ex) {
			return GuardVerdict.reject(Format.UNKNOWN, Reasons.CORRUPT);
		}
	}

	private GuardVerdict inspect(Path file, long size) throws IOException {
		if (size == 0) {
			return GuardVerdict.reject(Format.UNKNOWN, Reasons.EMPTY);
		}
		Signature signature = Signature.of(file);
		String extension = extensionOf(file);
		Optional<GuardVerdict> tooLarge = tooLarge(signature, extension, size);
		if (tooLarge.isPresent()) {
			return tooLarge.get();
		}
		GuardVerdict verdict = switch (signature) {
			case ZIP -> this.zips.inspect(file, size);
			case OLE2 -> this.oles.inspect(file, size);
			case PDF -> GuardVerdict.reject(Format.UNKNOWN, Reasons.PDF);
			case OTHER -> "csv".equals(extension) ? this.csvs.inspect(file)
					: GuardVerdict.reject(Format.UNKNOWN, Reasons.NOT_SPREADSHEET);
		};
		return noteRenaming(verdict, extension);
	}

	/**
	 * A zip (xlsx) is read as a stream, so it has a limit of its own; an .xls or .csv
	 * above its limit is told that it may be larger as .xlsx.
	 */
	private Optional<GuardVerdict> tooLarge(Signature signature, String extension, long size) {
		long megabytes = divideRoundingUp(size, MB);
		long maxFileMb = this.limits.maxFileBytes() / MB;
		long maxXlsxMb = this.limits.maxXlsxFileBytes() / MB;
		if (signature == Signature.ZIP) {
			return (size <= this.limits.maxXlsxFileBytes()) ? Optional.empty()
					: Optional.of(GuardVerdict.reject(Format.UNKNOWN, Reasons.TOO_LARGE, megabytes, maxXlsxMb));
		}
		if (size <= this.limits.maxFileBytes()) {
			return Optional.empty();
		}
		boolean spreadsheet = signature == Signature.OLE2 || "csv".equals(extension);
		if (spreadsheet && this.limits.maxXlsxFileBytes() > this.limits.maxFileBytes()) {
			return Optional.of(GuardVerdict.reject(Format.UNKNOWN, Reasons.TOO_LARGE_SAVE_AS_XLSX, megabytes, maxFileMb,
					maxXlsxMb));
		}
		return Optional.of(GuardVerdict.reject(Format.UNKNOWN, Reasons.TOO_LARGE, megabytes, maxFileMb));
	}

	private static GuardVerdict noteRenaming(GuardVerdict verdict, String extension) {
		if (!verdict.accepted() || verdict.warning() || verdict.format() == Format.CSV) {
			return verdict;
		}
		boolean fits = switch (verdict.format()) {
			case XLSX -> "xlsx".equals(extension) || "xlsm".equals(extension);
			case XLS -> "xls".equals(extension);
			default -> WORKBOOK_EXTENSIONS.contains(extension);
		};
		return fits ? verdict
				: GuardVerdict.accept(verdict.format(), Reasons.RENAMED, extension, verdict.format().extension());
	}

	static String extensionOf(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static long divideRoundingUp(long value, long divisor) {
		return (value + divisor - 1) / divisor;
	}

	private record Snapshot(boolean regularFile, long size, FileTime modified, Object key, boolean otherNames) {

		static Snapshot of(Path file) throws IOException {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			return new Snapshot(attributes.isRegularFile(), attributes.size(), attributes.lastModifiedTime(),
					attributes.fileKey(), attributes.isRegularFile() && HardLinks.hasOtherNames(file));
		}

	}

}
