package vn.qms.stats.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.ingest.guard.GuardLimits;
import vn.qms.stats.ingest.sheet.ProblemLimit;
import vn.qms.stats.ingest.sheet.RowLimit;
import vn.qms.stats.ingest.worker.ParseWorkers;
import vn.qms.stats.ingest.worker.WorkerSettings;
import vn.qms.stats.ingest.guard.HostileSamples;
import vn.qms.stats.ingest.samples.Bm02Sheet;
import vn.qms.stats.ingest.samples.NationalBm02;
import vn.qms.stats.ingest.samples.SampleWorkbooks;
import vn.qms.stats.ingest.text.LegacyVietnamese;
import vn.qms.stats.ingest.text.LegacyVietnamese.Encoding;

import static org.assertj.core.api.Assertions.assertThat;

class FileFormatsTests {

	private static final Locale VI = Locale.forLanguageTag("vi");

	@TempDir
	Path folder;

	private final SubmissionReader reader = new SubmissionReader(new TestReferenceUnits(), Forms.all());

	@Test
	void shouldIngestATcvn3WorkbookWithNamesConvertedAndOneWarningNamingTheCells() throws Exception {
		// given
		Bm02Sheet sheet = tcvn3Ministries();
		Path file = SampleWorkbooks.write(this.folder.resolve("tcvn3.xlsx"), sheet);
		// when
		FileReading reading = this.reader.read(file);
		// then
		assertThat(reading.hasErrors()).isFalse();
		assertThat(reading.submissions()).singleElement().satisfies((submission) -> {
			assertThat(submission.key()).isEqualTo("BM02/VN/2020");
			assertThat(submission.sheets().get(0).rows()).extracting((row) -> row.get("unit_name"))
				.containsExactly("Bộ Y tế", "Bộ Tài chính");
		});
		String cells = "TCVN3: A1, A2, C" + sheet.dataRowNumber(0) + ", C" + sheet.dataRowNumber(1);
		assertThat(reading.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.messageKey()).isEqualTo("ingest.legacy.converted");
			assertThat(problem.sheet()).isEqualTo("Bộ ngành");
			assertThat(problem.message(Locale.ENGLISH)).endsWith("next time: " + cells);
			assertThat(problem.message(VI)).endsWith("(Times New Roman): " + cells);
		});
	}

	@Test
	void shouldShowDecodedTextInInspect() throws Exception {
		// given
		Path file = SampleWorkbooks.write(this.folder.resolve("tcvn3.xlsx"), tcvn3Ministries());
		// when
		String text = new FileInspector(new TestReferenceUnits()).inspect(file, true, Locale.ENGLISH).text();
		// then
		assertThat(text).contains("BM02 - ", "period: Năm 2020", "\tBYT\tBộ Y tế\t", "\tBộ Tài chính\t",
				"converted to Unicode");
		assertThat(text).doesNotContain(LegacyVietnamese.encode("Bộ Y tế", Encoding.TCVN3));
	}

	@Test
	void shouldReadAnXlsRenamedXlsxAsXlsWithAWarning() throws Exception {
		// given
		Path file = writeXls(this.folder.resolve("bo-nganh.xlsx"), NationalBm02.ministries("Năm 2020"));
		// when
		FileReading reading = this.reader.read(file);
		// then
		assertThat(reading.hasErrors()).isFalse();
		assertThat(reading.submissions()).singleElement()
			.satisfies((submission) -> assertThat(submission.rowCount()).isEqualTo(22));
		assertThat(reading.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.isError()).isFalse();
			assertThat(problem.messageKey()).isEqualTo("ingest.guard.renamed");
			assertThat(problem.message(Locale.ENGLISH)).isEqualTo(
					"The file is named .xlsx but is really a .xls file; it is read anyway. Please save it in the right format next time.");
			assertThat(problem.message(VI)).isEqualTo(
					"Tệp có đuôi .xlsx nhưng thực chất là tệp .xls; vẫn được đọc. Lần sau xin lưu đúng định dạng.");
		});
	}

	@Test
	void shouldReadTheSameSubmissionFromXlsXlsxAndCsv() throws Exception {
		// given
		Path xlsx = SampleWorkbooks.write(this.folder.resolve("bo-nganh.xlsx"), NationalBm02.ministries("Năm 2020"));
		Path xls = writeXls(this.folder.resolve("bo-nganh.xls"), NationalBm02.ministries("Năm 2020"));
		Path csv = writeCsv(this.folder.resolve("bo-nganh.csv"), NationalBm02.ministries("Năm 2020"));
		// when
		List<FileReading> readings = List.of(this.reader.read(xlsx), this.reader.read(xls), this.reader.read(csv));
		// then
		assertThat(readings).allSatisfy((reading) -> assertThat(reading.problems()).isEmpty());
		var rows = readings.stream().map((reading) -> reading.submissions().get(0).sheets().get(0).rows()).toList();
		assertThat(rows.get(1)).isEqualTo(rows.get(0));
		assertThat(rows.get(2)).isEqualTo(rows.get(0));
	}

	@Test
	void shouldRejectJunkNamedXlsxWithTheGuardsReason() throws Exception {
		assertRejected(HostileSamples.junkNamedXlsx(this.folder), "ingest.guard.not-spreadsheet",
				"Tệp không phải là bảng tính Excel hay CSV. Xin lưu bảng tính dưới dạng .xlsx rồi gửi lại.",
				"The file is not an Excel or CSV spreadsheet. Please save the spreadsheet as .xlsx and send it again.");
	}

	@Test
	void shouldRejectEncryptedWorkbooksWithTheGuardsReason() throws Exception {
		String vi = "Tệp được đặt mật khẩu nên không đọc được. Xin gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, để trống) rồi gửi lại.";
		String en = "The file is protected by a password and cannot be read. Please remove the password (File > Info > Protect Workbook > Encrypt with Password, leave it empty) and send it again.";
		assertRejected(HostileSamples.encryptedXlsx(this.folder), "ingest.guard.encrypted", vi, en);
		assertRejected(HostileSamples.encryptedXls(this.folder), "ingest.guard.encrypted", vi, en);
	}

	@Test
	void shouldRejectAZipBombWithoutInflatingIt() throws Exception {
		// given
		Path file = HostileSamples.zipBomb(this.folder);
		// when
		Problem problem = this.reader.read(file).problems().get(0);
		// then
		assertThat(problem.messageKey()).isEqualTo("ingest.guard.zip.ratio");
		assertThat(problem.message(VI))
			.startsWith("Tệp có tỉ lệ nén bất thường (thành phần xl/worksheets/sheet1.xml nén ")
			.endsWith(":1, tối đa 100:1), có thể là \"bom nén\"; bị từ chối để bảo vệ hệ thống.");
		assertThat(problem.message(Locale.ENGLISH))
			.startsWith("The file has a suspicious compression ratio (part xl/worksheets/sheet1.xml packed ")
			.endsWith(":1, at most 100:1), possibly a \"zip bomb\"; refused to protect the system.");
	}

	@Test
	void shouldRejectAZipBombThatLiesAboutItsSizeSayingWhichPartLies() throws Exception {
		// given
		Path file = HostileSamples.lyingZipBomb(this.folder);
		// when
		Problem problem = this.reader.read(file).problems().get(0);
		// then
		assertThat(problem.messageKey()).isEqualTo("ingest.guard.zip.size-lie");
		assertThat(problem.message(VI)).isEqualTo("Thành phần xl/worksheets/sheet1.xml khai báo 1048576 byte khi giải "
				+ "nén nhưng thực tế lớn hơn: tệp bị làm giả, có thể là \"bom nén\"; bị từ chối để bảo vệ hệ thống.");
		assertThat(problem.message(Locale.ENGLISH)).isEqualTo("Part xl/worksheets/sheet1.xml declares 1048576 bytes "
				+ "once unpacked but unpacks to more: the file is forged, possibly a \"zip bomb\"; refused to protect "
				+ "the system.");
	}

	@Test
	void shouldRejectACsvThatIsNotUtf8() throws Exception {
		assertRejected(HostileSamples.windows1258Csv(this.folder), "ingest.guard.csv.encoding",
				"Tệp CSV không ở bảng mã UTF-8 hay UTF-16 nên chữ tiếng Việt sẽ bị sai. Xin chọn \"Lưu thành\" > \"CSV UTF-8 (phân cách bằng dấu phẩy)\" rồi gửi lại.",
				"The CSV file is not in UTF-8 or UTF-16, so Vietnamese letters would be garbled. Please \"Save as\" > \"CSV UTF-8 (Comma delimited)\" and send it again.");
	}

	@Test
	void shouldGiveATimeoutVerdictAndStillReadTheNextFile() throws Exception {
		// given
		Path file = SampleWorkbooks.write(this.folder.resolve("national.xlsx"), NationalBm02.ministries("Năm 2020"));
		FileReading stopped;
		try (ParseWorkers workers = new ParseWorkers(
				new WorkerSettings(256, 1, GuardLimits.defaults().withTimeLimit(Duration.ofNanos(1))))) {
			SubmissionReader hurried = new SubmissionReader(new TestReferenceUnits(), Forms.all(), workers,
					RowLimit.DEFAULT_MAX_ROWS, ProblemLimit.DEFAULT_MAX_PROBLEMS);
			// when
			stopped = hurried.read(file);
		}
		FileReading next = this.reader.read(file);
		// then
		assertThat(stopped.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.messageKey()).isEqualTo("ingest.guard.timeout");
			assertThat(problem.message(Locale.ENGLISH)).startsWith("Reading the file took longer than 0 seconds");
		});
		assertThat(next.submissions()).hasSize(1);
	}

	@Test
	void shouldCarryEveryGuardReasonInBothLanguagesWithTheGuardsText() throws IOException {
		for (String language : List.of("vi", "en")) {
			Properties guard = properties("messages/guard_" + language + ".properties");
			Properties ingest = properties("messages/ingest_" + language + ".properties");
			assertThat(guard.stringPropertyNames()).isNotEmpty()
				.allSatisfy((key) -> assertThat(ingest.getProperty("ingest." + key)).as(language + " " + key)
					.isEqualTo(guard.getProperty(key)));
		}
	}

	@Test
	void shouldNameTheCellAndLineOfAQuoteNeverClosedInACsv() throws Exception {
		// given a quote opened on line 5 (cell B5) and never closed
		Path file = Files.writeString(this.folder.resolve("ngoac.csv"),
				"Kỳ báo cáo: Năm 2020\nMã đơn vị báo cáo: VN\n\n"
						+ "Mã đơn vị,Tên đơn vị,Số cơ quan thuộc đối tượng bắt buộc,Số cơ quan bắt buộc đã công bố\n"
						+ "BYT,\"Bộ Y tế,10,10\nBTC,Bộ Tài chính,12,12\n");
		// when, then
		assertRejected(file, "ingest.file.csv.quote.open",
				"Ô B5 của trang tính \"ngoac\" (dòng 5 của tệp) mở một dấu ngoặc kép \" nhưng không đóng lại, nên cả phần "
						+ "còn lại của tệp sẽ bị đọc thành một ô: tệp không được đọc. Hãy đóng dấu ngoặc kép đó (một dấu "
						+ "ngoặc kép nằm trong ô phải viết hai lần: \"\"), hoặc mở tệp bằng Excel rồi lưu lại dạng CSV UTF-8.",
				"Cell B5 of sheet \"ngoac\" (line 5 of the file) opens a quote \" that is never closed, so the whole "
						+ "rest of the file would be read as that one cell: the file is not read. Close that quote (a "
						+ "quote inside a cell is written twice: \"\"), or open the file in Excel and save it again as "
						+ "CSV UTF-8.");
	}

	@Test
	void shouldNameTheLineAndByteOfANulInAUtf8Csv() throws Exception {
		// given a UTF-8 CSV with a BOM and a NUL in the name of row 5, after letters of 2
		// and 3 bytes
		String text = "\uFEFFKỳ báo cáo: Năm 2020\r\nMã đơn vị báo cáo: VN\r\n\r\n"
				+ "Mã đơn vị,Tên đơn vị,Số cơ quan thuộc đối tượng bắt buộc,Số cơ quan bắt buộc đã công bố\r\n"
				+ "BYT,Bộ Y\u0000 tế,10,10\r\n";
		Path file = Files.writeString(this.folder.resolve("nul.csv"), text, StandardCharsets.UTF_8);
		String before = text.substring(0, text.indexOf('\u0000'));
		String offset = String.valueOf(before.getBytes(StandardCharsets.UTF_8).length);
		// when, then
		assertRejected(file, "ingest.guard.csv.nul", "Tệp CSV có một ký tự NUL (byte 0) ở dòng 5 (vị trí byte " + offset
				+ " tính từ đầu tệp, bắt đầu từ 0): tệp CSV chỉ được chứa chữ, nên tệp không được đọc. Ký tự này thường "
				+ "do phần mềm xuất dữ liệu để lại; lưu lại dạng CSV UTF-8 không xoá được nó. Xin xoá ký tự đó (hoặc "
				+ "xuất lại dữ liệu) rồi gửi lại.",
				"The CSV file holds a NUL character (byte 0) on line 5 (byte offset " + offset
						+ " from the start of the file, counting from 0): a CSV file may hold only text, so the file "
						+ "is not read. The character usually comes from the program that exported the data, and "
						+ "saving as CSV UTF-8 again does not remove it. Please delete it (or export the data again) "
						+ "and send the file again.");
		assertThat(Files.readAllBytes(file)[Integer.parseInt(offset)]).isZero();
	}

	@Test
	void shouldRejectAtTheirCellsNumberRecordsOfAnXlsThatHoldNaNOrInfinity() throws Exception {
		// given an .xls whose NUMBER records (0x0203) of two counts are forged to NaN and
		// +infinity
		Bm02Sheet bm02 = nonFiniteMinistries();
		Path file = writeXls(this.folder.resolve("so-hong.xls"), bm02);
		byte[] bytes = Files.readAllBytes(file);
		overwriteNumber(bytes, 4242, Double.NaN);
		overwriteNumber(bytes, 4343, Double.POSITIVE_INFINITY);
		Files.write(file, bytes);
		// when
		FileReading reading = this.reader.read(file);
		// then a bad cell each, never a damaged file
		assertNotFiniteAt(reading, bm02, "NaN", "Infinity");
	}

	@Test
	void shouldRejectAtTheirCellsNumberCellsOfAnXlsxThatHoldNaNOrInfinity() throws Exception {
		// given an .xlsx whose sheet XML holds <v>NaN</v> and <v>INF</v> in two number
		// cells, which no Excel writes
		Bm02Sheet bm02 = nonFiniteMinistries();
		Path file = SampleWorkbooks.write(this.folder.resolve("so-hong.xlsx"), bm02);
		replaceInSheets(file, "<v>4242(\\.0)?</v>", "<v>NaN</v>");
		replaceInSheets(file, "<v>4343(\\.0)?</v>", "<v>INF</v>");
		// when
		FileReading reading = this.reader.read(file);
		// then
		assertNotFiniteAt(reading, bm02, "NaN", "INF");
	}

	private static Bm02Sheet nonFiniteMinistries() {
		return new Bm02Sheet("Bộ ngành").title("Kỳ báo cáo: Năm 2020", "Mã đơn vị báo cáo: VN")
			.row("BYT", "Bộ Y tế", 4242, 10)
			.row("BTC", "Bộ Tài chính", 4343, 12)
			.withoutTotal();
	}

	private static void assertNotFiniteAt(FileReading reading, Bm02Sheet bm02, String first, String second) {
		String column = bm02.columnLetter("mandatory_total");
		assertThat(reading.problems()).filteredOn(Problem::isError)
			.extracting(Problem::sheet, Problem::row, Problem::column, Problem::value, Problem::messageKey)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Bộ ngành", bm02.dataRowNumber(0), column, first,
							"ingest.cell.number.not.finite"),
					org.assertj.core.groups.Tuple.tuple("Bộ ngành", bm02.dataRowNumber(1), column, second,
							"ingest.cell.number.not.finite"));
		Problem problem = reading.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
		assertThat(problem.message(VI)).isEqualTo("Không phải là số Excel có thể lưu (" + first
				+ "): tệp không do Excel tạo ra; hãy nhập lại giá trị của ô");
		assertThat(problem.message(Locale.ENGLISH)).isEqualTo("Not a number Excel can hold (" + first
				+ "): the file was not written by Excel; type the value of the cell again");
	}

	/**
	 * Overwrites the double of the one NUMBER record (type 0x0203, 14 bytes: row, column,
	 * format, then the value) that holds {@code value}.
	 */
	private static void overwriteNumber(byte[] bytes, double value, double forged) {
		java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
		int found = 0;
		for (int i = 0; i + 18 <= bytes.length; i++) {
			if (buffer.getShort(i) == 0x0203 && buffer.getShort(i + 2) == 14 && buffer.getDouble(i + 10) == value) {
				buffer.putDouble(i + 10, forged);
				found++;
			}
		}
		assertThat(found).as("NUMBER records of " + value).isEqualTo(1);
	}

	/** Replaces a pattern in the worksheets' XML of an .xlsx, which must hold it. */
	private static void replaceInSheets(Path file, String regex, String replacement) throws IOException {
		Path copy = file.resolveSibling("copy.xlsx");
		boolean replaced = false;
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(file));
				java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(copy))) {
			for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] bytes = in.readAllBytes();
				out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
				if (entry.getName().startsWith("xl/worksheets/")) {
					String part = new String(bytes, StandardCharsets.UTF_8);
					String changed = part.replaceAll(regex, replacement);
					replaced |= !changed.equals(part);
					bytes = changed.getBytes(StandardCharsets.UTF_8);
				}
				out.write(bytes);
				out.closeEntry();
			}
		}
		assertThat(replaced).as(regex).isTrue();
		Files.move(copy, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	private void assertRejected(Path file, String key, String vi, String en) {
		FileReading reading = this.reader.read(file);
		assertThat(reading.submissions()).isEmpty();
		assertThat(reading.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.isError()).isTrue();
			assertThat(problem.file()).isEqualTo(file.getFileName().toString());
			assertThat(problem.messageKey()).isEqualTo(key);
			assertThat(problem.message(VI)).isEqualTo(vi);
			assertThat(problem.message(Locale.ENGLISH)).isEqualTo(en);
		});
	}

	private static Bm02Sheet tcvn3Ministries() {
		return new Bm02Sheet("Bộ ngành").title(tcvn3("Kỳ báo cáo: Năm 2020"), tcvn3("Mã đơn vị báo cáo: VN"))
			.row("BYT", tcvn3("Bộ Y tế"), 10, 10)
			.row("BTC", tcvn3("Bộ Tài chính"), 12, 12);
	}

	private static String tcvn3(String text) {
		return LegacyVietnamese.encode(text, Encoding.TCVN3);
	}

	/** The sheet as an Excel 97-2003 workbook, total formulas evaluated. */
	private static Path writeXls(Path file, Bm02Sheet bm02) throws IOException {
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(bm02.name());
			List<List<Object>> rows = bm02.rows();
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					set(row, c, rows.get(r).get(c));
				}
			}
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		return file;
	}

	private static void set(Row row, int column, Object value) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(column);
		if (value instanceof Bm02Sheet.Formula formula) {
			cell.setCellFormula(formula.text());
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

	/** The sheet as Excel's "CSV UTF-8": BOM, semicolons, totals as plain numbers. */
	private static Path writeCsv(Path file, Bm02Sheet bm02) throws IOException {
		StringBuilder text = new StringBuilder("\uFEFF");
		for (List<Object> row : bm02.rows()) {
			List<String> cells = row.stream()
				.map((value) -> (value == null || value instanceof Bm02Sheet.Formula) ? "" : value.toString())
				.map((value) -> value.contains(";") ? "\"" + value + "\"" : value)
				.toList();
			text.append(String.join(";", cells)).append("\r\n");
		}
		return Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	private static Properties properties(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = FileFormatsTests.class.getClassLoader().getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
