package vn.qms.stats.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The problems listed for the file submissions were accepted from
 * ({@code submission_problem}): kept with them in the transaction that stores them, read
 * back when the very same file comes again. Messages are rendered again from key and
 * arguments.
 */
class SubmissionProblems {

	/** Rows sent to the database in one JDBC batch. */
	static final int BATCH_SIZE = 1000;

	private static final String SEPARATOR = "\u001f";

	private final JdbcTemplate jdbc;

	SubmissionProblems(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps the problems of a file, numbered in their order: each with the submission of
	 * its sheet, else (a problem of the file, or of a sheet with no form) with the first.
	 */
	void store(long first, Map<String, Long> bySheet, List<Problem> problems) {
		List<Object[]> rows = new ArrayList<>(problems.size());
		for (int i = 0; i < problems.size(); i++) {
			Problem problem = problems.get(i);
			long submission = (problem.sheet() != null) ? bySheet.getOrDefault(problem.sheet(), first) : first;
			rows.add(new Object[] { submission, i + 1, problem.severity().name(), clip(problem.sheet(), 200),
					problem.row(), clip(problem.column(), 8), clip(problem.header(), 500), clip(problem.value(), 500),
					problem.messageKey(), arguments(problem.arguments()) });
		}
		for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
			this.jdbc.batchUpdate("""
					insert into submission_problem (submission_id, problem_no, severity, sheet, row_no, column_letter,
						header, cell_value, message_key, arguments)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
					rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE)));
		}
	}

	/** The problems kept with these submissions (one file's), in their order. */
	List<Problem> of(List<Long> submissions, String fileName) {
		if (submissions.isEmpty()) {
			return List.of();
		}
		String in = String.join(", ", Collections.nCopies(submissions.size(), "?"));
		return this.jdbc.query("""
				select severity, sheet, row_no, column_letter, header, cell_value, message_key, arguments
				from submission_problem where submission_id in (%s)
				order by problem_no, submission_id""".formatted(in),
				(rs, i) -> new Problem(Problem.Severity.valueOf(rs.getString(1)), fileName, rs.getString(2),
						(Integer) rs.getObject(3, Integer.class), rs.getString(4), rs.getString(5), rs.getString(6),
						rs.getString(7), arguments(rs.getString(8))),
				submissions.toArray());
	}

	private static String arguments(List<String> arguments) {
		return arguments.isEmpty() ? null : clip(String.join(SEPARATOR, arguments), 4000);
	}

	private static List<String> arguments(String joined) {
		return (joined == null) ? List.of() : Arrays.asList(joined.split(SEPARATOR, -1));
	}

	private static String clip(String text, int length) {
		return (text != null && text.length() > length) ? text.substring(0, length) : text;
	}

}
