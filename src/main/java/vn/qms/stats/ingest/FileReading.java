package vn.qms.stats.ingest;

import java.util.List;

/**
 * Everything read from one file: the submissions it holds and every problem found.
 */
record FileReading(String fileName, List<Submission> submissions, List<Problem> problems) {

	static FileReading rejected(String fileName, List<Problem> problems) {
		return new FileReading(fileName, List.of(), problems);
	}

	boolean hasErrors() {
		return this.problems.stream().anyMatch(Problem::isError);
	}

	int warningCount() {
		return (int) this.problems.stream().filter((problem) -> !problem.isError()).count();
	}

}
