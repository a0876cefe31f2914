package vn.qms.stats.ingest.worker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

import vn.qms.stats.ingest.bulk.Bm04SheetParser;
import vn.qms.stats.ingest.guard.GuardLimits;
import vn.qms.stats.ingest.sheet.SourceRow;
import vn.qms.stats.ingest.sheet.WorkbookSource;
import vn.qms.stats.ingest.sheet.WorkbookSources;

/**
 * A new worker reads a small dossier log of its own ({@value #WORKBOOK}, 20 rows, made by
 * the product's generator) once, in the background, the way it reads a file it is sent:
 * guarded, opened, its first rows, then streamed as a BM04 sheet. The worker that
 * {@code ingest} starts ahead is idle for a second or two while the command's context
 * starts; the classes, static set-up and first interpretation of that path (about 0.6 s
 * of its first file's route on two cores, here) are then done by the time the first file
 * comes. A request that comes sooner is served at once; it waits only for a class the
 * warm-up is initialising. Nothing here may fail the worker.
 */
final class WarmUp {

	static final String WORKBOOK = "/ingest/worker/warm-up.xlsx";

	private WarmUp() {
	}

	static void startInBackground() {
		Thread thread = new Thread(WarmUp::run, "worker-warm-up");
		thread.setDaemon(true);
		thread.start();
	}

	/** Reads the workbook; whether it could. */
	static boolean run() {
		Path folder = null;
		try (InputStream in = WarmUp.class.getResourceAsStream(WORKBOOK)) {
			if (in == null) {
				return false;
			}
			folder = Files.createTempDirectory("qms-worker-warm-up");
			Path file = folder.resolve("warm-up.xlsx");
			Files.copy(in, file);
			try (WorkbookSource source = WorkbookSources.inProcess(GuardLimits.defaults()).open(file);
					Stream<SourceRow> rows = source.rows(0)) {
				rows.filter((row) -> !row.isEmpty()).count();
			}
			return new Bm04SheetParser().read(file, 0, 0, (rows, problems, size) -> {
			}) == null;
		}
		catch (Exception | StackOverflowError ex) {
			return false;
		}
		finally {
			if (folder != null) {
				try {
					FileSystemUtils.deleteRecursively(folder);
				}
				catch (IOException ex) {
					// a few kilobytes left in the temporary folder
				}
			}
		}
	}

}
