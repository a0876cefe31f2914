package vn.qms.stats.ingest.guard;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that an external entity in an xlsx is never resolved: not by the guard, which
 * refuses the file, and not by fastexcel-reader or POI if they were handed the file
 * anyway. The entity points either at a secret file or at a local server that counts
 * connections.
 */
class XmlEntityTests {

	private static final String SECRET = "BI-MAT-KHONG-DUOC-DOC";

	@TempDir
	Path dir;

	private Path secret;

	private ServerSocket server;

	private final AtomicInteger connections = new AtomicInteger();

	@BeforeEach
	void startTrap() throws IOException {
		this.secret = Files.writeString(this.dir.resolve("secret.txt"), SECRET);
		this.server = new ServerSocket(0);
		this.server.setSoTimeout(200);
		Thread trap = new Thread(this::countConnections, "xxe-trap");
		trap.setDaemon(true);
		trap.start();
	}

	@AfterEach
	void stopTrap() throws IOException {
		this.server.close();
	}

	@Test
	void shouldRefuseADoctypeInSharedStringsWithoutResolvingIt() throws IOException {
		// given
		Path file = HostileFiles.xxeInSharedStrings(this.dir, this.secret.toUri());
		// when
		GuardVerdict verdict = new FileGuard().check(file);
		// then
		assertThat(verdict).isEqualTo(GuardVerdict.reject(Format.UNKNOWN, Reasons.XML_DOCTYPE, "xl/sharedStrings.xml"));
		assertThat(verdict.message(GuardVerdict.VIETNAMESE)).contains("DOCTYPE trong xl/sharedStrings.xml");
	}

	@Test
	void shouldRefuseADoctypeInASheet() throws IOException {
		// given
		Path file = HostileFiles.xxeInSheet(this.dir, trapUri());
		// when
		GuardVerdict verdict = new FileGuard().check(file);
		// then
		assertThat(verdict.reasonKey()).isEqualTo(Reasons.XML_DOCTYPE);
		assertThat(verdict.args()).containsExactly("xl/worksheets/sheet1.xml");
		assertThat(this.connections).hasValue(0);
	}

	@Test
	void shouldRefuseADoctypeInASheetWhateverThePartIsNamed() throws IOException {
		// given a sheet named .bin, and one named .dat in UTF-16 with a byte order mark
		Path bin = HostileFiles.xxeInSheetNamed(this.dir, "xl/worksheets/sheet1.bin", StandardCharsets.UTF_8,
				trapUri());
		Path utf16 = HostileFiles.xxeInSheetNamed(this.dir, "xl/worksheets/data.dat", StandardCharsets.UTF_16LE,
				trapUri());
		// when
		GuardVerdict binVerdict = new FileGuard().check(bin);
		GuardVerdict utf16Verdict = new FileGuard().check(utf16);
		// then
		assertThat(binVerdict)
			.isEqualTo(GuardVerdict.reject(Format.UNKNOWN, Reasons.XML_DOCTYPE, "xl/worksheets/sheet1.bin"));
		assertThat(utf16Verdict)
			.isEqualTo(GuardVerdict.reject(Format.UNKNOWN, Reasons.XML_DOCTYPE, "xl/worksheets/data.dat"));
		assertThat(this.connections).hasValue(0);
	}

	@Test
	void shouldReadASheetNamedBinWhichIsWhyItsBytesAreChecked() throws IOException {
		// given
		Path file = HostileFiles.plainSheetNamed(this.dir, "xl/worksheets/sheet1.bin");
		// when
		String text = readWithFastexcel(file);
		// then
		assertThat(text).contains("B1 text");
		assertThat(new FileGuard().check(file)).isEqualTo(GuardVerdict.accept(Format.XLSX, Reasons.OK));
	}

	@Test
	void shouldAcceptBinaryPartsThatNoXmlParserReads() throws IOException {
		// given an image and printer settings beside the sheet
		Map<String, String> parts = MinimalXlsx.parts(MinimalXlsx.sharedStrings("", HostileFiles.CELL_TEXT),
				MinimalXlsx.sheet("", "B1 text"));
		parts.put("xl/media/image1.png", "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR");
		parts.put("xl/printerSettings/printerSettings1.bin", "\u0000\u0000Lexmark MS610");
		Path file = MinimalXlsx.write(this.dir.resolve("hinh.xlsx"), parts);
		// when
		GuardVerdict verdict = new FileGuard().check(file);
		// then
		assertThat(verdict).isEqualTo(GuardVerdict.accept(Format.XLSX, Reasons.OK));
	}

	@Test
	void shouldReadTheControlFileWithFastexcel() throws IOException {
		// given
		Path file = HostileFiles.minimalXlsx(this.dir, "control.xlsx");
		// when
		String text = readWithFastexcel(file);
		// then
		assertThat(new FileGuard().check(file)).isEqualTo(GuardVerdict.accept(Format.XLSX, Reasons.OK));
		assertThat(text).contains(HostileFiles.CELL_TEXT).contains("B1 text");
	}

	@Test
	void shouldNeverLetFastexcelResolveAnExternalEntity() throws Exception {
		// given
		SafeParsing.apply();
		List<Path> files = List.of(HostileFiles.xxeInSharedStrings(this.dir, this.secret.toUri()),
				HostileFiles.xxeInSheet(this.dir, trapUri()));
		for (Path file : files) {
			// when
			Object outcome = readOrFailure(() -> readWithFastexcel(file));
			// then: Aalto refuses the entity reference instead of resolving it
			assertThat(outcome).isInstanceOf(Exception.class);
			assertThat(String.valueOf(outcome)).doesNotContain(SECRET);
		}
		assertThat(this.connections).hasValue(0);
		assertThat(SafeParsing.fastexcelIsSafe()).isTrue();
	}

	@Test
	void shouldNeverLetPoiResolveAnExternalEntity() throws Exception {
		// given
		List<Path> files = List.of(HostileFiles.xxeInSharedStrings(this.dir, trapUri()),
				HostileFiles.xxeInSheet(this.dir, this.secret.toUri()));
		for (Path file : files) {
			// when
			Object outcome = readOrFailure(() -> {
				try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
					return workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()
							+ workbook.getSharedStringSource().getItemAt(0).getString();
				}
			});
			// then: POI's XMLHelper refuses the DOCTYPE
			assertThat(outcome).isInstanceOf(Exception.class);
			assertThat(String.valueOf(outcome)).doesNotContain(SECRET);
		}
		assertThat(this.connections).hasValue(0);
	}

	private URI trapUri() {
		return URI.create("http://127.0.0.1:" + this.server.getLocalPort() + "/xxe");
	}

	private static String readWithFastexcel(Path file) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
			return workbook.getFirstSheet()
				.read()
				.stream()
				.flatMap(Row::stream)
				.map((cell) -> cell.getRawValue())
				.collect(Collectors.joining("|"));
		}
	}

	private static Object readOrFailure(Callable<String> read) {
		try {
			return read.call();
		}
		catch (Exception ex) {
			return ex;
		}
	}

	private void countConnections() {
		while (!this.server.isClosed()) {
			try {
				this.server.accept().close();
				this.connections.incrementAndGet();
			}
			catch (SocketTimeoutException ex) {
				// keep listening
			}
			catch (IOException ex) {
				return;
			}
		}
	}

}
