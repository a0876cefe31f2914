package vn.qms.stats.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import vn.qms.stats.ingest.form.FormDefinition;
import vn.qms.stats.ingest.sheet.ParsedSheet;
import vn.qms.stats.ingest.sheet.SheetReader;
import vn.qms.stats.ingest.sheet.SourceRow;
import vn.qms.stats.ingest.sheet.UnreadableFileException;
import vn.qms.stats.ingest.sheet.WorkbookSource;
import vn.qms.stats.ingest.sheet.WorkbookSources;
import vn.qms.stats.reference.ReferenceUnits;

/**
 * Reads a file into validated submissions, without storing anything: every sheet through
 * the one engine, then title-block resolution and the rules of each form. Bad input
 * becomes problems, never exceptions.
 */
public final class SubmissionReader {

	private final ReferenceUnits units;

	private final SheetReader sheetReader;

	public SubmissionReader(ReferenceUnits units, List<FormDefinition> forms) {
		this.units = units;
		this.sheetReader = new SheetReader(forms);
	}

	FileReading read(Path file) {
		String name = file.getFileName().toString();
		List<Problem> problems = new ArrayList<>();
		List<ParsedSheet> sheets;
		try (WorkbookSource source = WorkbookSources.open(file)) {
			sheets = readSheets(source, problems);
		}
		catch (UnreadableFileException ex) {
			return FileReading.rejected(name, List.of(Problem.error(ex.messageKey(), ex.detail()).inFile(name)));
		}
		catch (IOException | RuntimeException ex) {
			return FileReading.rejected(name,
					List.of(Problem.error("ingest.file.corrupt", String.valueOf(ex.getMessage())).inFile(name)));
		}
		List<Submission> submissions = submissions(sheets, problems);
		return new FileReading(name, submissions, problems.stream().map((problem) -> problem.inFile(name)).toList());
	}

	private List<ParsedSheet> readSheets(WorkbookSource source, List<Problem> problems) throws IOException {
		List<ParsedSheet> sheets = new ArrayList<>();
		List<String> names = source.sheetNames();
		for (int i = 0; i < names.size(); i++) {
			try (Stream<SourceRow> rows = source.rows(i)) {
				ParsedSheet sheet = this.sheetReader.read(names.get(i), rows);
				problems.addAll(sheet.problems());
				if (sheet.recognised()) {
					sheets.add(sheet);
				}
			}
		}
		return sheets;
	}

	private List<Submission> submissions(List<ParsedSheet> sheets, List<Problem> problems) {
		if (sheets.isEmpty()) {
			problems.add(Problem.error("ingest.file.no.form"));
			return List.of();
		}
		ReportingContext context = new ReportingContext(this.units, sheets);
		Map<String, Submission> byKey = new LinkedHashMap<>();
		Map<String, RowRules> rulesByKey = new LinkedHashMap<>();
		for (ParsedSheet sheet : sheets) {
			Optional<ReportingContext.Resolved> resolved = context.resolve(sheet, problems::add);
			if (resolved.isEmpty()) {
				continue;
			}
			Submission empty = new Submission(sheet.form(), resolved.get().unit(), resolved.get().period(),
					new ArrayList<>());
			Submission submission = byKey.computeIfAbsent(empty.key(), (key) -> empty);
			RowRules rules = rulesByKey.computeIfAbsent(empty.key(), (key) -> new RowRules(this.units, resolved.get()));
			submission.sheets().add(new Submission.SheetRows(sheet.sheet(), rules.apply(sheet, problems::add)));
		}
		return byKey.values()
			.stream()
			.map((submission) -> new Submission(submission.form(), submission.reportingUnit(), submission.period(),
					List.copyOf(submission.sheets())))
			.toList();
	}

}
