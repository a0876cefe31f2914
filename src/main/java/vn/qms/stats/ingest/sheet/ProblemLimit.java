package vn.qms.stats.ingest.sheet;

import java.util.List;
import java.util.Optional;

import vn.qms.stats.ingest.Problem;

/**
 * The most problems (errors and warnings) listed for one file, shared by its sheets and
 * its rules: at the first problem beyond it reading stops, so that a file of bad rows
 * never fills the heap with its verdict. One instance per file read.
 */
public final class ProblemLimit {

	/**
	 * The default of {@code qms.ingest.max-problems}: as many as the streaming BM04 path
	 * lists ({@code Bm04Swap.MAX_LISTED}).
	 */
	public static final int DEFAULT_MAX_PROBLEMS = 10_000;

	/** Message key of the error that takes the place of the first problem beyond it. */
	public static final String TOO_MANY_PROBLEMS = "ingest.file.too.many.problems";

	/**
	 * The same, once every row is read and the checks across a row's cells and a file's
	 * rows run: what it names is where those checks stopped, not where reading did.
	 */
	public static final String TOO_MANY_PROBLEMS_IN_CHECKS = "ingest.file.too.many.problems.checks";

	private final int max;

	private int listed;

	private Problem stop;

	private String stopKey = TOO_MANY_PROBLEMS;

	public ProblemLimit(int max) {
		if (max <= 0) {
			throw new IllegalArgumentException("The problem limit must be positive");
		}
		this.max = max;
	}

	/** No limit: for readers that list few problems (a sniffed title block). */
	static ProblemLimit none() {
		return new ProblemLimit(Integer.MAX_VALUE);
	}

	public int max() {
		return this.max;
	}

	/**
	 * Lists a problem of a sheet while the limit allows. The first one beyond it is
	 * replaced by the error {@link #TOO_MANY_PROBLEMS} at its sheet and row; later ones
	 * are dropped.
	 * @param rowReached the row to name when the problem has none (it is about a whole
	 * sheet or its title block)
	 * @return false once the limit is passed: reading must stop
	 */
	public boolean add(Problem problem, List<Problem> problems, int rowReached) {
		if (this.stop != null) {
			return false;
		}
		if (this.listed < this.max) {
			this.listed++;
			problems.add(problem);
			return true;
		}
		int row = (problem.row() != null) ? problem.row() : Math.max(rowReached, 1);
		this.stop = Problem.error(this.stopKey, problem.sheet(), row, this.max).inSheet(problem.sheet()).atRow(row);
		problems.add(this.stop);
		return false;
	}

	/**
	 * Every row is read: a problem beyond the limit now stops the checks that follow, and
	 * the error says so ({@link #TOO_MANY_PROBLEMS_IN_CHECKS}).
	 */
	public void readingDone() {
		this.stopKey = TOO_MANY_PROBLEMS_IN_CHECKS;
	}

	/** The error saying where reading stopped, once the limit is passed. */
	public Optional<Problem> stop() {
		return Optional.ofNullable(this.stop);
	}

	public boolean passed() {
		return this.stop != null;
	}

}
