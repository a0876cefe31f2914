package vn.qms.stats.ingest.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import vn.qms.stats.ingest.IngestVerdict;
import vn.qms.stats.ingest.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/** What the functional tests assert of one case. */
final class CorpusAssertions {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private CorpusAssertions() {
	}

	/**
	 * The outcome, and the problem of the case's key: its message in both languages and
	 * its cell; a rejected file has an error, an accepted one none.
	 */
	static void assertVerdict(Case expected, IngestVerdict verdict) {
		String all = describe(verdict);
		assertThat(verdict.outcome()).as(all).isEqualTo(expected.outcome());
		assertThat(verdict.errorCount() > 0).as(all).isEqualTo(expected.isRejected());
		if (expected.messageKey() == null) {
			assertThat(verdict.problems()).as(all).isEmpty();
			return;
		}
		Problem problem = verdict.problems()
			.stream()
			.filter((candidate) -> candidate.messageKey().equals(expected.messageKey()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + expected.messageKey() + " in " + all));
		assertThat(problem.isError()).as(all).isEqualTo(expected.isRejected());
		assertThat(problem.message(VI)).as(expected.fileName()).isEqualTo(expected.vi());
		assertThat(problem.message(Locale.ENGLISH)).as(expected.fileName()).isEqualTo(expected.en());
		assertThat(problem.file()).as(expected.fileName()).isEqualTo(expected.fileName());
		if (expected.cell() != null) {
			assertThat(List.of(String.valueOf(problem.sheet()), String.valueOf(problem.row()),
					String.valueOf(problem.column())))
				.as(expected.fileName())
				.containsExactly(String.valueOf(expected.cell().sheet()), String.valueOf(expected.cell().row()),
						String.valueOf(expected.cell().column()));
		}
		if (expected.cell() != null && expected.cell().row() != null) {
			assertThat(verdict.problems()).as("one problem per cell: " + all)
				.filteredOn((other) -> problem.row().equals(other.row())
						&& java.util.Objects.equals(problem.column(), other.column()))
				.hasSize(1);
		}
	}

	/**
	 * The file in rejected/ or processed/ with its JSON and text results, not in input.
	 */
	static void assertPlace(Case expected, Path input) {
		Path place = input.resolve(expected.isRejected() ? "rejected" : "processed");
		Path other = input.resolve(expected.isRejected() ? "processed" : "rejected");
		String name = expected.fileName();
		assertThat(input.resolve(name)).doesNotExist();
		assertThat(place.resolve(name)).isRegularFile();
		assertThat(other.resolve(name)).doesNotExist();
		assertThat(place.resolve(name + ".result.json")).isRegularFile();
		assertThat(place.resolve(name + ".result.txt")).isRegularFile();
		if (expected.isRejected() && expected.cell() != null && expected.cell().column() != null
				&& name.endsWith(".xlsx")) {
			String annotated = name + ".annotated.xlsx";
			assertThat(place.resolve(annotated)).as("annotated copy").isRegularFile();
		}
		if (expected.messageKey() != null && expected.vi() != null) {
			assertThat(place.resolve(name + ".result.txt")).content().contains(expected.vi(), expected.en());
		}
	}

	private static String describe(IngestVerdict verdict) {
		return verdict.line(Locale.ENGLISH) + " "
				+ verdict.problems().stream().map((problem) -> problem.describe(Locale.ENGLISH)).toList();
	}

}
