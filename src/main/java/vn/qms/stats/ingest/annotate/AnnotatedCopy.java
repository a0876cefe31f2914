package vn.qms.stats.ingest.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.qms.stats.system.io.AtomicFiles;
import vn.qms.stats.system.io.FileNames;
import vn.qms.stats.system.text.OneLine;
import vn.qms.stats.ingest.Problem;
import vn.qms.stats.ingest.guard.FileGuard;
import vn.qms.stats.ingest.guard.Format;
import vn.qms.stats.ingest.guard.GuardVerdict;
import vn.qms.stats.ingest.guard.TimeLimit;
import vn.qms.stats.ingest.guard.TimedResult;
import vn.qms.stats.ingest.sheet.IsoDateCells;

/**
 * Writes {@code <name>.annotated.xlsx} ({@code .xls} for an Excel 97-2003 file) beside a
 * rejected workbook, {@code <name>} with its extension ({@code a.xlsm.annotated.xlsx}),
 * so that {@code a.xlsx} and {@code a.xlsm} do not share a copy: its cells with problems
 * filled red (error) or yellow (warning) and commented, problems without a cell on a
 * first sheet. The copy is inert ({@link InertCopy}): formulas are values, no macros, no
 * links out, no embedded objects or controls, no conditional format or validation that
 * computes. Only files the guard passes and below a size cap are opened with POI; never
 * throws.
 */
public final class AnnotatedCopy implements Annotator {

	/** Files above this are not annotated (POI holds the whole workbook in memory). */
	public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

	private static final Logger logger = LoggerFactory.getLogger(AnnotatedCopy.class);

	private static final Duration TIME_LIMIT = Duration.ofMinutes(2);

	private final long maxBytes;

	private final FileGuard guard = new FileGuard();

	private final TimeLimit timeLimit = new TimeLimit(TIME_LIMIT);

	public AnnotatedCopy(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	public AnnotatedCopy() {
		this(DEFAULT_MAX_BYTES);
	}

	/**
	 * Annotates a rejected workbook; a file that is no workbook gets no copy and no note.
	 */
	public Annotation write(Path workbook, List<Problem> problems) {
		try {
			String extension = extensionOf(workbook);
			if (!List.of("xlsx", "xlsm", "xls").contains(extension) || problems.isEmpty()) {
				return Annotation.none();
			}
			if (Files.size(workbook) > this.maxBytes) {
				return Annotation.skipped(Annotation.Skip.TOO_LARGE, this.maxBytes / (1024 * 1024));
			}
			GuardVerdict verdict = this.guard.check(workbook);
			if (!verdict.accepted() || !isWorkbook(verdict.format())) {
				return Annotation.skipped(Annotation.Skip.NOT_SAFE, verdict.bilingualMessage());
			}
			TimedResult<Path> result = this.timeLimit.run(verdict.format(),
					() -> annotate(workbook, verdict.format(), problems));
			if (!result.completed()) {
				// timed out, or the copy failed (a damaged workbook): the log says which
				throw new IOException(result.verdict().message(Locale.ENGLISH), result.cause());
			}
			return Annotation.written(result.value());
		}
		catch (Exception | OutOfMemoryError | StackOverflowError ex) {
			logger.warn("No annotated copy of {}: {}", OneLine.escape(workbook), OneLine.escape(ex));
			return Annotation.skipped(Annotation.Skip.FAILED, ex.getClass().getSimpleName());
		}
	}

	private static Path annotate(Path file, Format format, List<Problem> problems)
			throws IOException, InvalidFormatException {
		String suffix = ".annotated." + ((format == Format.XLS) ? "xls" : "xlsx");
		Path target = file.resolveSibling(FileNames.derived(file.getFileName().toString(), suffix));
		try {
			annotate(file, format, problems, target);
		}
		catch (IOException | RuntimeException ex) {
			if (format == Format.XLS || !IsoDateCells.refused(ex)) {
				throw ex;
			}
			// POI reads no ISO 8601 date cell (it meets them as the cells are read): the
			// workbook is annotated from a copy with those cells rewritten
			Path rewritten = IsoDateCells.copy(file);
			try {
				annotate(rewritten, format, problems, target);
			}
			finally {
				Files.deleteIfExists(rewritten);
			}
		}
		return target;
	}

	private static void annotate(Path source, Format format, List<Problem> problems, Path target)
			throws IOException, InvalidFormatException {
		try (InputStream in = Files.newInputStream(source); Workbook workbook = open(in, format)) {
			InertCopy.apply(workbook);
			List<Problem> withoutCell = new CellMarks(workbook).mark(problems);
			if (!withoutCell.isEmpty()) {
				ErrorSheet.addFirst(workbook, withoutCell);
			}
			writeAtomically(workbook, target);
		}
	}

	/**
	 * Opens the workbook; an {@code .xls} without the other streams of its file (its VBA
	 * project, embedded objects), which would otherwise be written back as they were.
	 */
	private static Workbook open(InputStream in, Format format) throws IOException {
		if (format != Format.XLS) {
			return WorkbookFactory.create(in);
		}
		try (POIFSFileSystem file = new POIFSFileSystem(in)) {
			return new HSSFWorkbook(file.getRoot(), false);
		}
	}

	private static void writeAtomically(Workbook workbook, Path target) throws IOException {
		AtomicFiles.write(target, workbook::write);
	}

	private static boolean isWorkbook(Format format) {
		return format == Format.XLSX || format == Format.XLSM || format == Format.XLS;
	}

	private static String extensionOf(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
