package vn.qms.stats.ingest.bulk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import vn.qms.stats.ingest.sheet.ParserWords;

/**
 * Reads a BM04 sheet into checked blocks: in a parsing worker (the product's way, so that
 * no untrusted file is parsed in the main process) or in this process
 * ({@link Bm04SheetParser}, inside the worker).
 */
public interface Bm04Reading {

	/**
	 * Hands out the blocks of the sheet's data rows after the first {@code skip}.
	 * @return where the sheet turned out to be damaged (its rows before were handed out),
	 * or null when it was read to its end
	 * @throws IOException when the file could not be read for a reason other than its
	 * content (a failing disk, a reader that died): a failure to restart
	 */
	Bm04Damage read(Path file, int sheet, long skip, BlockSink sink) throws IOException, InterruptedException;

	/** Takes the blocks. */
	@FunctionalInterface
	interface BlockSink {

		void block(List<Bm04Row> rows, List<RowProblem> problems, int size) throws IOException, InterruptedException;

	}

	/**
	 * The message a sheet that breaks off midway (malformed XML, cut data) is rejected
	 * with.
	 */
	String DAMAGED = ParserWords.DAMAGED;

	/** The message of a file whose reader ran out of memory. */
	String OUT_OF_MEMORY = "ingest.worker.memory";

	/** The message of a file whose reader ran out of time. */
	String TIMEOUT = "ingest.guard.timeout";

	/**
	 * The warning of a row below the end of the data that looks like data: not read, its
	 * row the first such row, its argument the row that ended the data. Handed out in a
	 * block of no rows; a warning of the sheet, never a bad row.
	 */
	String NOT_READ = "ingest.rows.not.read";

	/**
	 * The messages that end a sheet and reject the whole file, whatever was read before.
	 */
	List<String> BREAK_OFFS = List.of(DAMAGED, OUT_OF_MEMORY, TIMEOUT);

	/**
	 * Where and why a sheet cannot be read further.
	 *
	 * @param row the row (as Excel numbers it) where reading broke off
	 * @param messageKey one of {@link #BREAK_OFFS}
	 * @param arguments its arguments
	 */
	record Bm04Damage(int row, String messageKey, List<String> arguments) {

		public Bm04Damage {
			arguments = List.copyOf(arguments);
		}

		/**
		 * Damaged content, with the reader's own words: logged, not shown to the sender
		 * ({@link ParserWords}).
		 */
		public static Bm04Damage damaged(int row, String detail) {
			return new Bm04Damage(row, DAMAGED, List.of(String.valueOf(row), String.valueOf(detail)));
		}

	}

}
