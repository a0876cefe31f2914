package vn.qms.stats.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.ingest.samples.FormSheet;
import vn.qms.stats.ingest.samples.SampleWorkbooks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads a one-sheet workbook and finds the problem of one rule in it, asserting where the
 * user is told it is.
 */
final class FormProblems {

	static final Locale VI = Locale.forLanguageTag("vi");

	private final SubmissionReader reader = new SubmissionReader(new TestReferenceUnits(), Forms.all());

	private final Path folder;

	FormProblems(Path folder) {
		this.folder = folder;
	}

	FileReading read(FormSheet sheet) throws IOException {
		return this.reader.read(SampleWorkbooks.write(this.folder.resolve(sheet.name() + ".xlsx"), sheet));
	}

	/**
	 * The only problem of the sheet, which must sit at the cell of {@code key} in data
	 * row {@code index}, with {@code value}.
	 */
	Problem onlyProblem(FormSheet sheet, int index, String key, String value) throws IOException {
		List<Problem> problems = read(sheet).problems();
		assertThat(problems).as(() -> problems.stream().map((p) -> p.describe(Locale.ENGLISH)).toList().toString())
			.hasSize(1);
		Problem problem = problems.get(0);
		assertThat(problem).extracting(Problem::sheet, Problem::row, Problem::column, Problem::header, Problem::value)
			.containsExactly(sheet.name(), sheet.dataRowNumber(index), sheet.columnLetter(key), sheet.header(key),
					value);
		return problem;
	}

	/**
	 * The location part of a described problem, as the user reads it in each language.
	 */
	static String where(FormSheet sheet, int index, String key, String value, Locale locale) {
		boolean vi = !Locale.ENGLISH.equals(locale);
		String where = String.format(
				vi ? "trang tính “%s”, dòng %d, cột %s (%s)" : "sheet “%s”, row %d, column %s (%s)", sheet.name(),
				sheet.dataRowNumber(index), sheet.columnLetter(key), sheet.header(key));
		return (value == null) ? where : where + String.format(vi ? ", giá trị “%s”" : ", value “%s”", value);
	}

}
