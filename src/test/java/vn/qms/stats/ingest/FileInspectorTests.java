package vn.qms.stats.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.ingest.guard.GuardLimits;
import vn.qms.stats.ingest.samples.AnGiangForms;
import vn.qms.stats.ingest.samples.FormSheet;
import vn.qms.stats.ingest.samples.SampleWorkbooks;
import vn.qms.stats.ingest.sheet.ProblemLimit;
import vn.qms.stats.ingest.sheet.RowLimit;
import vn.qms.stats.ingest.sheet.WorkbookSources;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A period that has not begun yet (a year mistyped, 2062 for 2026) is a warning in
 * {@code ingest} and in {@code inspect}, the data kept; and {@code inspect} checks a
 * dossier log that {@code ingest} streams up to its row limit instead of refusing it.
 */
class FileInspectorTests {

	private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final Locale VI = Locale.forLanguageTag("vi");

	@TempDir
	Path folder;

	@Test
	void shouldWarnOfAPeriodThatHasNotBegunYetAndKeepTheData() throws IOException {
		// given a BM03 for Quý III/2026, read on 15 June 2026
		FormSheet sheet = bm03("Kỳ báo cáo: Quý III/2026");
		Path file = SampleWorkbooks.write(this.folder.resolve("bm03.xlsx"), sheet);
		Clock june = clock(LocalDate.of(2026, 6, 15));
		// when
		FileReading reading = reader(june).read(file);
		FileInspector.Inspection inspection = inspector(june, RowLimit.DEFAULT_MAX_ROWS).inspect(file, false, VI);
		FileInspector.Inspection english = inspector(june, RowLimit.DEFAULT_MAX_ROWS).inspect(file, false,
				Locale.ENGLISH);
		// then ingest keeps the data, under the period the title block names, with a
		// warning at the period's cell
		assertThat(reading.hasErrors()).isFalse();
		assertThat(reading.submissions()).singleElement()
			.satisfies((submission) -> assertThat(submission.period().code()).isEqualTo("2026-Q3"));
		String vi = "[CẢNH BÁO] trang tính “BM03”, dòng 2, cột A, giá trị “Quý III/2026”: Kỳ báo cáo Quý III/2026 "
				+ "chưa bắt đầu (kỳ bắt đầu ngày 01/07/2026, hôm nay 15/06/2026): kiểm tra lại năm/quý trong tiêu đề; "
				+ "số liệu vẫn được lưu vào kỳ Quý III/2026";
		String en = "[WARNING] sheet “BM03”, row 2, column A, value “Quý III/2026”: The reporting period Q3 2026 "
				+ "has not begun yet (it begins on 01/07/2026; today is 15/06/2026): check the year or quarter in "
				+ "the title block; the data are still stored under Q3 2026";
		assertThat(reading.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.messageKey()).isEqualTo("ingest.title.period.future");
			assertThat(problem.describe(VI)).isEqualTo(vi);
			assertThat(problem.describe(Locale.ENGLISH)).isEqualTo(en);
		});
		// and inspect shows the same, and would not reject the file
		assertThat(inspection.rejected()).isFalse();
		assertThat(inspection.text()).contains("  " + vi + "\n")
			.contains("Kết quả: 0 lỗi, 1 cảnh báo: tệp sẽ được nhận (ingest)");
		assertThat(english.text()).contains("  " + en + "\n");
	}

	@Test
	void shouldNotWarnOnceThePeriodHasBegun() throws IOException {
		// given a BM03 for Quý III/2026, read on its first day
		Path file = SampleWorkbooks.write(this.folder.resolve("bm03.xlsx"), bm03("Kỳ báo cáo: Quý III/2026"));
		Clock july = clock(LocalDate.of(2026, 7, 1));
		// when
		FileReading reading = reader(july).read(file);
		FileInspector.Inspection inspection = inspector(july, RowLimit.DEFAULT_MAX_ROWS).inspect(file, false, VI);
		// then
		assertThat(reading.problems()).isEmpty();
		assertThat(inspection.warnings()).isZero();
		assertThat(inspection.text()).doesNotContain("chưa bắt đầu");
	}

	@Test
	void shouldWarnOfAMistypedYearFarAhead() throws IOException {
		// given a BM03 whose year was typed 2062 for 2026
		Path file = SampleWorkbooks.write(this.folder.resolve("bm03.xlsx"), bm03("Kỳ báo cáo: Năm 2062"));
		Clock today = clock(LocalDate.of(2026, 12, 7));
		// when
		FileInspector.Inspection inspection = inspector(today, RowLimit.DEFAULT_MAX_ROWS).inspect(file, false,
				Locale.ENGLISH);
		// then
		assertThat(inspection.text()).contains("The reporting period Year 2062 has not begun yet (it begins on "
				+ "01/01/2062; today is 07/12/2026): check the year or quarter in the title block");
		assertThat(inspection.rejected()).isFalse();
	}

	@Test
	void shouldCheckADossierLogThatIngestStreamsUpToTheRowLimitWithoutRefusingIt() throws IOException {
		// given a single-sheet dossier log of 30 rows, and a BM03 of more, with a limit
		// of
		// 10 rows in memory
		Path log = SampleWorkbooks.write(this.folder.resolve("bm04.xlsx"), AnGiangForms.bm04(30));
		Path table = SampleWorkbooks.write(this.folder.resolve("bm03.xlsx"), AnGiangForms.bm03());
		FileInspector inspector = inspector(clock(LocalDate.of(2026, 12, 7)), 10);
		// when
		FileInspector.Inspection streamed = inspector.inspect(log, false, Locale.ENGLISH);
		FileInspector.Inspection inMemory = inspector.inspect(table, false, Locale.ENGLISH);
		// then
		assertThat(streamed.rejected()).as(streamed.text()).isFalse();
		assertThat(streamed.text()).contains("rows: 10",
				"[WARNING] sheet “So theo doi”, row 20: Only the first 10 data rows "
						+ "of sheet “So theo doi” were checked here");
		assertThat(inMemory.rejected()).isTrue();
		assertThat(inMemory.text()).contains("Too many rows to read at once");
	}

	private static FormSheet bm03(String period) {
		return new FormSheet("BM03", Forms.BM03).title("UBND TỈNH AN GIANG", period, "Mã đơn vị báo cáo: 91")
			.row("1.001757", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng", "H91.07", 15, 12, 3, "Có", 120, 110,
					6);
	}

	private static Clock clock(LocalDate today) {
		return Clock.fixed(today.atTime(9, 0).atZone(HANOI).toInstant(), HANOI);
	}

	/** The reader {@code ingest} reads a file with. */
	private static SubmissionReader reader(Clock clock) {
		return new SubmissionReader(new TestReferenceUnits(), Forms.all(),
				WorkbookSources.inProcess(GuardLimits.defaults()), RowLimit.DEFAULT_MAX_ROWS,
				ProblemLimit.DEFAULT_MAX_PROBLEMS, clock);
	}

	private static FileInspector inspector(Clock clock, int maxRows) {
		return new FileInspector(new TestReferenceUnits(), WorkbookSources.inProcess(GuardLimits.defaults()), maxRows,
				ProblemLimit.DEFAULT_MAX_PROBLEMS, LoadSubmissionTasklet.DEFAULT_MAX_ERROR_RATE, clock);
	}

}
