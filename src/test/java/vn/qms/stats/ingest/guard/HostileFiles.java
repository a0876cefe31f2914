package vn.qms.stats.ingest.guard;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Hostile and odd input files for tests, each written into a directory.
 */
final class HostileFiles {

	static final String PASSWORD = "matkhau123";

	static final String CELL_TEXT = "Sở Tư pháp";

	private static final String CSV_TEXT = "Mã đơn vị;Tên đơn vị;Số thủ tục\r\n001;Sở Tư pháp;12\r\n";

	private HostileFiles() {
	}

	/** A valid workbook made by POI: one sheet BM01 with a text and a number. */
	static Path validXlsx(Path dir, String name) throws IOException {
		try (Workbook workbook = new XSSFWorkbook()) {
			return write(fill(workbook), dir.resolve(name));
		}
	}

	static Path validXls(Path dir, String name) throws IOException {
		try (Workbook workbook = new HSSFWorkbook()) {
			return write(fill(workbook), dir.resolve(name));
		}
	}

	/** A hand-written xlsx that fastexcel and POI read, the control of the XXE files. */
	static Path minimalXlsx(Path dir, String name) throws IOException {
		return MinimalXlsx.write(dir.resolve(name),
				MinimalXlsx.parts(MinimalXlsx.sharedStrings("", CELL_TEXT), MinimalXlsx.sheet("", "B1 text")));
	}

	/** One entry of {@code gigabytes} GB of zeros, a few MB on disk. */
	static Path zipBomb(Path dir, int gigabytes) throws IOException {
		return ZipBomb.write(dir.resolve("bom-nen.xlsx"), "xl/worksheets/sheet1.xml",
				gigabytes * (1024 / (ZipBomb.CHUNK / (1024 * 1024))));
	}

	/**
	 * An xlsx of some 114 KB whose sheet, a plain XML start and then 112 MB of zeros,
	 * declares 1 MB (a plausible 9:1) in its central directory and local header alike.
	 */
	static Path lyingZipBomb(Path dir) throws IOException {
		Map<String, String> parts = MinimalXlsx.parts(MinimalXlsx.sharedStrings("", CELL_TEXT), "");
		parts.remove("xl/worksheets/sheet1.xml");
		return ZipBomb.write(dir.resolve("bom-nen-khai-gian.xlsx"), parts, "xl/worksheets/sheet1.xml",
				MinimalXlsx.DECLARATION + "<worksheet xmlns=\"" + MinimalXlsx.MAIN + "\"><sheetData>", 7, 1024L * 1024);
	}

	/**
	 * An xlsx whose sheet, which fastexcel and POI read through the workbook's
	 * relationships whatever its name, is {@code sheetName} and declares an external
	 * entity pointing at {@code target}, in the given charset (with its byte order mark).
	 */
	static Path xxeInSheetNamed(Path dir, String sheetName, Charset charset, URI target) throws IOException {
		String sheet = MinimalXlsx.sheet(doctype("worksheet", target), "A&xxe;B");
		return renamedSheet(dir, sheetName, sheet.replace("UTF-8", charset.name()), charset);
	}

	/** The control of {@link #xxeInSheetNamed}: the same sheet name, no DOCTYPE. */
	static Path plainSheetNamed(Path dir, String sheetName) throws IOException {
		return renamedSheet(dir, sheetName, MinimalXlsx.sheet("", "B1 text"), StandardCharsets.UTF_8);
	}

	private static Path renamedSheet(Path dir, String sheetName, String sheet, Charset charset) throws IOException {
		Map<String, String> parts = MinimalXlsx.parts(MinimalXlsx.sharedStrings("", CELL_TEXT), sheet);
		parts.remove("xl/worksheets/sheet1.xml");
		parts.replaceAll((name, text) -> text.replace("worksheets/sheet1.xml", sheetName.substring(3)));
		Path file = MinimalXlsx.write(dir.resolve("sheet-" + charset.name() + ".xlsx"), parts);
		boolean bom = !StandardCharsets.UTF_8.equals(charset);
		byte[] bytes = ((bom ? "\uFEFF" : "") + sheet).getBytes(charset);
		try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(file)) {
			Path part = zip.getPath(sheetName);
			Files.createDirectories(part.getParent());
			Files.write(part, bytes);
		}
		return file;
	}

	static Path tooManyEntries(Path dir, int entries) throws IOException {
		Path file = dir.resolve("nhieu-thanh-phan.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (int i = 0; i < entries; i++) {
				zip.putNextEntry(new ZipEntry("xl/media/image" + i + ".png"));
				zip.closeEntry();
			}
		}
		return file;
	}

	/**
	 * An xlsx whose shared strings declare an external entity pointing at {@code target}.
	 */
	static Path xxeInSharedStrings(Path dir, URI target) throws IOException {
		String shared = MinimalXlsx.sharedStrings(doctype("sst", target), "A&xxe;B");
		return MinimalXlsx.write(dir.resolve("xxe-sharedstrings.xlsx"),
				MinimalXlsx.parts(shared, MinimalXlsx.sheet("", "B1 text")));
	}

	/** An xlsx whose sheet declares an external entity pointing at {@code target}. */
	static Path xxeInSheet(Path dir, URI target) throws IOException {
		String sheet = MinimalXlsx.sheet(doctype("worksheet", target), "A&xxe;B");
		return MinimalXlsx.write(dir.resolve("xxe-sheet.xlsx"),
				MinimalXlsx.parts(MinimalXlsx.sharedStrings("", CELL_TEXT), sheet));
	}

	private static String doctype(String root, URI target) {
		return "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + target + "\">]>\n";
	}

	static Path xlsmWithMacros(Path dir) throws IOException {
		Map<String, String> parts = MinimalXlsx.parts(MinimalXlsx.sharedStrings("", CELL_TEXT),
				MinimalXlsx.sheet("", "B1 text"));
		parts.put("xl/vbaProject.bin", "not really VBA, never run");
		return MinimalXlsx.write(dir.resolve("co-macro.xlsm"), parts);
	}

	/** Agile encryption (Excel 2010 and later) with {@link #PASSWORD}. */
	static Path encryptedXlsx(Path dir) throws Exception {
		Path file = dir.resolve("mat-khau.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem(); Workbook workbook = fill(new XSSFWorkbook())) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword(PASSWORD);
			try (OutputStream out = encryptor.getDataStream(fs)) {
				workbook.write(out);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}
		return file;
	}

	/** An .xls with a FILEPASS record (RC4 CryptoAPI) and {@link #PASSWORD}. */
	static Path encryptedXls(Path dir) throws IOException {
		Biff8EncryptionKey.setCurrentUserPassword(PASSWORD);
		try {
			return validXls(dir, "mat-khau.xls");
		}
		finally {
			Biff8EncryptionKey.setCurrentUserPassword(null);
		}
	}

	/** The first half of a valid xlsx, as left by a copy that did not finish. */
	static Path truncatedXlsx(Path dir) throws IOException {
		byte[] whole = Files.readAllBytes(validXlsx(dir, "whole.xlsx"));
		return Files.write(dir.resolve("chep-do.xlsx"), Arrays.copyOf(whole, whole.length / 2));
	}

	static Path empty(Path dir) throws IOException {
		return Files.write(dir.resolve("trong.xlsx"), new byte[0]);
	}

	static Path junk(Path dir) throws IOException {
		byte[] bytes = new byte[4096];
		new Random(42).nextBytes(bytes);
		bytes[0] = 0x01;
		return Files.write(dir.resolve("rac.xlsx"), bytes);
	}

	static Path pdfNamedXlsx(Path dir) throws IOException {
		String pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
		return Files.writeString(dir.resolve("bao-cao.xlsx"), pdf, StandardCharsets.US_ASCII);
	}

	static Path xlsNamedXlsx(Path dir) throws IOException {
		return validXls(dir, "bao-cao-cu.xlsx");
	}

	/**
	 * A minimal OpenDocument spreadsheet: the stored {@code mimetype} first, as ODF
	 * requires.
	 */
	static Path ods(Path dir) throws IOException {
		Path file = dir.resolve("bang-tinh.ods");
		byte[] mimetype = ZipInspector.ODS_MIMETYPE.getBytes(StandardCharsets.US_ASCII);
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			ZipEntry entry = new ZipEntry("mimetype");
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(mimetype.length);
			CRC32 crc = new CRC32();
			crc.update(mimetype);
			entry.setCrc(crc.getValue());
			zip.putNextEntry(entry);
			zip.write(mimetype);
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"
				.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return file;
	}

	static Path pathTraversal(Path dir) throws IOException {
		Map<String, String> parts = MinimalXlsx.parts(MinimalXlsx.sharedStrings("", CELL_TEXT),
				MinimalXlsx.sheet("", "B1 text"));
		parts.put("../../etc/cron.d/evil", "* * * * * root true");
		return MinimalXlsx.write(dir.resolve("vuot-thu-muc.xlsx"), parts);
	}

	static Path utf16Csv(Path dir) throws IOException {
		byte[] text = CSV_TEXT.getBytes(StandardCharsets.UTF_16LE);
		byte[] bytes = new byte[text.length + 2];
		bytes[0] = (byte) 0xFF;
		bytes[1] = (byte) 0xFE;
		System.arraycopy(text, 0, bytes, 2, text.length);
		return Files.write(dir.resolve("utf16.csv"), bytes);
	}

	static Path utf8Csv(Path dir) throws IOException {
		return Files.writeString(dir.resolve("utf8.csv"), CSV_TEXT, StandardCharsets.UTF_8);
	}

	/** Vietnamese in Windows-1258, as saved by old Excel: not valid UTF-8. */
	static Path windows1258Csv(Path dir) throws IOException {
		return Files.write(dir.resolve("cp1258.csv"), CSV_TEXT.getBytes(Charset.forName("windows-1258")));
	}

	private static Workbook fill(Workbook workbook) {
		Sheet sheet = workbook.createSheet("BM01");
		sheet.createRow(0).createCell(0).setCellValue(CELL_TEXT);
		sheet.createRow(1).createCell(0).setCellValue(42);
		return workbook;
	}

	private static Path write(Workbook workbook, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		return file;
	}

}
