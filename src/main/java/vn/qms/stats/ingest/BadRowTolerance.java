package vn.qms.stats.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.qms.stats.ingest.form.FormDefinition;
import vn.qms.stats.ingest.sheet.ParsedRow;

/**
 * Skips the bad rows of a form that allows it (BM04), up to a maximum error rate: each
 * skipped row is listed as a warning, with its errors turned into warnings, and the count
 * skipped is stated; above the rate the errors stay and the file is rejected. Errors that
 * belong to no data row (header, title block) always reject the file.
 */
final class BadRowTolerance {

	/** A data row of a sheet. */
	private record RowRef(String sheet, int row) {
	}

	private final BigDecimal maxErrorRate;

	BadRowTolerance(double maxErrorRate) {
		this.maxErrorRate = BigDecimal.valueOf(maxErrorRate);
	}

	FileReading apply(FileReading reading) {
		List<Problem> problems = new ArrayList<>(reading.problems());
		List<Submission> submissions = new ArrayList<>();
		for (Submission submission : reading.submissions()) {
			boolean tolerant = submission.form().badRows() == FormDefinition.BadRows.SKIP_UP_TO_RATE;
			submissions.add(tolerant ? skipBadRows(submission, problems, reading.fileName()) : submission);
		}
		return new FileReading(reading.fileName(), submissions, problems, reading.rejectedAs());
	}

	private Submission skipBadRows(Submission submission, List<Problem> problems, String file) {
		Set<RowRef> dataRows = new HashSet<>(dataRows(submission));
		Set<RowRef> bad = new HashSet<>();
		problems.stream()
			.filter((problem) -> problem.isError() && problem.row() != null)
			.map((problem) -> new RowRef(problem.sheet(), problem.row()))
			.filter(dataRows::contains)
			.forEach(bad::add);
		if (bad.isEmpty()) {
			return submission;
		}
		int total = dataRows.size();
		if (!tolerates(bad.size(), total)) {
			problems.add(0, summary(bad.size(), total, submission.form().code()).inFile(file));
			return submission;
		}
		problems.replaceAll((problem) -> isIn(problem, bad) ? warning(problem) : problem);
		dataRows(submission).stream()
			.filter(bad::contains)
			.forEach((ref) -> problems
				.add(Problem.warning("ingest.row.skipped").inFile(file).inSheet(ref.sheet()).atRow(ref.row())));
		problems.add(0, summary(bad.size(), total, submission.form().code()).inFile(file));
		return withoutRows(submission, bad);
	}

	/** Whether a file may lose this many bad rows of its total and still be stored. */
	boolean tolerates(long bad, long total) {
		return bad <= this.maxErrorRate.multiply(BigDecimal.valueOf(total)).longValue();
	}

	/**
	 * The first problem of a file with bad rows: how many were skipped, or the error that
	 * rejects it when there are too many.
	 */
	Problem summary(long bad, long total, String form) {
		long allowed = this.maxErrorRate.multiply(BigDecimal.valueOf(total)).longValue();
		String rate = this.maxErrorRate.movePointRight(2).stripTrailingZeros().toPlainString();
		Object[] counts = { bad, total, allowed, rate, form, rate.replace('.', ',') };
		return tolerates(bad, total) ? Problem.warning("ingest.rows.skipped", counts)
				: Problem.error("ingest.rows.too.many.bad", counts);
	}

	/** The data rows of a submission, in sheet and row order. */
	private static List<RowRef> dataRows(Submission submission) {
		return submission.sheets()
			.stream()
			.flatMap((sheet) -> sheet.rows().stream().map((row) -> new RowRef(sheet.sheet(), row.row())))
			.toList();
	}

	private static boolean isIn(Problem problem, Set<RowRef> rows) {
		return problem.isError() && problem.row() != null && rows.contains(new RowRef(problem.sheet(), problem.row()));
	}

	private static Problem warning(Problem problem) {
		return new RuleFinding(problem, null).asWarning().problem();
	}

	private static Submission withoutRows(Submission submission, Set<RowRef> bad) {
		List<Submission.SheetRows> sheets = submission.sheets().stream().map((sheet) -> {
			List<ParsedRow> kept = sheet.rows()
				.stream()
				.filter((row) -> !bad.contains(new RowRef(sheet.sheet(), row.row())))
				.toList();
			return new Submission.SheetRows(sheet.sheet(), kept);
		}).toList();
		return new Submission(submission.form(), submission.reportingUnit(), submission.period(), sheets);
	}

}
