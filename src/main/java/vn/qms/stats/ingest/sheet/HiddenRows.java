package vn.qms.stats.ingest.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.qms.stats.ingest.Problem;

/**
 * Rows a sheet hides among its data rows: read and counted like the others, with one
 * warning per sheet naming the first blocks ({@value #SHOWN}) and how many rows in all,
 * so that the sender unhides them and a reviewer sees what is counted. Hidden rows above
 * the data (the blank forms keep their drop-down lists in hidden rows of the title block)
 * or below it are not named: they add nothing.
 */
public final class HiddenRows {

	/** Hidden rows: {0} the first blocks, {1} how many rows in all. */
	public static final String KEY = "ingest.sheet.hidden.rows";

	static final int SHOWN = 5;

	private HiddenRows() {
	}

	/** One block of hidden rows as the workbook's source gives it, at its first row. */
	static Problem block(int first, int last) {
		return Problem.warning(KEY, span(first, last), last - first + 1).atRow(first);
	}

	/**
	 * The blocks of hidden rows of one sheet, made warnings ({@link #block}) as its rows
	 * are met in increasing order: rows side by side make one block, and at most
	 * {@value XlsxLayout#MAX_ROW_BLOCKS} blocks are kept (a scan may stop once
	 * {@link #full}). The same for an {@code .xlsx} ({@link XlsxLayout}) and an
	 * {@code .xls} ({@link XlsLayout}).
	 */
	static final class Blocks {

		private final List<Problem> blocks = new ArrayList<>();

		private int first;

		private int last = -1;

		/** Row {@code row} (1-based) is hidden. */
		void add(int row) {
			if (full()) {
				return;
			}
			if (this.last > 0 && row == this.last + 1) {
				this.last = row;
				return;
			}
			if (this.last > 0) {
				this.blocks.add(block(this.first, this.last));
			}
			this.first = row;
			this.last = row;
		}

		/** Whether no further block is kept: the rows after need not be looked at. */
		boolean full() {
			return this.blocks.size() >= XlsxLayout.MAX_ROW_BLOCKS;
		}

		/** The warning of each block, the one still open included if there is room. */
		List<Problem> warnings() {
			List<Problem> warnings = new ArrayList<>(this.blocks);
			if (this.last > 0 && !full()) {
				warnings.add(block(this.first, this.last));
			}
			return warnings;
		}

	}

	/**
	 * The problems with the blocks of hidden rows of each sheet ({@link #block}, as the
	 * source warned of them when opened) made one warning, of those among the sheet's
	 * data rows, where the first block stood; blocks of a sheet that holds no form, or
	 * outside its data, left out. Once: a merged warning is no block.
	 */
	public static List<Problem> merged(List<Problem> problems, List<ParsedSheet> sheets) {
		Map<String, int[]> data = new LinkedHashMap<>();
		for (ParsedSheet sheet : sheets) {
			if (!sheet.rows().isEmpty()) {
				String name = Problem.warning(KEY).inSheet(sheet.sheet()).sheet();
				data.putIfAbsent(name,
						new int[] { sheet.rows().get(0).row(), sheet.rows().get(sheet.rows().size() - 1).row() });
			}
		}
		Map<String, List<String>> shown = new LinkedHashMap<>();
		Map<String, Integer> firstRow = new LinkedHashMap<>();
		Map<String, Long> counts = new LinkedHashMap<>();
		Map<String, Integer> blocks = new LinkedHashMap<>();
		for (Problem problem : problems) {
			if (!isBlock(problem) || !data.containsKey(problem.sheet())) {
				continue;
			}
			int[] range = data.get(problem.sheet());
			int first = Math.max(problem.row(), range[0]);
			int last = Math.min(problem.row() + Integer.parseInt(problem.arguments().get(1)) - 1, range[1]);
			if (first > last) {
				continue;
			}
			String sheet = problem.sheet();
			firstRow.putIfAbsent(sheet, first);
			counts.merge(sheet, (long) (last - first + 1), Long::sum);
			int count = blocks.merge(sheet, 1, Integer::sum);
			if (count <= SHOWN) {
				shown.computeIfAbsent(sheet, (name) -> new ArrayList<>()).add(span(first, last));
			}
		}
		List<Problem> merged = new ArrayList<>(problems.size());
		for (Problem problem : problems) {
			if (!isBlock(problem)) {
				merged.add(problem);
			}
			else {
				String sheet = problem.sheet();
				Integer first = firstRow.remove(sheet);
				if (first != null) {
					String listed = String.join(", ", shown.get(sheet)) + ((blocks.get(sheet) > SHOWN) ? ", …" : "");
					merged.add(Problem.warning(KEY, listed, counts.get(sheet))
						.inFile(problem.file())
						.inSheet(sheet)
						.atRow(first));
				}
			}
		}
		return merged;
	}

	private static boolean isBlock(Problem problem) {
		return KEY.equals(problem.messageKey()) && problem.row() != null && problem.arguments().size() == 2;
	}

	private static String span(int first, int last) {
		return (last > first) ? first + "–" + last : String.valueOf(first);
	}

}
