package vn.qms.stats.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.qms.stats.ingest.samples.AnGiangForms;
import vn.qms.stats.ingest.samples.FormSheet;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qms.stats.ingest.FormProblems.VI;

/**
 * BM04 skips bad rows up to the configured error rate (0.1 % by default), listing each;
 * above it, and for BM01–BM03 always, a bad row rejects the file.
 */
class BadRowToleranceTests {

	private static final int ROWS = 2000;

	@TempDir
	Path folder;

	private final BadRowTolerance tolerance = new BadRowTolerance(LoadSubmissionTasklet.DEFAULT_MAX_ERROR_RATE);

	@Test
	void shouldSkipBadDossiersUpToTheRateAndSayHowMany() throws Exception {
		// given: a due date before receipt, and a receipt date that does not exist
		FormSheet log = log(17);
		log.data().get(1503)[3] = "31/02/2026";
		FileReading read = new FormProblems(this.folder).read(log);
		// when
		FileReading reading = this.tolerance.apply(read);
		// then
		assertThat(reading.hasErrors()).isFalse();
		assertThat(reading.submissions().get(0).rowCount()).isEqualTo(ROWS - 2);
		Problem summary = reading.problems().get(0);
		assertThat(summary.message(Locale.ENGLISH))
			.isEqualTo("2 of 2000 BM04 rows were skipped because of errors (at most 2 may be, 0.1 %)");
		assertThat(summary.message(VI))
			.isEqualTo("Đã bỏ qua 2 trên 2000 dòng BM04 vì có lỗi (tối đa được bỏ qua 2 dòng, 0,1 %)");
		FormSheet sheet = AnGiangForms.bm04(1);
		List<Problem> skipped = reading.problems()
			.stream()
			.filter((problem) -> problem.messageKey().equals("ingest.row.skipped"))
			.toList();
		assertThat(skipped).extracting(Problem::sheet, Problem::row)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(sheet.name(), sheet.dataRowNumber(17)),
					org.assertj.core.groups.Tuple.tuple(sheet.name(), sheet.dataRowNumber(1503)));
		assertThat(reading.problems())
			.filteredOn((problem) -> problem.messageKey().equals("ingest.rule.not.before")
					|| problem.messageKey().equals("ingest.cell.not.datetime"))
			.hasSize(2)
			.allSatisfy((problem) -> assertThat(problem.isError()).isFalse());
		assertThat(reading.submissions().get(0).sheets().get(0).rows())
			.noneMatch((row) -> row.row() == sheet.dataRowNumber(17));
	}

	@Test
	void shouldRejectTheFileAboveTheRate() throws Exception {
		// given
		FileReading read = new FormProblems(this.folder).read(log(17, 1503, 1999));
		// when
		FileReading reading = this.tolerance.apply(read);
		// then
		assertThat(reading.hasErrors()).isTrue();
		assertThat(reading.problems().get(0).describe(Locale.ENGLISH)).isEqualTo(
				"[ERROR] 3 of 2000 BM04 rows have errors, more than the 2 allowed (0.1 %): the file is rejected");
		assertThat(reading.problems()).filteredOn(Problem::isError).hasSize(4);
	}

	@Test
	void shouldNeverSkipARowOfTheOtherForms() throws Exception {
		// given
		Object[] department = Bm01RulesTests.department();
		department[9] = 130;
		FileReading read = new FormProblems(this.folder)
			.read(Bm01RulesTests.bm01(Bm01RulesTests.committee(), department));
		// when
		FileReading reading = new BadRowTolerance(0.9).apply(read);
		// then
		assertThat(reading.hasErrors()).isTrue();
		assertThat(reading.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("ingest.rule.not.greater"));
		assertThat(reading.submissions().get(0).rowCount()).isEqualTo(2);
	}

	/**
	 * The An Giang dossier log of 2,000 rows with a due date before receipt in these
	 * rows.
	 */
	private static FormSheet log(int... badRows) {
		FormSheet sheet = AnGiangForms.bm04(ROWS);
		for (int bad : badRows) {
			sheet.data().get(bad)[4] = "01/01/2026";
		}
		return sheet;
	}

}
