package vn.qms.stats.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.assertj.core.groups.Tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.qms.stats.bench.Bm04Generator;
import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.ingest.guard.GuardLimits;
import vn.qms.stats.ingest.samples.Bm02Sheet;
import vn.qms.stats.ingest.samples.NationalBm02;
import vn.qms.stats.ingest.samples.SampleWorkbooks;
import vn.qms.stats.ingest.sheet.RowLimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SubmissionReaderTests {

	@TempDir
	Path folder;

	private final SubmissionReader reader = new SubmissionReader(new TestReferenceUnits(), Forms.all());

	@Test
	void shouldReadTheNationalSampleAsOneSubmissionOfTwoSheets() throws Exception {
		// given
		Path file = SampleWorkbooks.write(this.folder.resolve("national.xlsx"), NationalBm02.ministries("Năm 2020"),
				NationalBm02.provinces("Năm 2020"));
		// when
		FileReading reading = this.reader.read(file);
		// then
		assertThat(reading.problems()).isEmpty();
		assertThat(reading.submissions()).singleElement().satisfies((submission) -> {
			assertThat(submission.key()).isEqualTo("BM02/VN/2020");
			assertThat(submission.rowCount()).isEqualTo(85);
			assertThat(submission.sheets()).extracting(Submission.SheetRows::sheet)
				.containsExactly("Bộ ngành", "Địa phương");
		});
		var first = reading.submissions().get(0).sheets().get(0).rows().get(0);
		assertThat(first.row()).isEqualTo(12);
		assertThat(first.get("unit_code")).isEqualTo("BQP");
		assertThat(first.get("unit_kind")).isEqualTo("MINISTRY");
		assertThat(first.get("mandatory_total")).isEqualTo(8L);
	}

	@Test
	void shouldAddUpTheNationalFigures() throws Exception {
		// given
		Path file = SampleWorkbooks.write(this.folder.resolve("national.xlsx"), NationalBm02.ministries("Năm 2020"),
				NationalBm02.provinces("Năm 2020"));
		// when
		Submission submission = this.reader.read(file).submissions().get(0);
		// then
		var rows = submission.sheets().stream().flatMap((sheet) -> sheet.rows().stream()).toList();
		assertThat(rows.stream().mapToLong((row) -> (Long) row.get("encouraged_total")).sum()).isEqualTo(98);
		assertThat(rows.stream().mapToLong((row) -> (Long) row.get("encouraged_announced")).sum()).isEqualTo(74);
		assertThat(rows.stream()
			.filter((row) -> row.get("commune_total") != null)
			.mapToLong((row) -> (Long) row.get("commune_total"))
			.sum()).isEqualTo(8910);
		assertThat(rows.stream()
			.filter((row) -> row.get("commune_announced") != null)
			.mapToLong((row) -> (Long) row.get("commune_announced"))
			.sum()).isEqualTo(5564);
		assertThat(submission.sheets().get(0).rows().stream().filter(SubmissionReaderTests::compliant)).hasSize(20);
		assertThat(submission.sheets().get(1).rows().stream().filter(SubmissionReaderTests::compliant)).hasSize(62);
	}

	@Test
	void shouldReadTheCommittedSampleWithoutProblems() {
		// given
		Path sample = Path.of("input-samples", SampleWorkbooks.NATIONAL_2020);
		// when
		FileReading reading = this.reader.read(sample);
		// then
		assertThat(reading.problems()).isEmpty();
		assertThat(reading.submissions()).singleElement()
			.satisfies((submission) -> assertThat(submission.rowCount()).isEqualTo(85));
	}

	@Test
	void shouldAcceptDistrictRowsInAProvinceReportNamedByItsReportingUnitName() throws Exception {
		// given
		Bm02Sheet province = new Bm02Sheet("Huyện")
			.title("UBND TỈNH KIÊN GIANG", "Kỳ báo cáo: 6 tháng đầu năm 2019", "Đơn vị báo cáo:|kien giang")
			.row("899", "Thành phố Rạch Giá", 30, 30)
			.row("91", "Kiên Giang", 25, 20);
		Path file = SampleWorkbooks.write(this.folder.resolve("kien-giang.xlsx"), province);
		// when
		FileReading reading = this.reader.read(file);
		// then
		assertThat(reading.problems()).isEmpty();
		Submission submission = reading.submissions().get(0);
		assertThat(submission.key()).isEqualTo("BM02/91/2019-H1");
		assertThat(submission.sheets().get(0).rows()).extracting((row) -> row.get("unit_kind"))
			.containsExactly("DISTRICT", "PROVINCE");
	}

	@Test
	void shouldRejectARowUnderAProvinceWhoseCodeIsNeitherAUnitNorADistrictCode() throws Exception {
		// given a province's BM02 whose district rows are coded as formulas
		Bm02Sheet province = new Bm02Sheet("Huyện")
			.title("UBND TỈNH KIÊN GIANG", "Kỳ báo cáo: 6 tháng đầu năm 2019", "Mã đơn vị báo cáo: 91")
			.row("899", "Thành phố Rạch Giá", 30, 30)
			.row("=1+2", "Huyện A", 10, 10)
			.row("@SUM(1)", "Huyện B", 10, 10)
			.row("\t=cmd", "Huyện C", 10, 10);
		Path file = SampleWorkbooks.write(this.folder.resolve("kien-giang.xlsx"), province);
		// when
		FileReading reading = this.reader.read(file);
		// then each of them is an error at its cell, its value shown on one line
		assertThat(reading.hasErrors()).isTrue();
		String column = province.columnLetter("unit_code");
		assertThat(reading.problems()).extracting(Problem::messageKey, Problem::row, Problem::column)
			.containsExactly(tuple("ingest.unit.district.code", province.dataRowNumber(1), column),
					tuple("ingest.unit.district.code", province.dataRowNumber(2), column),
					tuple("ingest.unit.district.code", province.dataRowNumber(3), column));
		assertThat(reading.problems().get(0).describe(Locale.ENGLISH)).endsWith("value “=1+2”: Unit code =1+2 is not "
				+ "in the reference units of period 2019-H1, nor is it a district code: a code is letters and digits, "
				+ "with “.”, “-”, “_” or “/” inside (for example 899)");
		assertThat(reading.problems().get(2).describe(Locale.ENGLISH)).doesNotContain("\t");
	}

	@Test
	void shouldWarnWhenAUnitNameDiffersFromTheReference() throws Exception {
		// given
		Bm02Sheet sheet = new Bm02Sheet("Bộ ngành").title("Kỳ báo cáo: Năm 2020", "Mã đơn vị báo cáo: VN")
			.row("BYT", "Bộ Y tế Việt Nam", 10, 10);
		Path file = SampleWorkbooks.write(this.folder.resolve("name.xlsx"), sheet);
		// when
		FileReading reading = this.reader.read(file);
		// then
		assertThat(reading.hasErrors()).isFalse();
		assertThat(reading.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.messageKey()).isEqualTo("ingest.unit.name.differs");
			assertThat(problem.column()).isEqualTo("C");
			assertThat(problem.describe(Locale.ENGLISH)).contains("unit BYT is “Bộ Y tế”");
		});
	}

	@Test
	void shouldReadHiddenDataRowsWithOneWarningNamingThemAndNotHiddenRowsAboveTheData() throws Exception {
		// given a national BM02 whose 2nd and 3rd data rows are hidden, one zero height,
		// and a hidden row in its title block, as the blank forms keep their lists
		Bm02Sheet sheet = new Bm02Sheet("Bộ ngành").title("Kỳ báo cáo: Năm 2020", "Mã đơn vị báo cáo: VN", "lists")
			.row("BYT", "Bộ Y tế", 10, 10)
			.row("BCA", "Bộ Công an", 10, 10)
			.row("BQP", "Bộ Quốc phòng", 10, 10)
			.row("BNG", "Bộ Ngoại giao", 10, 10);
		Path file = SampleWorkbooks.write(this.folder.resolve("hidden.xlsx"), sheet);
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				java.nio.file.Files.newInputStream(file))) {
			org.apache.poi.ss.usermodel.Sheet hidden = workbook.getSheetAt(0);
			hidden.getRow(2).setZeroHeight(true);
			hidden.getRow(sheet.dataRowNumber(1) - 1).setZeroHeight(true);
			hidden.getRow(sheet.dataRowNumber(2) - 1).setHeight((short) 0);
			try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		// when
		FileReading reading = this.reader.read(file);
		// then: all four rows count, and the sender is told which ones a reviewer cannot
		// see
		assertThat(reading.hasErrors()).isFalse();
		assertThat(reading.submissions()).singleElement()
			.satisfies((submission) -> assertThat(submission.rowCount()).isEqualTo(4));
		String rows = sheet.dataRowNumber(1) + "–" + sheet.dataRowNumber(2);
		assertThat(reading.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.messageKey()).isEqualTo("ingest.sheet.hidden.rows");
			assertThat(problem.sheet()).isEqualTo("Bộ ngành");
			assertThat(problem.arguments()).containsExactly(rows, "2");
			assertThat(problem.describe(Locale.ENGLISH)).contains("Rows " + rows + " of the sheet are hidden");
		});
	}

	@Test
	void shouldRejectAnEncryptedWorkbook() throws Exception {
		// given
		Path file = vn.qms.stats.ingest.guard.HostileSamples.encryptedXlsx(this.folder);
		// when
		FileReading reading = this.reader.read(file);
		// then
		assertThat(reading.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.message(Locale.ENGLISH)).contains("protected by a password"));
	}

	@Test
	void shouldRejectAFileThatIsNoWorkbook() throws Exception {
		// given
		Path file = java.nio.file.Files.writeString(this.folder.resolve("notes.xlsx"), "not a workbook");
		// when
		FileReading reading = this.reader.read(file);
		// then
		assertThat(reading.hasErrors()).isTrue();
		assertThat(reading.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.describe(Locale.ENGLISH))
				.contains("not an Excel or CSV spreadsheet"));
	}

	@Test
	void shouldRejectACutOffArchive() throws Exception {
		// given
		Path file = java.nio.file.Files.write(this.folder.resolve("broken.xlsx"),
				new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9 });
		// when
		FileReading reading = this.reader.read(file);
		// then
		assertThat(reading.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("ingest.guard.truncated"));
	}

	@Test
	void shouldIgnoreASheetWithoutAFormWithAWarning() throws Exception {
		// given
		Bm02Sheet notes = new Bm02Sheet("Ghi chú").title("Số liệu tổng hợp từ báo cáo của các đơn vị").withoutTable();
		Path file = SampleWorkbooks.write(this.folder.resolve("with-notes.xlsx"), NationalBm02.ministries("Năm 2020"),
				notes);
		// when
		FileReading reading = this.reader.read(file);
		// then
		assertThat(reading.hasErrors()).isFalse();
		assertThat(reading.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.messageKey()).isEqualTo("ingest.sheet.no.form");
			assertThat(problem.sheet()).isEqualTo("Ghi chú");
		});
	}

	@Test
	void shouldRejectAFileOfMoreRowsThanTheLimitNamingTheSheetAndRowWhereReadingStopped() throws Exception {
		// given a limit of 50 rows: the 22 ministries and their total row, then 27 of the
		// 63 provinces
		SubmissionReader limited = new SubmissionReader(new TestReferenceUnits(), Forms.all(), GuardLimits.defaults(),
				50);
		Path file = SampleWorkbooks.write(this.folder.resolve("national.xlsx"), NationalBm02.ministries("Năm 2020"),
				NationalBm02.provinces("Năm 2020"));
		// when
		FileReading reading = limited.read(file);
		// then
		assertThat(reading.submissions()).isEmpty();
		assertThat(reading.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.isError()).isTrue();
			assertThat(problem).extracting(Problem::file, Problem::sheet, Problem::row)
				.containsExactly("national.xlsx", "Địa phương", 39);
			assertThat(problem.message(ProblemMessages.VIETNAMESE))
				.startsWith("Tệp có quá nhiều dòng để đọc một lần: dừng đọc ở dòng 39 của trang tính “Địa phương” "
						+ "(mỗi tệp chỉ được đọc tối đa 50 dòng dữ liệu trong bộ nhớ), tệp bị từ chối.")
				.contains("Sổ theo dõi hồ sơ (BM04) lớn hơn phải gửi dưới dạng tệp .xlsx chỉ có một trang tính");
			assertThat(problem.message(Locale.ENGLISH))
				.startsWith("Too many rows to read at once: reading stopped at row 39 of sheet “Địa phương” "
						+ "(at most 50 data rows of a file are read in memory) and the file is rejected.")
				.contains("A larger dossier log (BM04) must be sent as an .xlsx workbook with a single sheet");
		});
	}

	@Test
	void shouldReadAFileOfExactlyAsManyRowsAsTheLimit() throws Exception {
		// given 85 units and a total row in each sheet: total rows are kept too
		SubmissionReader limited = new SubmissionReader(new TestReferenceUnits(), Forms.all(), GuardLimits.defaults(),
				87);
		Path file = SampleWorkbooks.write(this.folder.resolve("national.xlsx"), NationalBm02.ministries("Năm 2020"),
				NationalBm02.provinces("Năm 2020"));
		// when
		FileReading reading = limited.read(file);
		// then
		assertThat(reading.problems()).isEmpty();
		assertThat(reading.submissions()).singleElement()
			.satisfies((submission) -> assertThat(submission.rowCount()).isEqualTo(85));
	}

	@Test
	void shouldRejectADossierLogReadInMemoryAboveTheLimitAndSayWhatElseIsWrongAboveItsData() throws Exception {
		// given a dossier log of 60 rows whose period is not one, read in memory (as
		// loadSubmission reads every log the streaming path refuses)
		SubmissionReader limited = new SubmissionReader(new TestReferenceUnits(), Forms.all(), GuardLimits.defaults(),
				50);
		Path file = new Bm04Generator(60, 0.0, 2, 30, 11).write(this.folder.resolve("so-ho-so.xlsx"),
				(text) -> text.replace(Bm04Generator.PERIOD, "Quý V/2026"));
		// when
		FileReading reading = limited.read(file);
		// then
		assertThat(reading.submissions()).isEmpty();
		assertThat(reading.problems()).extracting(Problem::messageKey, Problem::row)
			.containsExactly(tuple("ingest.file.too.many.rows", Bm04Generator.FIRST_DATA_ROW + 50),
					tuple("ingest.title.period.invalid", 3));
	}

	@Test
	void shouldRejectAtTheirCellsTextDatesOutsideTheFormsRangeShowingTheValueAndTheRange() throws Exception {
		// given the dossier log of the report: received 01/01/1000 and completed
		// 31/12/9999; received 0001-01-01 and due 9999-12-31; a dossier of 2026
		Path file = Files.writeString(this.folder.resolve("so-ho-so.csv"), """
				Kỳ báo cáo: Quý III/2026
				Mã đơn vị báo cáo: 91
				Mã hồ sơ,Mã TTHC,Mã cơ quan,Ngày tiếp nhận,Ngày hẹn trả,Ngày trả kết quả,Hình thức nộp
				H91.1,1.001001,91.001,01/01/1000,20/08/2026 16:30,31/12/9999,Trực tiếp
				H91.2,1.001001,91.001,0001-01-01,9999-12-31,,Trực tiếp
				H91.3,1.001001,91.001,15/08/2026 08:30,20/08/2026 16:30,19/08/2026 10:00,Trực tiếp
				""");
		// when
		FileReading reading = this.reader.read(file);
		// then each date is an error at its cell (the ingest rejects or skips its row)
		List<String> range = List.of("01/01/1990", "31/12/2099");
		assertThat(reading.problems()).allMatch(Problem::isError);
		assertThat(reading.problems())
			.extracting(Problem::sheet, Problem::row, Problem::column, Problem::value, Problem::messageKey,
					Problem::arguments)
			.containsExactly(
					tuple("so-ho-so", 4, "D", "01/01/1000", "ingest.cell.date.out.of.range",
							List.of("01/01/1000", range.get(0), range.get(1))),
					tuple("so-ho-so", 4, "F", "31/12/9999", "ingest.cell.date.out.of.range",
							List.of("31/12/9999", range.get(0), range.get(1))),
					tuple("so-ho-so", 5, "D", "0001-01-01", "ingest.cell.date.out.of.range",
							List.of("01/01/0001", range.get(0), range.get(1))),
					tuple("so-ho-so", 5, "E", "9999-12-31", "ingest.cell.date.out.of.range",
							List.of("31/12/9999", range.get(0), range.get(1))));
		assertThat(reading.problems().get(1)).satisfies((problem) -> {
			assertThat(problem.isError()).isTrue();
			assertThat(problem.message(ProblemMessages.VIETNAMESE)).isEqualTo(
					"Ngày 31/12/9999 nằm ngoài khoảng cho phép từ 01/01/1990 đến 31/12/2099: hãy kiểm tra lại năm");
			assertThat(problem.message(Locale.ENGLISH))
				.isEqualTo("The date 31/12/9999 is outside the allowed range 01/01/1990 to 31/12/2099: check the year");
		});
	}

	@Test
	void shouldWarnOnceOfTheCompletedDossiersOutsideTheWorkingDayCalendarKeepingThem() throws Exception {
		// given a dossier log whose dossiers completed in 1995 (row 5) and in 2045 (row
		// 8) lie outside the years the calendar counts (2003–2041 with the calendar
		// shipped, of 2018–2026), within the forms' dates; one of 2045 pending (row 7),
		// and one of 1995 with an error (row 6: skipped, so not counted)
		Path file = Files.writeString(this.folder.resolve("so-ho-so.csv"), """
				Kỳ báo cáo: Quý III/2026
				Mã đơn vị báo cáo: 91
				Mã hồ sơ,Mã TTHC,Mã cơ quan,Ngày tiếp nhận,Ngày hẹn trả,Ngày trả kết quả,Hình thức nộp
				H91.1,1.001001,91.001,15/08/2026 08:30,20/08/2026 16:30,19/08/2026 10:00,Trực tiếp
				H91.2,1.001001,91.001,01/03/1995 08:00,15/03/1995 16:30,10/03/1995 09:00,Trực tiếp
				H91.3,1.001001,91.001,01/03/1995 08:00,15/02/1995 16:30,10/03/1995 09:00,Trực tiếp
				H91.4,1.001001,91.001,02/01/2045 08:00,20/01/2045 16:30,,Trực tiếp
				H91.5,1.001001,91.001,02/01/2045 08:00,20/01/2045 16:30,05/01/2045 10:00,Trực tiếp
				H91.6,1.001001,91.001,15/08/2026 08:30,20/08/2026 16:30,,Trực tiếp
				""");
		// when
		FileReading reading = this.reader.read(file);
		// then the rows are kept and one warning of the sheet counts the two
		assertThat(reading.submissions()).singleElement()
			.satisfies((submission) -> assertThat(submission.rowCount()).isEqualTo(6));
		assertThat(reading.problems()).filteredOn(Problem::isError).extracting(Problem::row).containsOnly(6);
		assertThat(reading.problems()).filteredOn((problem) -> !problem.isError())
			.singleElement()
			.satisfies((warning) -> {
				assertThat(warning.messageKey()).isEqualTo("ingest.bm04.outside.calendar");
				assertThat(warning.file()).isEqualTo("so-ho-so.csv");
				assertThat(warning.sheet()).isEqualTo("so-ho-so");
				assertThat(warning.row()).isNull();
				assertThat(warning.arguments()).containsExactly("2", "2", "5", "2003", "2041");
				assertThat(warning.message(ProblemMessages.VIETNAMESE))
					.isEqualTo("2 hồ sơ đã giải quyết có ngày nằm ngoài lịch ngày làm việc (2003–2041), đầu tiên ở "
							+ "dòng 5: số ngày làm việc của chúng không được tính; số ngày theo lịch vẫn được tính");
				assertThat(warning.message(Locale.ENGLISH))
					.isEqualTo("Completed dossiers with a date outside the working-day calendar (2003–2041): 2, "
							+ "the first at row 5; their working days are not counted, their calendar days still are");
			});
		// and inspect shows it
		assertThat(new FileInspector(new TestReferenceUnits()).inspect(file, false, Locale.ENGLISH).text())
			.contains("Completed dossiers with a date outside the working-day calendar (2003–2041): 2, the first at "
					+ "row 5");
	}

	@Test
	void shouldGroupTheThousandsOfTheDossiersOutsideTheCalendarAsEachLanguageDoes() {
		Problem warning = OutsideCalendar.warning(1234, 57, vn.qms.stats.reference.calendar.WorkingCalendar.standard());
		assertThat(warning.message(ProblemMessages.VIETNAMESE)).startsWith("1.234 hồ sơ đã giải quyết")
			.contains("đầu tiên ở dòng 57:");
		assertThat(warning.message(Locale.ENGLISH)).contains("(2003–2041): 1,234, the first at row 57;");
	}

	@Test
	void shouldNotWarnOfADossierLogInsideTheWorkingDayCalendar() throws Exception {
		// given dossiers of 2026 and of 2003 and 2041, the calendar's first and last
		// years
		Path file = Files.writeString(this.folder.resolve("so-ho-so.csv"), """
				Kỳ báo cáo: Quý III/2026
				Mã đơn vị báo cáo: 91
				Mã hồ sơ,Mã TTHC,Mã cơ quan,Ngày tiếp nhận,Ngày hẹn trả,Ngày trả kết quả,Hình thức nộp
				H91.1,1.001001,91.001,15/08/2026 08:30,20/08/2026 16:30,19/08/2026 10:00,Trực tiếp
				H91.2,1.001001,91.001,01/01/2003 08:00,15/01/2003 16:30,10/01/2003 09:00,Trực tiếp
				H91.3,1.001001,91.001,02/12/2041 08:00,20/12/2041 16:30,31/12/2041 10:00,Trực tiếp
				""");
		// when
		FileReading reading = this.reader.read(file);
		// then
		assertThat(reading.submissions()).singleElement()
			.satisfies((submission) -> assertThat(submission.rowCount()).isEqualTo(3));
		assertThat(reading.problems()).isEmpty();
	}

	@Test
	void shouldStopReadingAtTheFirstProblemBeyondTheLimitAndRejectTheFileListingTheFirstOnes() throws Exception {
		// given a dossier log of 100 rows read in memory, each with a date that is none;
		// 20 problems listed at most
		Path file = BadBm04Csv.write(this.folder.resolve("so-ho-so.csv"), 100, BadBm04Csv.Fault.RECEIVED_NOT_A_DATE);
		// when
		FileReading reading = listingAtMost(20).read(file);
		// then the error where reading stopped comes first, then the first 20 rows
		int stoppedAt = BadBm04Csv.FIRST_DATA_ROW + 20;
		assertThat(reading.submissions()).isEmpty();
		assertThat(reading.problems()).hasSize(21).allMatch(Problem::isError);
		assertThat(reading.problems().get(0)).satisfies((problem) -> {
			assertThat(problem).extracting(Problem::messageKey, Problem::sheet, Problem::row)
				.containsExactly("ingest.file.too.many.problems", "so-ho-so", stoppedAt);
			assertThat(problem.message(ProblemMessages.VIETNAMESE)).startsWith("Tệp có quá nhiều lỗi: dừng đọc ở dòng "
					+ stoppedAt + " của trang tính “so-ho-so” sau 20 lỗi và cảnh báo, tệp bị từ chối");
			assertThat(problem.message(Locale.ENGLISH))
				.startsWith("Too many problems: reading stopped at row " + stoppedAt
						+ " of sheet “so-ho-so” after 20 errors and warnings and the file is rejected")
				.contains("Please fix the problems listed first");
		});
		assertThat(reading.problems().subList(1, 21)).extracting(Problem::row, Problem::column, Problem::messageKey)
			.containsExactlyElementsOf(firstRows(20, "D", "ingest.cell.not.datetime"));
	}

	@Test
	void shouldStopCheckingTheRulesAtTheFirstProblemBeyondTheLimit() throws Exception {
		// given 100 dossiers each due before it was received: rows that read well
		Path file = BadBm04Csv.write(this.folder.resolve("so-ho-so.csv"), 100, BadBm04Csv.Fault.DUE_BEFORE_RECEIVED);
		// when
		FileReading reading = listingAtMost(20).read(file);
		// then
		assertThat(reading.submissions()).isEmpty();
		assertThat(reading.problems()).hasSize(21);
		assertThat(reading.problems().get(0)).extracting(Problem::messageKey, Problem::row)
			.containsExactly("ingest.file.too.many.problems.checks", BadBm04Csv.FIRST_DATA_ROW + 20);
		assertThat(reading.problems().subList(1, 21)).extracting(Problem::row, Problem::column, Problem::messageKey)
			.containsExactlyElementsOf(firstRows(20, "E", "ingest.rule.not.before"));
	}

	@Test
	void shouldSayTheChecksAfterReadingStoppedWhereTheyDidNotThatReadingStoppedThere() throws Exception {
		// given 30 dossiers due before they were received, the last 20 of which hold no
		// date: reading lists exactly 20 problems (the limit), the rules then find one
		Path file = BadBm04Csv.write(this.folder.resolve("so-ho-so.csv"), 30, BadBm04Csv.Fault.DUE_BEFORE_RECEIVED);
		String text = Files.readString(file);
		for (int i = 11; i <= 30; i++) {
			String dossier = String.format("H001.26.%08d,1.001001,91.001,", i);
			text = text.replace(dossier + "15/08/2026 08:30", dossier + "ngày 32/13/2026");
		}
		Files.writeString(file, text);
		// when
		FileReading reading = listingAtMost(20).read(file);
		// then
		assertThat(reading.submissions()).isEmpty();
		assertThat(reading.problems().get(0)).satisfies((problem) -> {
			assertThat(problem).extracting(Problem::messageKey, Problem::row)
				.containsExactly("ingest.file.too.many.problems.checks", BadBm04Csv.FIRST_DATA_ROW);
			assertThat(problem.message(Locale.ENGLISH))
				.startsWith("Too many problems: after 20 errors and warnings, the further checks stopped at row "
						+ BadBm04Csv.FIRST_DATA_ROW + " of sheet “so-ho-so”")
				.doesNotContain("reading stopped");
			assertThat(problem.message(ProblemMessages.VIETNAMESE))
				.startsWith("Tệp có quá nhiều lỗi: sau 20 lỗi và cảnh báo, các bước kiểm tra tiếp theo dừng ở dòng "
						+ BadBm04Csv.FIRST_DATA_ROW);
		});
		assertThat(reading.problems().subList(1, 21)).extracting(Problem::messageKey)
			.containsOnly("ingest.cell.not.datetime");
	}

	@Test
	void shouldListEveryProblemOfAFileOfExactlyAsManyAsTheLimit() throws Exception {
		// given
		Path file = BadBm04Csv.write(this.folder.resolve("so-ho-so.csv"), 20, BadBm04Csv.Fault.DUE_BEFORE_RECEIVED);
		// when
		FileReading reading = listingAtMost(20).read(file);
		// then the file is judged as usual: its submission, and its 20 errors
		assertThat(reading.submissions()).singleElement()
			.satisfies((submission) -> assertThat(submission.rowCount()).isEqualTo(20));
		assertThat(reading.problems()).hasSize(20)
			.extracting(Problem::messageKey)
			.containsOnly("ingest.rule.not.before");
	}

	private static SubmissionReader listingAtMost(int problems) {
		return new SubmissionReader(new TestReferenceUnits(), Forms.all(), GuardLimits.defaults(),
				RowLimit.DEFAULT_MAX_ROWS, problems);
	}

	/** Row, column and message of one problem on each of the first data rows. */
	private static List<Tuple> firstRows(int count, String column, String messageKey) {
		return IntStream.range(0, count)
			.mapToObj((i) -> tuple(BadBm04Csv.FIRST_DATA_ROW + i, column, messageKey))
			.toList();
	}

	private static boolean compliant(vn.qms.stats.ingest.sheet.ParsedRow row) {
		long total = (Long) row.get("mandatory_total");
		return total > 0 && total == (Long) row.get("mandatory_announced");
	}

}
