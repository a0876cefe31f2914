package vn.qms.stats.ingest;

import java.util.List;

/**
 * Everything read from one file: the submissions it holds and every problem found; for a
 * file rejected before it made any submission, what it was found to be (form, unit,
 * period) if its title block told, else null.
 */
record FileReading(String fileName, List<Submission> submissions, List<Problem> problems, Identity rejectedAs) {

	/** The form, reporting unit and period codes a file's title block gave. */
	record Identity(String form, String reportingUnit, String period) {
	}

	FileReading(String fileName, List<Submission> submissions, List<Problem> problems) {
		this(fileName, submissions, problems, null);
	}

	static FileReading rejected(String fileName, List<Problem> problems) {
		return rejected(fileName, problems, null);
	}

	static FileReading rejected(String fileName, List<Problem> problems, Identity identity) {
		return new FileReading(fileName, List.of(), problems, identity);
	}

	boolean hasErrors() {
		return this.problems.stream().anyMatch(Problem::isError);
	}

	int warningCount() {
		return (int) this.problems.stream().filter((problem) -> !problem.isError()).count();
	}

}
