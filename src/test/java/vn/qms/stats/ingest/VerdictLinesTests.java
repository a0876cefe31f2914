package vn.qms.stats.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A verdict, a problem and a result file are read line by line: a file name or a cell
 * value never adds a line of its own, nor reorders one on screen.
 */
class VerdictLinesTests {

	@Test
	void shouldKeepAVerdictOnOneLineWhateverTheFileIsNamed() {
		// given a file named to forge a second, accepted, verdict
		Path file = Path.of("/input/a\nOK b.xlsx BM02 VN 2020: 85 rows, 0 errors\u2028.xlsx");
		IngestVerdict verdict = IngestVerdict.rejected(file, Problem.error("ingest.file.no.form").inFile("a"));
		// when
		String line = verdict.line(Locale.ENGLISH);
		// then
		assertThat(line.lines()).hasSize(1);
		assertThat(line).startsWith("REJECTED a\\nOK b.xlsx BM02 VN 2020: 85 rows, 0 errors\\u2028.xlsx: 0 rows")
			.doesNotContain("\u2028");
	}

	@Test
	void shouldKeepAProblemOnOneLineWhateverTheCellHolds() {
		// given a cell value and a sheet name with line breaks, a tab and a bidi override
		Problem problem = Problem.error("ingest.unit.unknown", "B\r\nLỗi giả", "2020")
			.inSheet("Bộ\nngành")
			.at(12, 2, "Mã", "B\r\n2. Lỗi: giả\t\u202Eabc");
		// when
		String vietnamese = problem.describe(ProblemMessages.VIETNAMESE);
		String english = problem.describe(Locale.ENGLISH);
		// then
		assertThat(vietnamese.lines()).hasSize(1);
		assertThat(english.lines()).hasSize(1);
		assertThat(english).contains("sheet “Bộ\\nngành”", "value “B\\r\\n2. Lỗi: giả\\t\\u202Eabc”", "B\\r\\nLỗi giả");
	}

	@Test
	void shouldWriteOneLinePerProblemInTheResultText() {
		// given
		Path file = Path.of("/input/rejected/a\r\nb.xlsx");
		Problem problem = Problem.error("ingest.unit.unknown", "X\nY", "2020").inSheet("S").at(3, 0, "Mã", "X\nY");
		IngestVerdict verdict = new IngestVerdict(file, IngestVerdict.Outcome.REJECTED, null, null, null, 0,
				List.of(problem), null);
		// when
		String text = ResultFiles.text(ResultDocument.of(verdict, "0".repeat(64)));
		// then: file, SHA-256, two outcome lines, a blank line, two lines for the problem
		assertThat(text.lines()).hasSize(7);
		assertThat(text).startsWith("Tệp / File: a\\r\\nb.xlsx\n");
	}

	@Test
	void shouldNameWhereAFileWentByItsFolderInTheResultTextAndInFullOnTheCommandLine() {
		// given a file the ingest moved to rejected/ under the console's staging folder
		Path staged = Path.of("/srv/qms/data/uploads/20261207-140340-01f27170f593/bm01.csv");
		Path moved = staged.resolveSibling("rejected").resolve("bm01.csv");
		IngestVerdict verdict = IngestVerdict.rejected(staged, Problem.error("ingest.file.no.form").inFile("bm01.csv"))
			.movedTo(moved);
		// when
		String text = ResultFiles.text(ResultDocument.of(verdict, "0".repeat(64)));
		String line = verdict.line(Locale.ENGLISH);
		// then the result file, which the console hands out, names the folder and the
		// file; the command line's own output, the whole path
		assertThat(text).contains(" -> rejected/bm01.csv").doesNotContain("/srv", "uploads");
		assertThat(line).contains(" -> /srv/qms/data/uploads/20261207-140340-01f27170f593/rejected/bm01.csv");
	}

}
