package vn.qms.stats.ingest.guard;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.LinkedHashMap;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.qms.stats.bench.Bm04Generator;
import vn.qms.stats.ingest.samples.HardLinkedFiles;
import vn.qms.stats.ingest.sheet.UnreadableFileException;
import vn.qms.stats.ingest.sheet.WorkbookSources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FileGuardTests {

	private static final Locale VI = GuardVerdict.VIETNAMESE;

	private static final long MB = 1024L * 1024L;

	@TempDir
	Path dir;

	private final FileGuard guard = new FileGuard();

	/** 1 MB for an .xls or .csv, 2 MB for an .xlsx. */
	private final FileGuard small = new FileGuard(
			GuardLimits.defaults().withMaxFileBytes(MB).withMaxXlsxFileBytes(2 * MB));

	@Test
	void shouldAcceptAValidXlsxMadeByPoi() throws IOException {
		// given
		Path file = HostileFiles.validXlsx(this.dir, "bm01.xlsx");
		// when
		GuardVerdict verdict = this.guard.check(file);
		// then
		assertThat(verdict).isEqualTo(GuardVerdict.accept(Format.XLSX, Reasons.OK));
		assertThat(verdict.warning()).isFalse();
		assertThat(verdict.message(VI)).isEqualTo("Tệp hợp lệ, sẽ được đọc.");
	}

	@Test
	void shouldRefuseAFileWithOtherNamesUnreadUntilItHasOneName() throws IOException {
		// given a valid workbook with a second name (a hard link) in the folder
		Path kept = HostileFiles.validXlsx(Files.createDirectories(this.dir.resolve("kept")), "bm01.xlsx");
		Path link = HardLinkedFiles.link(this.dir.resolve("bm01.xlsx"), kept);
		// when
		GuardVerdict verdict = this.guard.check(link);
		// then
		assertThat(verdict).isEqualTo(GuardVerdict.reject(Format.UNKNOWN, Reasons.HARD_LINKED));
		assertThat(verdict.message(VI)).contains("liên kết cứng", "không được đọc");
		assertThat(verdict.message(Locale.ENGLISH)).contains("other names (hard links)",
				"Copy the file into the folder instead of linking it");
		assertThatExceptionOfType(UnreadableFileException.class).isThrownBy(() -> WorkbookSources.open(link))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("ingest.guard.hard-linked"));
		// and once its other name is gone, it is a file like any other
		Files.delete(kept);
		assertThat(this.guard.check(link)).isEqualTo(GuardVerdict.accept(Format.XLSX, Reasons.OK));
	}

	@Test
	void shouldRecogniseAnXlsRenamedXlsxAndWarn() throws IOException {
		// given
		Path file = HostileFiles.xlsNamedXlsx(this.dir);
		// when
		GuardVerdict verdict = this.guard.check(file);
		// then
		assertThat(verdict.format()).isEqualTo(Format.XLS);
		assertThat(verdict.accepted()).isTrue();
		assertThat(verdict.warning()).isTrue();
		assertThat(verdict.reasonKey()).isEqualTo(Reasons.RENAMED);
		assertThat(verdict.message(VI)).startsWith("Tệp có đuôi .xlsx nhưng thực chất là tệp .xls");
		assertThat(verdict.message(Locale.ENGLISH)).startsWith("The file is named .xlsx but is really a .xls file");
	}

	@Test
	void shouldAcceptAPlainXls() throws IOException {
		assertThat(this.guard.check(HostileFiles.validXls(this.dir, "bm02.xls")))
			.isEqualTo(GuardVerdict.accept(Format.XLS, Reasons.OK));
	}

	@Test
	void shouldRefuseAPdfNamedXlsx() throws IOException {
		// given
		Path file = HostileFiles.pdfNamedXlsx(this.dir);
		// when
		GuardVerdict verdict = this.guard.check(file);
		// then
		assertThat(verdict.accepted()).isFalse();
		assertThat(verdict.reasonKey()).isEqualTo(Reasons.PDF);
		assertThat(verdict.message(VI)).contains("PDF, không phải bảng tính");
	}

	@Test
	void shouldRefuseRandomJunkNamedXlsx() throws IOException {
		assertThat(this.guard.check(HostileFiles.junk(this.dir)))
			.isEqualTo(GuardVerdict.reject(Format.UNKNOWN, Reasons.NOT_SPREADSHEET));
	}

	@Test
	void shouldRefuseAnEmptyFile() throws IOException {
		// given
		Path file = HostileFiles.empty(this.dir);
		// when
		GuardVerdict verdict = this.guard.check(file);
		// then
		assertThat(verdict.reasonKey()).isEqualTo(Reasons.EMPTY);
		assertThat(verdict.message(VI)).isEqualTo("Tệp trống (0 byte). Xin gửi lại tệp có dữ liệu.");
		assertThat(verdict.bilingualMessage()).endsWith("The file is empty (0 bytes). Please send a file with data.");
	}

	@Test
	void shouldKeepTheDefaultLimitsLargerForAnXlsxThanForOtherFiles() {
		// given
		GuardLimits limits = GuardLimits.defaults();
		// then: a 5,000,000-row dossier log (285 MB, ~1.95 GB of sheet XML) fits as .xlsx
		assertThat(limits.maxFileBytes()).isEqualTo(200 * MB);
		assertThat(limits.maxXlsxFileBytes()).isEqualTo(1024 * MB);
		assertThat(limits.maxUncompressedBytes()).isEqualTo(8192 * MB);
		assertThat(limits.maxCompressionRatio()).isEqualTo(100);
		assertThat(limits.timeLimit()).isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void shouldAcceptAnXlsxAboveTheLimitOfOtherFilesButWithinItsOwn() throws IOException {
		// given
		Path file = dossierLog(30_000);
		assertThat(Files.size(file)).isBetween(MB, 2 * MB);
		// when
		GuardVerdict verdict = this.small.check(file);
		// then
		assertThat(verdict).isEqualTo(GuardVerdict.accept(Format.XLSX, Reasons.OK));
	}

	@Test
	void shouldRefuseAnXlsxAboveItsLimitNamingThatLimit() throws IOException {
		// given
		Path file = dossierLog(50_000);
		assertThat(Files.size(file)).isBetween(2 * MB, 3 * MB);
		// when
		GuardVerdict verdict = this.small.check(file);
		// then
		assertThat(verdict).isEqualTo(GuardVerdict.reject(Format.UNKNOWN, Reasons.TOO_LARGE, 3L, 2L));
		assertThat(verdict.message(Locale.ENGLISH)).startsWith("The file is too large (3 MB, at most 2 MB).");
		assertThat(verdict.message(VI)).startsWith("Tệp quá lớn (3 MB, tối đa 2 MB).");
	}

	@Test
	void shouldRefuseACsvAboveItsLowerLimitAndSayAnXlsxMayBeLarger() throws IOException {
		// given
		Path file = this.dir.resolve("so-ho-so.csv");
		Files.writeString(file, "H001.26.00000001;1.001001;91.001;01/07/2026;05/07/2026;;Trực tiếp\r\n".repeat(25_000));
		assertThat(Files.size(file)).isBetween(MB, 2 * MB);
		// when
		GuardVerdict verdict = this.small.check(file);
		// then
		assertThat(verdict.accepted()).isFalse();
		assertThat(verdict.reasonKey()).isEqualTo(Reasons.TOO_LARGE_SAVE_AS_XLSX);
		assertThat(verdict.message(Locale.ENGLISH))
			.startsWith("The file is too large (2 MB, at most 1 MB for .xls and .csv files). "
					+ "An Excel workbook saved as .xlsx may be up to 2 MB");
		assertThat(verdict.message(VI)).startsWith("Tệp quá lớn (2 MB, tối đa 1 MB với tệp .xls và .csv).")
			.contains("xin lưu thành .xlsx");
	}

	@Test
	void shouldRefuseAnXlsxWhosePartsWouldUnpackAboveTheLimitNamingThatLimit() throws IOException {
		// given 30,000 rows: some 12 MB of sheet XML
		FileGuard guard = new FileGuard(this.small.limits().withMaxUncompressedBytes(8 * MB));
		Path file = dossierLog(30_000);
		// when
		GuardVerdict verdict = guard.check(file);
		// then
		assertThat(verdict.reasonKey()).isEqualTo(Reasons.ZIP_TOO_LARGE);
		assertThat(verdict.message(Locale.ENGLISH)).containsPattern("\\(\\d+ MB, at most 8 MB\\); refused");
		assertThat((Long) verdict.args().get(0)).isGreaterThan(8);
	}

	@Test
	void shouldRefuseAZipBombFromItsCentralDirectoryQuicklyAndWithLittleMemory() throws IOException {
		// given
		Path bomb = HostileFiles.zipBomb(this.dir, 3);
		assertThat(Files.size(bomb)).isLessThan(10L * 1024 * 1024);
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
		long start = System.nanoTime();
		// when
		GuardVerdict verdict = this.guard.check(bomb);
		// then
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
		assertThat(verdict.accepted()).isFalse();
		assertThat(verdict.reasonKey()).isEqualTo(Reasons.ZIP_RATIO);
		assertThat(verdict.args()).first().isEqualTo("xl/worksheets/sheet1.xml");
		assertThat(verdict.message(VI)).contains("bom nén");
		assertThat(took).isLessThan(Duration.ofSeconds(5));
		assertThat(allocated).isLessThan(32L * 1024 * 1024);
	}

	@Test
	void shouldRefuseAZipBombThatLiesAboutItsSizesFromTheBytesItReallyInflates() throws IOException {
		// given 114 KB that declare 1 MB and inflate to 112 MB
		Path bomb = HostileFiles.lyingZipBomb(this.dir);
		assertThat(Files.size(bomb)).isLessThan(200L * 1024);
		long start = System.nanoTime();
		// when
		GuardVerdict verdict = this.guard.check(bomb);
		// then
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		assertThat(verdict).isEqualTo(
				GuardVerdict.reject(Format.UNKNOWN, Reasons.ZIP_SIZE_LIE, "xl/worksheets/sheet1.xml", "1048576"));
		assertThat(verdict.message(VI)).contains("xl/worksheets/sheet1.xml").contains("bom nén");
		assertThat(verdict.message(Locale.ENGLISH)).contains("declares 1048576 bytes");
		assertThat(took).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void shouldRefuseAZipOfTooManyEntries() throws IOException {
		// given
		Path file = HostileFiles.tooManyEntries(this.dir, 10_001);
		// when
		GuardVerdict verdict = this.guard.check(file);
		// then
		assertThat(verdict.reasonKey()).isEqualTo(Reasons.ZIP_TOO_MANY_ENTRIES);
		assertThat(verdict.message(Locale.ENGLISH)).contains("(10,001 parts, at most 10,000)");
	}

	@Test
	void shouldRefuseATruncatedXlsxAsIncomplete() throws IOException {
		// given
		Path file = HostileFiles.truncatedXlsx(this.dir);
		// when
		GuardVerdict verdict = this.guard.check(file);
		// then
		assertThat(verdict.reasonKey()).isEqualTo(Reasons.TRUNCATED);
		assertThat(verdict.message(VI)).contains("thiếu phần cuối");
	}

	@Test
	void shouldRefuseAnEncryptedXlsxAndAskToRemoveThePassword() throws Exception {
		// given
		Path file = HostileFiles.encryptedXlsx(this.dir);
		// when
		GuardVerdict verdict = this.guard.check(file);
		// then
		assertThat(verdict).isEqualTo(GuardVerdict.reject(Format.ENCRYPTED, Reasons.ENCRYPTED));
		assertThat(verdict.message(VI)).contains("mật khẩu").contains("gỡ mật khẩu");
		assertThat(verdict.message(Locale.ENGLISH)).contains("remove the password");
	}

	@Test
	void shouldRefuseAnEncryptedXls() throws IOException {
		assertThat(this.guard.check(HostileFiles.encryptedXls(this.dir)))
			.isEqualTo(GuardVerdict.reject(Format.ENCRYPTED, Reasons.ENCRYPTED));
	}

	@Test
	void shouldRefuseAnOdsAndAdviseXlsx() throws IOException {
		// given
		Path file = HostileFiles.ods(this.dir);
		// when
		GuardVerdict verdict = this.guard.check(file);
		// then
		assertThat(verdict).isEqualTo(GuardVerdict.reject(Format.ODS, Reasons.ODS));
		assertThat(verdict.message(VI)).contains("Excel (.xlsx)");
	}

	@Test
	void shouldRefuseAStrictOpenXmlWorkbookAndAdviseSavingItAsAnExcelWorkbook() throws IOException {
		// given the namespaces Excel writes when saving as "Strict Open XML Spreadsheet"
		Map<String, String> parts = new LinkedHashMap<>();
		MinimalXlsx.parts(MinimalXlsx.sharedStrings("", "Mã đơn vị"), MinimalXlsx.sheet("", "BM01"))
			.forEach((name, xml) -> parts.put(name,
					xml.replace(MinimalXlsx.MAIN, "http://purl.oclc.org/ooxml/spreadsheetml/main")
						.replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
								"http://purl.oclc.org/ooxml/officeDocument/relationships")));
		Path file = MinimalXlsx.write(this.dir.resolve("strict.xlsx"), parts);
		// when
		GuardVerdict verdict = this.guard.check(file);
		// then
		assertThat(verdict).isEqualTo(GuardVerdict.reject(Format.UNKNOWN, Reasons.STRICT_OOXML));
		assertThat(verdict.message(VI)).contains("Strict Open XML", "Sổ làm việc Excel (.xlsx)");
	}

	@Test
	void shouldAcceptTheSameWorkbookInTheUsualNamespacesEvenIfItQuotesStrictOnes() throws IOException {
		// given: the strict namespace only as text, in a comment of the workbook part
		Map<String, String> parts = MinimalXlsx.parts(MinimalXlsx.sharedStrings("", "Mã đơn vị"),
				MinimalXlsx.sheet("", "BM01"));
		parts.put("xl/workbook.xml", parts.get("xl/workbook.xml")
			.replace("<workbook ", "<!-- http://purl.oclc.org/ooxml/spreadsheetml/main --><workbook "));
		Path file = MinimalXlsx.write(this.dir.resolve("thuong.xlsx"), parts);
		// when
		GuardVerdict verdict = this.guard.check(file);
		// then
		assertThat(verdict).isEqualTo(GuardVerdict.accept(Format.XLSX, Reasons.OK));
	}

	@Test
	void shouldRefuseAZipEntryThatClimbsOutOfItsFolder() throws IOException {
		assertThat(this.guard.check(HostileFiles.pathTraversal(this.dir)))
			.isEqualTo(GuardVerdict.reject(Format.UNKNOWN, Reasons.ZIP_BAD_NAME, "../../etc/cron.d/evil"));
	}

	@Test
	void shouldAcceptAnXlsmAndWarnThatMacrosAreNeverRun() throws IOException {
		// given
		Path file = HostileFiles.xlsmWithMacros(this.dir);
		// when
		GuardVerdict verdict = this.guard.check(file);
		// then
		assertThat(verdict).isEqualTo(GuardVerdict.accept(Format.XLSM, Reasons.MACROS));
		assertThat(verdict.message(VI)).contains("macro không bao giờ được chạy");
	}

	@Test
	void shouldAcceptUtf16CsvWithBomAndUtf8Csv() throws IOException {
		assertThat(this.guard.check(HostileFiles.utf16Csv(this.dir)))
			.isEqualTo(GuardVerdict.accept(Format.CSV, Reasons.OK));
		assertThat(this.guard.check(HostileFiles.utf8Csv(this.dir)))
			.isEqualTo(GuardVerdict.accept(Format.CSV, Reasons.OK));
	}

	@Test
	void shouldRefuseAWindows1258CsvAndAskForUtf8() throws IOException {
		// given
		Path file = HostileFiles.windows1258Csv(this.dir);
		// when
		GuardVerdict verdict = this.guard.check(file);
		// then
		assertThat(verdict).isEqualTo(GuardVerdict.reject(Format.CSV, Reasons.CSV_ENCODING));
		assertThat(verdict.message(VI)).contains("CSV UTF-8");
	}

	@Test
	void shouldNameTheLineAndByteOfANulInACsvThatOtherwiseDecodes() throws IOException {
		// given a NUL on line 3 of a UTF-16LE file with its BOM: 2 bytes a character
		String text = "a,b\r\nc,d\n\"e\u0000\",f\n";
		byte[] utf16 = text.getBytes(StandardCharsets.UTF_16LE);
		byte[] bytes = new byte[utf16.length + 2];
		bytes[0] = (byte) 0xFF;
		bytes[1] = (byte) 0xFE;
		System.arraycopy(utf16, 0, bytes, 2, utf16.length);
		Path file = Files.write(this.dir.resolve("nul16.csv"), bytes);
		// when
		GuardVerdict verdict = this.guard.check(file);
		// then
		assertThat(verdict).isEqualTo(GuardVerdict.reject(Format.CSV, Reasons.CSV_NUL, "3", "24"));
		assertThat(verdict.message(Locale.ENGLISH)).startsWith("The CSV file holds a NUL character (byte 0) on line 3");
		assertThat(verdict.message(VI)).startsWith("Tệp CSV có một ký tự NUL (byte 0) ở dòng 3");
	}

	@Test
	void shouldRefuseUtf16WithoutItsBomAsAnEncodingNotAsNuls() throws IOException {
		// given
		Path file = Files.write(this.dir.resolve("utf16-no-bom.csv"),
				"Mã đơn vị,Tên đơn vị\nBYT,Bộ Y tế\n".getBytes(StandardCharsets.UTF_16LE));
		// when, then
		assertThat(this.guard.check(file)).isEqualTo(GuardVerdict.reject(Format.CSV, Reasons.CSV_ENCODING));
	}

	@Test
	void shouldRefuseTextThatIsNotNamedCsv() throws IOException {
		// given
		Path file = Files.copy(HostileFiles.utf8Csv(this.dir), this.dir.resolve("du-lieu.txt"));
		// when / then
		assertThat(this.guard.check(file).reasonKey()).isEqualTo(Reasons.NOT_SPREADSHEET);
	}

	@Test
	void shouldCallAMissingFileUnreadableRatherThanThrow() {
		assertThat(this.guard.check(this.dir.resolve("khong-co.xlsx")).reasonKey()).isEqualTo(Reasons.UNREADABLE);
	}

	/** A dossier log (BM04) of some 56 bytes a row once packed. */
	private Path dossierLog(int rows) throws IOException {
		return new Bm04Generator(rows, 0.0, 2, 30, 11).write(this.dir.resolve("so-ho-so-" + rows + ".xlsx"));
	}

}
