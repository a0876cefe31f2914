package vn.qms.stats.ingest;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.qms.stats.ingest.form.Forms;

import static org.assertj.core.api.Assertions.assertThat;

class RejectionTests {

	private static final Locale VI = Locale.forLanguageTag("vi");

	@TempDir
	Path folder;

	private final SubmissionReader reader = new SubmissionReader(new TestReferenceUnits(), Forms.all());

	@Test
	void shouldRejectAnUnknownUnitCodeNamingSheetRowColumnAndHeader() throws Exception {
		// given
		Path file = BadBm02.unknownUnitCode(this.folder.resolve("unknown.xlsx"));
		// when
		FileReading reading = this.reader.read(file);
		// then
		assertThat(reading.hasErrors()).isTrue();
		Problem problem = reading.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
		assertThat(problem)
			.extracting(Problem::file, Problem::sheet, Problem::row, Problem::column, Problem::header, Problem::value)
			.containsExactly("unknown.xlsx", "Bộ ngành", 8, "B", "Mã đơn vị", "BXX");
		assertThat(problem.describe(VI)).isEqualTo(
				"[LỖI] trang tính “Bộ ngành”, dòng 8, cột B (Mã đơn vị), giá trị “BXX”: Mã đơn vị BXX không có trong danh mục đơn vị của kỳ 2020");
		assertThat(problem.describe(Locale.ENGLISH)).isEqualTo(
				"[ERROR] sheet “Bộ ngành”, row 8, column B (Mã đơn vị), value “BXX”: Unit code BXX is not in the reference units of period 2020");
	}

	@Test
	void shouldRejectAFileWithoutPeriod() throws Exception {
		// given
		Path file = BadBm02.missingPeriod(this.folder.resolve("no-period.xlsx"));
		// when
		FileReading reading = this.reader.read(file);
		// then
		assertThat(reading.submissions()).isEmpty();
		assertThat(reading.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.sheet()).isEqualTo("Bộ ngành");
			assertThat(problem.messageKey()).isEqualTo("ingest.title.period.missing");
			assertThat(problem.describe(Locale.ENGLISH)).contains("Reporting period missing");
			assertThat(problem.describe(VI)).contains("Thiếu kỳ báo cáo");
		});
	}

	@Test
	void shouldRejectAnUnparseablePeriodAtItsCell() throws Exception {
		// given
		Path file = vn.qms.stats.ingest.samples.SampleWorkbooks.write(this.folder.resolve("bad-period.xlsx"),
				BadBm02.national("Năm hai nghìn").row("BKHCN", "Bộ Khoa học và Công nghệ", 10, 10));
		// when
		FileReading reading = this.reader.read(file);
		// then
		assertThat(reading.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.messageKey()).isEqualTo("ingest.title.period.invalid");
			assertThat(problem.row()).isEqualTo(2);
			assertThat(problem.column()).isEqualTo("A");
			assertThat(problem.value()).isEqualTo("Năm hai nghìn");
		});
	}

	@Test
	void shouldRejectAnnouncedAboveTotalAtTheAnnouncedCell() throws Exception {
		// given
		Path file = BadBm02.announcedAboveTotal(this.folder.resolve("above.xlsx"));
		// when
		FileReading reading = this.reader.read(file);
		// then
		assertThat(reading.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.isError()).isTrue();
			assertThat(problem)
				.extracting(Problem::sheet, Problem::row, Problem::column, Problem::header, Problem::value)
				.containsExactly("Bộ ngành", 8, "E", "Số cơ quan bắt buộc đã công bố", "30");
			assertThat(problem.message(VI))
				.isEqualTo("Số cơ quan bắt buộc đã công bố lớn hơn Số cơ quan thuộc đối tượng bắt buộc (12)");
			assertThat(problem.message(Locale.ENGLISH))
				.isEqualTo("Mandatory bodies announced is greater than Mandatory bodies (12)");
		});
	}

	@Test
	void shouldRejectAnUnknownReportingUnit() throws Exception {
		// given
		Path file = vn.qms.stats.ingest.samples.SampleWorkbooks.write(this.folder.resolve("unit.xlsx"),
				new vn.qms.stats.ingest.samples.Bm02Sheet("Sheet1")
					.title("Kỳ báo cáo: Năm 2020", "Mã đơn vị báo cáo:|ZZ")
					.row("BKHCN", "Bộ Khoa học và Công nghệ", 10, 10));
		// when
		FileReading reading = this.reader.read(file);
		// then
		assertThat(reading.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.messageKey()).isEqualTo("ingest.title.unit.unknown");
			assertThat(problem.row()).isEqualTo(2);
			assertThat(problem.column()).isEqualTo("B");
			assertThat(problem.value()).isEqualTo("ZZ");
		});
	}

}
