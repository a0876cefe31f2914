package vn.qms.stats.ingest.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import vn.qms.stats.ingest.Problem;
import vn.qms.stats.ingest.guard.FileGuard;
import vn.qms.stats.ingest.guard.GuardLimits;
import vn.qms.stats.ingest.guard.GuardVerdict;
import vn.qms.stats.ingest.guard.SafeParsing;

/**
 * Opens a file as a {@link WorkbookSource} by the format {@link FileGuard} found in its
 * bytes (never by its name), or says in a message key why it cannot. Guard reasons
 * {@code guard.x} become ingest keys {@code ingest.guard.x} with the same text.
 */
public final class WorkbookSources {

	static {
		// before any parser sees a file, whoever opens it first
		SafeParsing.apply();
	}

	private static final String GUARD_KEY_PREFIX = "ingest.";

	private WorkbookSources() {
	}

	/** Checks the file with a default guard, then opens it. */
	public static WorkbookSource open(Path file) throws UnreadableFileException {
		return open(file, new FileGuard().check(file));
	}

	/**
	 * Opens a file the guard has judged; a guard warning (renamed file, macros) is kept
	 * in {@link WorkbookSource#warnings()}.
	 */
	public static WorkbookSource open(Path file, GuardVerdict verdict) throws UnreadableFileException {
		if (!verdict.accepted()) {
			Problem problem = problemOf(verdict);
			throw new UnreadableFileException(problem.messageKey(), problem.arguments(), null);
		}
		WorkbookSource source = switch (verdict.format()) {
			case XLSX, XLSM -> opened(file, XlsxWorkbookSource::new);
			case XLS -> opened(file, XlsWorkbookSource::new);
			case CSV -> opened(file, CsvWorkbookSource::new);
			default -> throw new UnreadableFileException("ingest.guard.not-spreadsheet", List.of(), null);
		};
		return new CheckedWorkbookSource(source, verdict.format(),
				verdict.warning() ? List.of(problemOf(verdict)) : List.of(), ReadingBounds.defaults());
	}

	/**
	 * Opens files in this process, after a guard with these limits: only for a parsing
	 * worker and tests, never for an untrusted file in the main process.
	 */
	public static WorkbookOpener inProcess(GuardLimits limits) {
		FileGuard guard = new FileGuard(limits);
		return (file) -> open(file, guard.check(file));
	}

	/**
	 * The verdict as a problem: an error for a rejection, a warning for an accepted file
	 * with a remark.
	 */
	public static Problem problemOf(GuardVerdict verdict) {
		String key = GUARD_KEY_PREFIX + verdict.reasonKey();
		Object[] arguments = verdict.args().toArray();
		return verdict.accepted() ? Problem.warning(key, arguments) : Problem.error(key, arguments);
	}

	private static WorkbookSource opened(Path file, Opener opener) throws UnreadableFileException {
		try {
			return opener.open(file);
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableFileException("ingest.file.corrupt", String.valueOf(ex.getMessage()), ex);
		}
	}

	@FunctionalInterface
	private interface Opener {

		WorkbookSource open(Path file) throws IOException;

	}

}
