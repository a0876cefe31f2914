package vn.qms.stats.ingest.sheet;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.qms.stats.ingest.Problem;
import vn.qms.stats.ingest.form.Column;
import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.ingest.sheet.TitleBlock.Field;

import static org.assertj.core.api.Assertions.assertThat;

class SheetReaderTests {

	private static final List<String> HEADER = List.of("Mã đơn vị", "Tên đơn vị", "Số cơ quan thuộc đối tượng bắt buộc",
			"Số cơ quan bắt buộc đã công bố");

	private final SheetReader reader = new SheetReader(Forms.all());

	@Test
	void shouldReadTitleValuesAfterTheColonOrInTheNextCell() {
		// given
		List<SourceRow> rows = List.of(row(1, "UBND TỈNH AN GIANG"), row(2, "KỲ BÁO CÁO :  Quý III/2026"),
				row(3, "Mã đơn vị báo cáo", null, "89"), row(4, "Ngày  báo cáo:", "05/10/2026"), header(6, HEADER),
				row(7, "001", "Thành phố Long Xuyên", 12, 12));
		// when
		ParsedSheet sheet = this.reader.read("Sheet1", rows.stream());
		// then
		assertThat(sheet.title().get(Field.PERIOD)).get().extracting(TitleBlock.Value::text).isEqualTo("Quý III/2026");
		assertThat(sheet.title().get(Field.UNIT_CODE)).get()
			.satisfies((value) -> assertThat(value).isEqualTo(new TitleBlock.Value("89", 3, 2)));
		assertThat(sheet.title().get(Field.REPORT_DATE)).get()
			.extracting(TitleBlock.Value::text)
			.isEqualTo("05/10/2026");
		assertThat(sheet.rows()).hasSize(1);
	}

	@Test
	void shouldRejectATitleBlockThatStatesTwoUnitsNamingBothCells() {
		// given
		List<SourceRow> rows = List.of(row(4, "Kỳ báo cáo: Quý IV/2026"), row(5, "Mã đơn vị báo cáo:", "91"),
				row(6, "Mã đơn vị báo cáo:", "01"), header(8, HEADER), row(9, "001", "Thành phố Long Xuyên", 12, 12));
		// when
		ParsedSheet sheet = this.reader.read("BM01", rows.stream());
		// then: neither line wins silently
		assertThat(sheet.problemsAboveTheData()).singleElement().satisfies((problem) -> {
			assertThat(problem.isError()).isTrue();
			assertThat(problem.messageKey()).isEqualTo("ingest.title.conflict");
			assertThat(problem.sheet()).isEqualTo("BM01");
			assertThat(problem.arguments()).containsExactly("Mã đơn vị báo cáo", "Reporting unit code", "B5", "91",
					"B6", "01");
		});
	}

	@Test
	void shouldWarnOfAnotherTextBesideATitleValueNamingTheValueRead() {
		// given a value after the colon and another text in the next cell: a second
		// value,
		// or a note ("(từ 01/10 đến 31/12/2026)")
		List<SourceRow> rows = List.of(row(4, "Kỳ báo cáo: Quý IV/2026", "(từ 01/10 đến 31/12/2026)"),
				row(5, "Mã đơn vị báo cáo:", "91", "01"), header(8, HEADER),
				row(9, "001", "Thành phố Long Xuyên", 12, 12));
		// when
		ParsedSheet sheet = this.reader.read("BM01", rows.stream());
		// then the file is read with the first value, and the sender told which one
		assertThat(sheet.problemsAboveTheData())
			.extracting(Problem::isError, Problem::messageKey, (problem) -> problem.arguments().get(2),
					(problem) -> problem.arguments().get(4))
			.containsExactly(org.assertj.core.groups.Tuple.tuple(false, "ingest.title.beside", "A4", "B4"),
					org.assertj.core.groups.Tuple.tuple(false, "ingest.title.beside", "B5", "C5"));
		assertThat(sheet.title().get(Field.UNIT_CODE)).get().extracting(TitleBlock.Value::text).isEqualTo("91");
	}

	@Test
	void shouldAcceptATitleFieldStatedTwiceAlikeAndALabelOfAnotherFieldBesideIt() {
		// given the receiving unit beside the reporting unit, as official forms print it
		List<SourceRow> rows = List.of(row(3, "Đơn vị báo cáo: Sở Tư pháp", "Đơn vị nhận báo cáo: UBND tỉnh"),
				row(4, "Kỳ báo cáo: Quý IV/2026"), row(5, "Kỳ báo cáo:", "Quý  IV/2026"), header(8, HEADER),
				row(9, "001", "Thành phố Long Xuyên", 12, 12));
		// when
		ParsedSheet sheet = this.reader.read("BM01", rows.stream());
		// then
		assertThat(sheet.problemsAboveTheData()).isEmpty();
		assertThat(sheet.title().get(Field.UNIT_NAME)).get().extracting(TitleBlock.Value::text).isEqualTo("Sở Tư pháp");
		assertThat(sheet.title().get(Field.PERIOD)).get().extracting(TitleBlock.Value::row).isEqualTo(4);
	}

	@Test
	void shouldReadEnglishTitleLabelsAndHeaders() {
		// given
		List<SourceRow> rows = List.of(row(1, "Period: 2026-Q3"), row(2, "Reporting unit: Bộ Y tế"),
				header(3, List.of("Unit code", "UNIT NAME", "Mandatory bodies", "Mandatory bodies announced")),
				row(4, "BYT", "Bộ Y tế", 40, 38));
		// when
		ParsedSheet sheet = this.reader.read("Sheet1", rows.stream());
		// then
		assertThat(sheet.form()).isEqualTo(Forms.BM02);
		assertThat(sheet.title().get(Field.UNIT_NAME)).get().extracting(TitleBlock.Value::text).isEqualTo("Bộ Y tế");
		assertThat(sheet.rows()).singleElement()
			.satisfies((row) -> assertThat(row.get("mandatory_announced")).isEqualTo(38L));
	}

	@Test
	void shouldFindTheHeaderAnywhereBelowAGroupHeaderAndInDecomposedUnicode() {
		// given
		List<String> nfd = HEADER.stream().map((label) -> Normalizer.normalize(label, Normalizer.Form.NFD)).toList();
		List<SourceRow> rows = List.of(row(3, null, null, null, "Đối tượng bắt buộc"), shifted(9, 3, nfd),
				shifted(10, 3, List.of("(1)", "(2)", "(3)", "(4)")),
				shifted(11, 3, List.of("BYT", "Bộ Y tế", "40", "38")));
		// when
		ParsedSheet sheet = this.reader.read("Sheet1", rows.stream());
		// then
		assertThat(sheet.headers().get("unit_code").index()).isEqualTo(3);
		assertThat(sheet.rows()).singleElement().satisfies((row) -> {
			assertThat(row.row()).isEqualTo(11);
			assertThat(row.get("mandatory_total")).isEqualTo(40L);
		});
	}

	@Test
	void shouldSkipANumberedColumnRowAndIgnoreTheSttColumn() {
		// given
		List<Object> header = new ArrayList<>(List.of("STT"));
		header.addAll(HEADER);
		List<SourceRow> rows = List.of(row(1, header.toArray()), row(2, 1, 2, 3, 4, 5),
				row(3, 1, "BYT", "Bộ Y tế", 40, 38));
		// when
		ParsedSheet sheet = this.reader.read("Sheet1", rows.stream());
		// then
		assertThat(sheet.problems()).isEmpty();
		assertThat(sheet.rows()).singleElement().satisfies((row) -> assertThat(row.get("unit_code")).isEqualTo("BYT"));
	}

	@Test
	void shouldStopAtTheFooter() {
		// given
		List<SourceRow> rows = List.of(header(1, HEADER), row(2, "BYT", "Bộ Y tế", 40, 38),
				row(3, "Người lập biểu", null, "Thủ trưởng đơn vị"), row(4, "BTC", "Bộ Tài chính", 1, 1));
		// when / then
		assertThat(this.reader.read("Sheet1", rows.stream()).rows()).hasSize(1);
	}

	@Test
	void shouldReadTheRowsBelowAnEmptyRow() {
		// given a row left empty in the table: written as an empty row, or not written at
		// all (as Excel saves it)
		List<SourceRow> written = List.of(header(1, HEADER), row(2, "BYT", "Bộ Y tế", 40, 38), row(3),
				row(4, "BTC", "Bộ Tài chính", 1, 1));
		List<SourceRow> missing = List.of(header(1, HEADER), row(2, "BYT", "Bộ Y tế", 40, 38),
				row(5, "BTC", "Bộ Tài chính", 1, 1), row(6, "BCA", "Bộ Công an", 2, 2));
		// when / then every row is read
		assertThat(this.reader.read("Sheet1", written.stream()).rows()).extracting(ParsedRow::row)
			.containsExactly(2, 4);
		assertThat(this.reader.read("Sheet1", missing.stream()).rows()).extracting(ParsedRow::row)
			.containsExactly(2, 5, 6);
	}

	@Test
	void shouldEndTheDataAtARowBelowAnEmptyRowThatIsNoData() {
		// given a place and date under the table, below an empty row, then a signature
		List<SourceRow> rows = List.of(header(1, HEADER), row(2, "BYT", "Bộ Y tế", 40, 38),
				row(4, null, "Hà Nội, ngày 05 tháng 10 năm 2026"), row(5, null, "Nguyễn Văn A"));
		// when
		ParsedSheet sheet = this.reader.read("Sheet1", rows.stream());
		// then
		assertThat(sheet.rows()).extracting(ParsedRow::row).containsExactly(2);
		assertThat(sheet.problems()).isEmpty();
	}

	@Test
	void shouldWarnOfRowsThatLookLikeDataBelowTheEndOfTheData() {
		// given a sparse row below an empty row, which ends the data, then full rows
		List<SourceRow> rows = List.of(header(1, HEADER), row(2, "BYT", "Bộ Y tế", 40, 38),
				row(4, "BTC", null, null, null), row(5, "BCA", "Bộ Công an", 2, 2),
				row(6, "BQP", "Bộ Quốc phòng", 3, 3));
		// when
		ParsedSheet sheet = this.reader.read("Sheet1", rows.stream());
		// then the rows left out are said, at the first of them, naming where the data
		// ended
		assertThat(sheet.rows()).extracting(ParsedRow::row).containsExactly(2);
		assertThat(sheet.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.isError()).isFalse();
			assertThat(problem.messageKey()).isEqualTo("ingest.rows.not.read");
			assertThat(problem.row()).isEqualTo(5);
			assertThat(problem.arguments()).containsExactly("4");
		});
	}

	@Test
	void shouldWarnWhenTheTotalRowDisagreesWithTheRows() {
		// given
		List<SourceRow> rows = List.of(header(1, HEADER), row(2, "Tổng cộng", null, 52, 49),
				row(3, "BYT", "Bộ Y tế", 40, 38), row(4, "BTC", "Bộ Tài chính", 12, 12));
		// when
		ParsedSheet sheet = this.reader.read("Sheet1", rows.stream());
		// then
		assertThat(sheet.rows()).hasSize(2);
		assertThat(sheet.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.isError()).isFalse();
			assertThat(problem.messageKey()).isEqualTo("ingest.total.mismatch");
			assertThat(problem.arguments()).containsExactly("49", "50");
			assertThat(problem.row()).isEqualTo(2);
			assertThat(problem.column()).isEqualTo("D");
		});
	}

	@Test
	void shouldWarnOfUnknownColumnsAndRejectDuplicatedOnes() {
		// given
		List<Object> header = new ArrayList<>(HEADER);
		header.add("Ghi chú thêm");
		header.add("Tên đơn vị");
		// when
		ParsedSheet sheet = this.reader.read("Sheet1",
				Stream.of(row(1, header.toArray()), row(2, "BYT", "Bộ Y tế", 1, 1)));
		// then
		assertThat(sheet.problems()).extracting(Problem::severity, Problem::column, Problem::messageKey)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(Problem.Severity.WARNING, "E", "ingest.header.unknown"),
					org.assertj.core.groups.Tuple.tuple(Problem.Severity.ERROR, "F", "ingest.header.duplicate"));
	}

	@Test
	void shouldReadVietnameseAndPlainTextNumbersAndRejectBadCounts() {
		// given
		List<SourceRow> rows = List.of(header(1, HEADER), row(2, "01", "Hà Nội", "1.886", "1 886"),
				row(3, "02", "Hà Giang", "98,4", "-1"), row(4, "04", "Cao Bằng", "abc", "1,886"));
		// when
		ParsedSheet sheet = this.reader.read("Sheet1", rows.stream());
		// then
		assertThat(sheet.rows().get(0).get("mandatory_total")).isEqualTo(1886L);
		assertThat(sheet.rows().get(0).get("mandatory_announced")).isEqualTo(1886L);
		assertThat(sheet.rows().get(2).get("mandatory_announced")).isEqualTo(1886L);
		assertThat(sheet.problems()).extracting(Problem::row, Problem::column, Problem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "C", "ingest.cell.not.count"),
					org.assertj.core.groups.Tuple.tuple(3, "D", "ingest.cell.not.count"),
					org.assertj.core.groups.Tuple.tuple(4, "C", "ingest.cell.not.number"));
	}

	@Test
	void shouldRejectAtTheCellCountsAndDaysLargerThanTheDatabaseHolds() {
		// given counts of 10^9 - 1 (the largest), 3 * 10^9, 10^20; days of 10^7 - 0.01
		// and
		// 12,345,678
		List<SourceRow> counts = List.of(header(1, HEADER), row(2, "01", "Hà Nội", 999_999_999L, 3_000_000_000L),
				row(3, "02", "Hà Giang", "100000000000000000000", 1));
		List<String> bm03 = Forms.BM03.columns().stream().map(Column::labelVi).toList();
		List<SourceRow> days = List.of(header(1, bm03),
				row(2, "1.000001", "Cấp phép", null, "SYT", new BigDecimal("9999999.99"), 9_999_999, "0.99"),
				row(3, "1.000002", "Cấp phép", null, "SYT", 12_345_678, 10, 12_345_668));
		// when
		ParsedSheet countSheet = this.reader.read("BM02", counts.stream());
		ParsedSheet daySheet = this.reader.read("BM03", days.stream());
		// then each is a bad cell, no exception; the largest values are read
		assertThat(countSheet.rows().get(0).get("mandatory_total")).isEqualTo(999_999_999L);
		assertThat(countSheet.problems()).extracting(Problem::row, Problem::column, Problem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "D", "ingest.cell.count.too.large"),
					org.assertj.core.groups.Tuple.tuple(3, "C", "ingest.cell.count.too.large"));
		assertThat(daySheet.rows().get(0).get("statutory_days")).isEqualTo(new BigDecimal("9999999.99"));
		assertThat(daySheet.problems()).extracting(Problem::row, Problem::column, Problem::messageKey)
			.contains(org.assertj.core.groups.Tuple.tuple(3, "E", "ingest.cell.decimal.too.large"),
					org.assertj.core.groups.Tuple.tuple(3, "G", "ingest.cell.decimal.too.large"));
	}

	@Test
	void shouldRejectAtTheCellDatesExcelCannotShow() {
		// given BM04 received dates as serial numbers: 10^15 and -1, no day at all
		List<String> bm04 = Forms.BM04.columns().stream().map(Column::labelVi).toList();
		int received = bm04.indexOf(Forms.BM04.column("received_at").orElseThrow().labelVi());
		List<SourceRow> rows = List.of(header(1, bm04), dated(2, received, 1_000_000_000_000_000L),
				dated(3, received, -1));
		// when
		ParsedSheet sheet = this.reader.read("BM04", rows.stream());
		// then
		assertThat(sheet.problems()).filteredOn((problem) -> problem.messageKey().equals("ingest.cell.not.datetime"))
			.extracting(Problem::row)
			.containsExactly(2, 3);
	}

	@Test
	void shouldRejectAtTheCellDateCellsOutsideTheFormsRangeAndReadItsEdges() {
		// given BM04 date cells: 31/12/9999 (the last day Excel shows), 31/12/1989,
		// 01/01/1990 00:00 and 31/12/2099 23:59, the first and last minutes allowed,
		// and 01/01/2100; an announcement date of BM01 on 29/12/1989
		List<String> bm04 = Forms.BM04.columns().stream().map(Column::labelVi).toList();
		int received = bm04.indexOf(Forms.BM04.column("received_at").orElseThrow().labelVi());
		List<SourceRow> rows = List.of(header(1, bm04), dated(2, received, 2_958_465), dated(3, received, 32_873),
				dated(4, received, new BigDecimal("32874")), dated(5, received, new BigDecimal("73050.999305")),
				dated(6, received, 73_051));
		List<String> bm01 = Forms.BM01.columns().stream().map(Column::labelVi).toList();
		int announced = bm01.indexOf(Forms.BM01.column("announced_on").orElseThrow().labelVi());
		// when
		ParsedSheet sheet = this.reader.read("BM04", rows.stream());
		ParsedSheet agencies = this.reader.read("BM01",
				Stream.of(header(1, bm01), dated(2, announced, new BigDecimal("32871"))));
		// then
		String column = Problem.columnLetter(received);
		assertThat(sheet.problems()).filteredOn((problem) -> problem.messageKey().startsWith("ingest.cell.date"))
			.extracting(Problem::row, Problem::column, Problem::value, Problem::messageKey, Problem::arguments)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(2, column, "2958465", "ingest.cell.date.out.of.range",
							List.of("31/12/9999", "01/01/1990", "31/12/2099")),
					org.assertj.core.groups.Tuple.tuple(3, column, "32873", "ingest.cell.date.out.of.range",
							List.of("31/12/1989", "01/01/1990", "31/12/2099")),
					org.assertj.core.groups.Tuple.tuple(6, column, "73051", "ingest.cell.date.out.of.range",
							List.of("01/01/2100", "01/01/1990", "31/12/2099")));
		assertThat(sheet.rows()).extracting((row) -> row.get("received_at"))
			.containsExactly(null, null, java.time.LocalDateTime.of(1990, 1, 1, 0, 0),
					java.time.LocalDateTime.of(2099, 12, 31, 23, 59), null);
		assertThat(agencies.problems()).filteredOn((problem) -> problem.messageKey().startsWith("ingest.cell.date"))
			.extracting(Problem::row, Problem::column, Problem::value, Problem::arguments)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, Problem.columnLetter(announced), "32871",
					List.of("29/12/1989", "01/01/1990", "31/12/2099")));
	}

	private static SourceRow dated(int number, int column, Number serial) {
		Object[] values = new Object[column + 1];
		values[column] = serial;
		return row(number, values);
	}

	@Test
	void shouldRejectFormulaErrorsAndMissingCachedValues() {
		// given
		SourceRow data = new SourceRow(2,
				List.of(SourceCell.text(0, "BYT"), SourceCell.text(1, "Bộ Y tế"),
						new SourceCell(2, SourceCell.Kind.ERROR, "#DIV/0!", null),
						new SourceCell(3, SourceCell.Kind.NO_CACHED_VALUE, null, null)));
		// when
		ParsedSheet sheet = this.reader.read("Sheet1", Stream.of(header(1, HEADER), data));
		// then
		assertThat(sheet.problems()).extracting(Problem::column, Problem::value, Problem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("C", "#DIV/0!", "ingest.cell.error.value"),
					org.assertj.core.groups.Tuple.tuple("D", "", "ingest.cell.no.cached.value"));
	}

	@Test
	void shouldRequireValuesInRequiredColumns() {
		// when
		ParsedSheet sheet = this.reader.read("Sheet1", Stream.of(header(1, HEADER), row(2, "BYT", null, 1, 1)));
		// then
		assertThat(sheet.problems()).singleElement()
			.satisfies(
					(problem) -> assertThat(problem).extracting(Problem::column, Problem::header, Problem::messageKey)
						.containsExactly("B", "Tên đơn vị", "ingest.value.required"));
	}

	@Test
	void shouldRecogniseNoFormWithoutItsRequiredColumns() {
		// when
		ParsedSheet sheet = this.reader.read("Notes", Stream.of(row(1, "Mã đơn vị", "Tên đơn vị"), row(2, "BYT", "x")));
		// then
		assertThat(sheet.recognised()).isFalse();
		assertThat(sheet.problems()).extracting(Problem::messageKey).containsExactly("ingest.sheet.no.form");
	}

	@Test
	void shouldStopAnEndlessSheetAtTheRowLimitAndSayWhere() {
		// given a header, then rows without end
		Stream<SourceRow> endless = Stream.concat(Stream.of(header(1, HEADER)),
				Stream.iterate(2, (number) -> number + 1).map((number) -> row(number, "BYT", "Bộ Y tế", 1, 1)));
		// when
		ParsedSheet sheet = this.reader.read("Sheet1", endless, new RowLimit(50));
		// then
		assertThat(sheet.rows()).hasSize(50);
		assertThat(sheet.cutShort()).isTrue();
		assertThat(sheet.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.isError()).isTrue();
			assertThat(problem).extracting(Problem::sheet, Problem::row, Problem::messageKey)
				.containsExactly("Sheet1", 52, RowLimit.TOO_MANY_ROWS);
			assertThat(problem.arguments()).containsExactly("Sheet1", "52", "50");
		});
	}

	@Test
	void shouldShareTheRowLimitBetweenTheSheetsOfAFile() {
		// given
		RowLimit limit = new RowLimit(50);
		// when
		ParsedSheet first = this.reader.read("A", rows(30), limit);
		ParsedSheet second = this.reader.read("B", rows(30), limit);
		// then
		assertThat(first.cutShort()).isFalse();
		assertThat(first.rows()).hasSize(30);
		assertThat(second.cutShort()).isTrue();
		assertThat(second.rows()).hasSize(20);
		assertThat(second.problems()).singleElement().extracting(Problem::row).isEqualTo(22);
	}

	@Test
	void shouldReadExactlyAsManyRowsAsTheLimit() {
		// when
		ParsedSheet sheet = this.reader.read("Sheet1", rows(50), new RowLimit(50));
		// then
		assertThat(sheet.cutShort()).isFalse();
		assertThat(sheet.problems()).isEmpty();
		assertThat(sheet.rows()).hasSize(50);
	}

	@Test
	void shouldStopReadingAtTheFirstProblemBeyondTheLimitAndSayWhere() {
		// given a header, then rows without end, each with a count that is no number
		Stream<SourceRow> endless = Stream.concat(Stream.of(header(1, HEADER)),
				Stream.iterate(2, (number) -> number + 1).map((number) -> row(number, "BYT", "Bộ Y tế", "tám", 1)));
		// when
		ParsedSheet sheet = this.reader.read("Sheet1", endless, new RowLimit(50), new ProblemLimit(20));
		// then 20 problems listed, then where reading stopped: at the row of the 21st
		assertThat(sheet.rows()).hasSize(21);
		assertThat(sheet.problems()).hasSize(21);
		assertThat(sheet.problems().subList(0, 20)).extracting(Problem::row)
			.containsExactlyElementsOf(Stream.iterate(2, (number) -> number + 1).limit(20).toList());
		assertThat(sheet.problems().get(20)).satisfies((problem) -> {
			assertThat(problem.isError()).isTrue();
			assertThat(problem).extracting(Problem::sheet, Problem::row, Problem::column, Problem::messageKey)
				.containsExactly("Sheet1", 22, null, ProblemLimit.TOO_MANY_PROBLEMS);
			assertThat(problem.arguments()).containsExactly("Sheet1", "22", "20");
		});
	}

	@Test
	void shouldShareTheProblemLimitBetweenTheSheetsOfAFile() {
		// given
		ProblemLimit limit = new ProblemLimit(20);
		// when
		ParsedSheet first = this.reader.read("A", badRows(15), new RowLimit(50), limit);
		ParsedSheet second = this.reader.read("B", badRows(15), new RowLimit(50), limit);
		// then
		assertThat(first.problems()).hasSize(15);
		assertThat(limit.passed()).isTrue();
		assertThat(second.problems()).hasSize(6)
			.last()
			.extracting(Problem::sheet, Problem::row)
			.containsExactly("B", 7);
	}

	/**
	 * A header in row 1, then {@code count} data rows, each with one count that is no
	 * number.
	 */
	private static Stream<SourceRow> badRows(int count) {
		return Stream.concat(Stream.of(header(1, HEADER)),
				Stream.iterate(2, (number) -> number + 1)
					.limit(count)
					.map((number) -> row(number, "BYT", "Bộ Y tế", "tám", 1)));
	}

	/** A header in row 1, then {@code count} data rows. */
	private static Stream<SourceRow> rows(int count) {
		return Stream.concat(Stream.of(header(1, HEADER)),
				Stream.iterate(2, (number) -> number + 1)
					.limit(count)
					.map((number) -> row(number, "BYT", "Bộ Y tế", 1, 1)));
	}

	private static SourceRow header(int number, List<String> labels) {
		return row(number, labels.toArray());
	}

	private static SourceRow shifted(int number, int columns, List<String> texts) {
		Object[] values = new Object[columns + texts.size()];
		for (int i = 0; i < texts.size(); i++) {
			values[columns + i] = texts.get(i);
		}
		return row(number, values);
	}

	private static SourceRow row(int number, Object... values) {
		List<SourceCell> cells = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof Number value) {
				cells.add(SourceCell.number(i, new BigDecimal(value.toString())));
			}
			else if (values[i] != null) {
				cells.add(SourceCell.text(i, values[i].toString()));
			}
		}
		return new SourceRow(number, cells);
	}

}
