package vn.qms.stats.ingest.sheet;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.ingest.sheet.TitleBlock.Field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class CsvWorkbookSourceTests {

	private static final String HEADER = "Mã đơn vị{0}Tên đơn vị{0}Số cơ quan thuộc đối tượng bắt buộc{0}"
			+ "Số cơ quan bắt buộc đã công bố{0}Số TTHC";

	private final SheetReader reader = new SheetReader(Forms.all());

	@TempDir
	Path folder;

	@Test
	void shouldReadUtf8WithBomSeparatedBySemicolonsWithVietnameseNumbers() throws Exception {
		// given
		String text = "\uFEFFKỳ báo cáo: Năm 2020;;;;\r\n" + header(";") + "\r\nBYT;Bộ Y tế;1.886;98;\"1.234\"\r\n"
				+ "BTC;Bộ Tài chính;12;12;7\r\n";
		Path file = Files.writeString(this.folder.resolve("bo-nganh.csv"), text, StandardCharsets.UTF_8);
		// when
		ParsedSheet sheet = read(file);
		// then
		assertThat(sheet.sheet()).isEqualTo("bo-nganh");
		assertThat(sheet.title().get(Field.PERIOD)).get().extracting(TitleBlock.Value::text).isEqualTo("Năm 2020");
		assertThat(sheet.problems()).isEmpty();
		assertThat(sheet.rows()).extracting(ParsedRow::row).containsExactly(3, 4);
		assertThat(sheet.rows().get(0).values()).containsEntry("unit_code", "BYT")
			.containsEntry("unit_name", "Bộ Y tế")
			.containsEntry("mandatory_total", 1886L)
			.containsEntry("tthc_total", 1234L);
	}

	@Test
	void shouldReadUtf16LittleEndianWithBomSeparatedByTabs() throws Exception {
		// given
		String text = "\uFEFF" + header("\t") + "\r\nBYT\tBộ Y tế\t40\t38\t\r\n";
		Path file = Files.write(this.folder.resolve("utf16.csv"), text.getBytes(StandardCharsets.UTF_16LE));
		// when
		ParsedSheet sheet = read(file);
		// then
		assertThat(sheet.problems()).isEmpty();
		assertThat(sheet.rows()).singleElement().satisfies((row) -> {
			assertThat(row.get("unit_name")).isEqualTo("Bộ Y tế");
			assertThat(row.get("mandatory_announced")).isEqualTo(38L);
		});
	}

	@Test
	void shouldReadUtf16BigEndianWithBom() throws Exception {
		// given
		String text = "\uFEFF" + header(",") + "\nBYT,Bộ Y tế,40,38,\n";
		Path file = Files.write(this.folder.resolve("utf16be.csv"), text.getBytes(StandardCharsets.UTF_16BE));
		// when
		ParsedSheet sheet = read(file);
		// then
		assertThat(sheet.rows()).singleElement().satisfies((row) -> assertThat(row.get("unit_code")).isEqualTo("BYT"));
	}

	@Test
	void shouldReadPlainCommasBelowTitleLinesWithQuotedSeparatorsAndLineBreaks() throws Exception {
		// given
		String text = "BỘ KHOA HỌC VÀ CÔNG NGHỆ\n" + "\"Kỳ báo cáo: Quý III/2026\"\n" + "Mã đơn vị báo cáo:,VN\n" + "\n"
				+ header(",") + "\n" + "BYT,\"Bộ Y tế, \"\"cơ quan\"\"\nTrung ương\",\"1,886\",40,5\n"
				+ "BTC,Bộ Tài chính;Kho bạc,12,12,3\n";
		Path file = Files.writeString(this.folder.resolve("quy3.csv"), text, StandardCharsets.UTF_8);
		// when
		ParsedSheet sheet = read(file);
		// then
		assertThat(sheet.title().get(Field.PERIOD)).get().extracting(TitleBlock.Value::text).isEqualTo("Quý III/2026");
		assertThat(sheet.title().get(Field.UNIT_CODE)).get().isEqualTo(new TitleBlock.Value("VN", 3, 1));
		assertThat(sheet.rows()).extracting(ParsedRow::row).containsExactly(6, 7);
		assertThat(sheet.rows().get(0).values()).containsEntry("unit_name", "Bộ Y tế, \"cơ quan\" Trung ương")
			.containsEntry("mandatory_total", 1886L);
		assertThat(sheet.rows().get(1).get("unit_name")).isEqualTo("Bộ Tài chính;Kho bạc");
	}

	@Test
	void shouldDetectTheSeparatorThatSplitsRecordsConsistently() {
		// decimal commas in a semicolon file, a quoted semicolon in a comma file
		assertThat(CsvSeparator.detect("Tiêu đề\na;b;c\n98,4;1,5;x\n1;2;3,1,2\n")).isEqualTo(';');
		assertThat(CsvSeparator.detect("a,\"b;c;d\",e\n1,\"2;3\",4\n")).isEqualTo(',');
		assertThat(CsvSeparator.detect("a\tb\tc\n1,5\t2\t3\n")).isEqualTo('\t');
		assertThat(CsvSeparator.detect("một cột\nduy nhất\n")).isEqualTo(',');
	}

	@Test
	void shouldNotBeFooledByAWindows1258FileThatTheGuardRejects() throws Exception {
		// given
		Path file = Files.write(this.folder.resolve("cp1258.csv"),
				(header(";") + "\n").getBytes(Charset.forName("windows-1258")));
		// when / then
		org.assertj.core.api.Assertions.assertThatExceptionOfType(UnreadableFileException.class)
			.isThrownBy(() -> WorkbookSources.open(file))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("ingest.guard.csv.encoding"));
	}

	@Test
	void shouldNameTheCellAndLineOfAQuoteNeverClosed() throws Exception {
		// given a quote opened in cell B3, on line 4 of the file (row 2 holds a quoted
		// line
		// break), and never closed
		Path file = Files.writeString(this.folder.resolve("quote.csv"),
				header(",") + "\n01,\"Hà\nNội\",5,4\n02,\"Hà Giang,3,2\n04,Cao Bằng,1,1\n", StandardCharsets.UTF_8);
		// when / then
		org.assertj.core.api.Assertions.assertThatExceptionOfType(UnreadableSheetException.class)
			.isThrownBy(() -> read(file))
			.satisfies((ex) -> {
				assertThat(ex.messageKey()).isEqualTo("ingest.file.csv.quote.open");
				assertThat(ex.arguments()).containsExactly("quote", "4", "B3");
			});
	}

	@Test
	void shouldNameTheCellAndLineOfTextAfterAClosingQuote() throws Exception {
		// given text after the quote that closes cell B2, on line 2, CRLF line ends
		Path file = Files.writeString(this.folder.resolve("sau-ngoac.csv"),
				header(",") + "\r\n01,\"Hà Nội\" (cũ),5,4\r\n", StandardCharsets.UTF_8);
		// when / then
		org.assertj.core.api.Assertions.assertThatExceptionOfType(UnreadableSheetException.class)
			.isThrownBy(() -> read(file))
			.satisfies((ex) -> {
				assertThat(ex.messageKey()).isEqualTo("ingest.file.csv.after.quote");
				assertThat(ex.arguments()).containsExactly("sau-ngoac", "2", "B2");
			});
	}

	private ParsedSheet read(Path file) throws Exception {
		try (WorkbookSource source = WorkbookSources.open(file); Stream<SourceRow> rows = source.rows(0)) {
			assertThat(source.sheetNames()).hasSize(1);
			return this.reader.read(source.sheetNames().get(0), rows);
		}
	}

	private static String header(String separator) {
		return java.text.MessageFormat.format(HEADER, separator);
	}

	@Test
	void shouldNameTheCellOfAFieldLongerThanExcelAllowsWhereTheParserCountsItsRow() throws Exception {
		// given a quoted line break and a CRLF before it: the field is in the third row
		String text = "a,b\r\n\"x\ny\",c\r\n1,\"q,\"\"" + "z".repeat(40_000) + "\"\r\n";
		Path file = Files.writeString(this.folder.resolve("dai.csv"), text, StandardCharsets.UTF_8);
		// when
		Throwable thrown = catchThrowable(() -> rows(file));
		// then
		assertThat(thrown).isInstanceOfSatisfying(UnreadableSheetException.class, (ex) -> {
			assertThat(ex.messageKey()).isEqualTo("ingest.file.bound.field");
			assertThat(ex.arguments()).startsWith("dai", "B3");
		});
	}

	@Test
	void shouldNameTheRowOfARecordWithMoreFieldsThanASheetHasColumns() throws Exception {
		// given
		String text = "a;b\n\n1;" + ";".repeat(20_000) + "\n";
		Path file = Files.writeString(this.folder.resolve("rong.csv"), text, StandardCharsets.UTF_8);
		// when
		Throwable thrown = catchThrowable(() -> rows(file));
		// then
		assertThat(thrown).isInstanceOfSatisfying(UnreadableSheetException.class, (ex) -> {
			assertThat(ex.messageKey()).isEqualTo("ingest.file.bound.column");
			assertThat(ex.arguments()).containsExactly("rong", "3", "16385");
		});
	}

	@Test
	void shouldReadFieldsOfExactlyTheLongestLengthACellMayHold() throws Exception {
		// given
		String longest = "y".repeat(ReadingBounds.MAX_CELL_CHARS);
		String text = "a,b\r\n\"" + longest.substring(2) + "\"\"\"\"\",2\r\n";
		Path file = Files.writeString(this.folder.resolve("vua.csv"), text, StandardCharsets.UTF_8);
		// when
		long count;
		try (CsvWorkbookSource source = new CsvWorkbookSource(file); Stream<SourceRow> rows = source.rows(0)) {
			count = rows.filter((row) -> row.cells().get(0).text().length() == ReadingBounds.MAX_CELL_CHARS).count();
		}
		// then
		assertThat(count).isEqualTo(1);
	}

	@Test
	void shouldReadAQuotedFieldFollowedByManySpacesAsTheParserDoes() throws Exception {
		// given: spaces after a closing quote, which the parser skips
		String text = "h,k\n\"x\"" + " ".repeat(40_000) + ",y\n";
		Path file = Files.writeString(this.folder.resolve("cach.csv"), text, StandardCharsets.UTF_8);
		// when
		java.util.List<SourceRow> read;
		try (CsvWorkbookSource source = new CsvWorkbookSource(file); Stream<SourceRow> rows = source.rows(0)) {
			read = rows.toList();
		}
		// then
		assertThat(read).hasSize(2);
		assertThat(read.get(1).cells()).extracting(SourceCell::text).containsExactly("x", "y");
	}

	private static long rows(Path file) throws Exception {
		try (CsvWorkbookSource source = new CsvWorkbookSource(file); Stream<SourceRow> rows = source.rows(0)) {
			return rows.count();
		}
	}

}
