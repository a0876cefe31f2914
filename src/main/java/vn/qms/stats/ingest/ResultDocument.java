package vn.qms.stats.ingest;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * A verdict as JSON: the {@code <name>.result.json} file beside an ingested file, and the
 * hand-over between the steps of {@code ingestJob}. Messages are included in Vietnamese
 * and English for whoever reads the file.
 */
record ResultDocument(String file, String sha256, String outcome, String form, String reportingUnit, String period,
		int rows, long errors, long warnings, String movedTo, EarlierEntry earlier, List<Entry> problems) {

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	/** One problem, with its messages. */
	record Entry(String severity, String file, String sheet, Integer row, String column, String header, String value,
			String messageKey, List<String> arguments, String messageVi, String messageEn) {

		static Entry of(Problem problem) {
			return new Entry(problem.severity().name(), problem.file(), problem.sheet(), problem.row(),
					problem.column(), problem.header(), problem.value(), problem.messageKey(), problem.arguments(),
					problem.message(ProblemMessages.VIETNAMESE), problem.message(Locale.ENGLISH));
		}

		Problem problem() {
			return new Problem(Problem.Severity.valueOf(this.severity), this.file, this.sheet, this.row, this.column,
					this.header, this.value, this.messageKey, this.arguments);
		}

	}

	/** The ingest a duplicate repeats, with its description. */
	record EarlierEntry(String receivedAt, String fileName, List<IngestVerdict.Earlier.Submitted> submissions,
			String messageVi, String messageEn) {

		static EarlierEntry of(IngestVerdict.Earlier earlier) {
			return (earlier != null)
					? new EarlierEntry(earlier.receivedAt().toString(), earlier.fileName(), earlier.submissions(),
							earlier.describe(ProblemMessages.VIETNAMESE), earlier.describe(Locale.ENGLISH))
					: null;
		}

		IngestVerdict.Earlier earlier() {
			return new IngestVerdict.Earlier(LocalDateTime.parse(this.receivedAt), this.fileName, this.submissions);
		}

	}

	static ResultDocument of(IngestVerdict verdict, String sha256) {
		return new ResultDocument(verdict.file().toString(), sha256, verdict.outcome().name(), verdict.form(),
				verdict.reportingUnit(), verdict.period(), verdict.rows(), verdict.errorCount(), verdict.warningCount(),
				(verdict.movedTo() != null) ? verdict.movedTo().toString() : null, EarlierEntry.of(verdict.earlier()),
				verdict.problems().stream().map(Entry::of).toList());
	}

	/** The same, not telling the name of the file a duplicate repeats. */
	ResultDocument withoutEarlierName() {
		if (this.earlier == null) {
			return this;
		}
		return new ResultDocument(this.file, this.sha256, this.outcome, this.form, this.reportingUnit, this.period,
				this.rows, this.errors, this.warnings, this.movedTo,
				EarlierEntry.of(this.earlier.earlier().withoutFileName()), this.problems);
	}

	IngestVerdict verdict() {
		return new IngestVerdict(Path.of(this.file), IngestVerdict.Outcome.valueOf(this.outcome), this.form,
				this.reportingUnit, this.period, this.rows, this.problems.stream().map(Entry::problem).toList(),
				(this.movedTo != null) ? Path.of(this.movedTo) : null,
				(this.earlier != null) ? this.earlier.earlier() : null);
	}

	String json() {
		try {
			return JSON.writeValueAsString(this);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write the result of " + this.file, ex);
		}
	}

	static ResultDocument parse(String json) {
		try {
			return JSON.readValue(json, ResultDocument.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot read an ingest result", ex);
		}
	}

}
