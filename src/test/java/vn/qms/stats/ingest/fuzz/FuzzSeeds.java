package vn.qms.stats.ingest.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import vn.qms.stats.ingest.corpus.BadFileCorpus;
import vn.qms.stats.ingest.guard.FileGuard;
import vn.qms.stats.ingest.guard.Format;
import vn.qms.stats.ingest.text.LegacyVietnamese;
import vn.qms.stats.ingest.text.LegacyVietnamese.Encoding;

/**
 * Writes the seed corpus of the fuzz targets into {@code src/test/resources}: the files
 * of {@link BadFileCorpus} and {@code input-samples/}, each given to the target of its
 * format, zips also repacked with STORED entries so that mutations reach the XML instead
 * of breaking the deflate stream, and Vietnamese phrases in Unicode, TCVN3 and VNI for
 * the text decoder. Seeds above {@value #MAX_SEED_BYTES} bytes are left out. Not part of
 * the test run: {@code FUZZ_WRITE_SEEDS=1 ./mvnw test -Dtest=FuzzSeeds}.
 */
class FuzzSeeds {

	static final int MAX_SEED_BYTES = 24 * 1024;

	private static final Path RESOURCES = Path.of("src/test/resources/vn/qms/stats/ingest");

	private static final String SEED = "seed-";

	private static final String GUARD = "guard/FileGuardFuzzTestsInputs/check";

	private static final String XLSX = "sheet/WorkbookSourcesFuzzTestsInputs/xlsx";

	private static final String XLS = "sheet/WorkbookSourcesFuzzTestsInputs/xls";

	private static final String CSV = "sheet/WorkbookSourcesFuzzTestsInputs/csv";

	private static final List<String> PHRASES = List.of("Sở Tư pháp", "Ủy ban nhân dân tỉnh An Giang",
			"Bộ Tài nguyên và Môi trường", "Quý III/2026", "Thủ tục cấp giấy chứng nhận quyền sử dụng đất",
			"Đã công bố hệ thống quản lý chất lượng", "Trễ hạn 3 ngày; đúng hạn", "TRUNG TÂM HÀNH CHÍNH CÔNG",
			"Sở Giáo dục và Đào tạo tỉnh Bà Rịa - Vũng Tàu", "Xã Ea Tiêu, huyện Cư Kuin");

	@TempDir
	Path scratch;

	@Test
	@EnabledIfEnvironmentVariable(named = "FUZZ_WRITE_SEEDS", matches = "1")
	void writeSeeds() throws Exception {
		Path corpus = this.scratch.resolve("corpus");
		BadFileCorpus.write(corpus, this.scratch.resolve("work"));
		List<Path> files = new ArrayList<>();
		try (Stream<Path> listed = Files.list(corpus)) {
			listed.sorted().forEach(files::add);
		}
		try (Stream<Path> listed = Files.list(Path.of("input-samples"))) {
			listed.sorted().forEach(files::add);
		}
		FileGuard guard = new FileGuard();
		for (Path file : files) {
			String name = file.getFileName().toString();
			if (!representative(name)) {
				continue;
			}
			byte[] bytes = Files.readAllBytes(file);
			Format format = guard.check(file).format();
			seed(GUARD, name, bytes);
			switch (format) {
				case XLSX, XLSM -> {
					byte[] stored = stored(file);
					seed(XLSX, name, bytes);
					seed(XLSX, "stored-" + name, stored);
					seed(GUARD, "stored-" + name, stored);
					SeedConversions.Table table = SeedConversions.table(file);
					seed(XLS, base(name) + ".xls", SeedConversions.xls(table));
					seed(CSV, base(name) + "-comma.csv",
							SeedConversions.csv(table, ',', StandardCharsets.UTF_8, false));
					seed(CSV, base(name) + "-semicolon-bom.csv",
							SeedConversions.csv(table, ';', StandardCharsets.UTF_8, true));
					seed(CSV, base(name) + "-tab-utf16.csv",
							SeedConversions.csv(table, '\t', StandardCharsets.UTF_16LE, true));
				}
				case XLS -> seed(XLS, name, bytes);
				case CSV -> seed(CSV, name, bytes);
				default -> {
					// rejected by the guard: a seed of the guard only
				}
			}
		}
		for (int i = 0; i < PHRASES.size(); i++) {
			String phrase = PHRASES.get(i);
			for (Encoding encoding : List.of(Encoding.UNICODE, Encoding.TCVN3, Encoding.VNI)) {
				String text = LegacyVietnamese.encode(phrase, encoding);
				seed("text/LegacyVietnameseFuzzTestsInputs/decodeIfLegacy",
						"phrase" + i + "-" + encoding.name().toLowerCase(Locale.ROOT),
						text.getBytes(StandardCharsets.UTF_8));
			}
		}
	}

	/**
	 * Findings made by hand from what the readers are known to do, beside the ones the
	 * fuzzer found: a shared-string index of two billion (fastexcel fills its list of
	 * shared strings up to the index a cell names) and a number with an exponent of a
	 * billion (its plain text is a billion digits).
	 */
	@Test
	@EnabledIfEnvironmentVariable(named = "FUZZ_WRITE_SEEDS", matches = "1")
	void writeHandmadeFindings() throws IOException {
		Path folder = RESOURCES.resolve("fuzz/findings/xlsx");
		Files.createDirectories(folder);
		Files.write(folder.resolve("handmade-shared-string-index-2000000000.xlsx"),
				storedXlsx("<c r=\"A1\" t=\"s\"><v>2000000000</v></c>"));
		Files.write(folder.resolve("handmade-number-exponent-999999999.xlsx"),
				storedXlsx("<c r=\"A1\"><v>1E+999999999</v></c>"));
		// the fuzzer's findings, cut down to the one cell that matters
		Files.write(folder.resolve("handmade-control-character.xlsx"),
				storedXlsx("<c r=\"A1\" t=\"inlineStr\"><is><t>S\u0001</t></is></c>"));
		Files.write(folder.resolve("handmade-shared-string-index-not-a-number.xlsx"),
				storedXlsx("<c r=\"A1\" t=\"s\"><v>:0</v></c>"));
		Files.write(folder.resolve("handmade-cell-reference-without-row.xlsx"), storedXlsx("<c r=\"A\"><v>1</v></c>"));
		Files.write(folder.resolve("handmade-column-zzzzzz.xlsx"), storedXlsx("<c r=\"ZZZZZZ1\"><v>1</v></c>"));
		Files.write(folder.resolve("handmade-unknown-cell-type.xlsx"), storedXlsx("<c r=\"A1\" t=\"m\"><v>1</v></c>"));
		Files.write(folder.resolve("handmade-cell-reference-slash.xlsx"), storedXlsx("<c r=\"/1\"><v>1</v></c>"));
		Files.write(folder.resolve("handmade-row-number-not-a-number.xlsx"),
				storedXlsx("<row r=\"/\">", "<c r=\"A1\"><v>1</v></c>"));
	}

	/** A one-sheet xlsx of STORED entries whose first row holds {@code cells}. */
	static byte[] storedXlsx(String cells) throws IOException {
		return storedXlsx("<row r=\"1\">", cells);
	}

	/** The same with the row's start tag given. */
	static byte[] storedXlsx(String rowStart, String cells) throws IOException {
		String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
		String relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
		String office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
		String type = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
		Map<String, String> parts = new LinkedHashMap<>();
		parts
			.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" "
					+ "ContentType=\"" + type + "sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" "
					+ "ContentType=\"" + type + "worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" "
					+ "ContentType=\"" + type + "sharedStrings+xml\"/></Types>");
		parts.put("_rels/.rels", "<Relationships xmlns=\"" + relationships + "\"><Relationship Id=\"rId1\" Type=\""
				+ office + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
		parts.put("xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + office
				+ "\"><sheets><sheet name=\"BM01\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
		parts.put("xl/_rels/workbook.xml.rels",
				"<Relationships xmlns=\"" + relationships + "\"><Relationship Id=\"rId1\" " + "Type=\"" + office
						+ "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" + office
						+ "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
		parts.put("xl/worksheets/sheet1.xml",
				"<worksheet xmlns=\"" + main + "\"><sheetData>" + rowStart + cells + "</row></sheetData></worksheet>");
		parts.put("xl/sharedStrings.xml",
				"<sst xmlns=\"" + main + "\" count=\"1\" uniqueCount=\"1\"><si><t>Sở Tư pháp</t></si></sst>");
		Map<String, byte[]> bytes = new LinkedHashMap<>();
		parts.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
		return stored(bytes);
	}

	/**
	 * The samples of the national and agency forms, the first case of each form's rules,
	 * and every hostile and odd file; the other cases of the rules differ by a cell.
	 */
	private static boolean representative(String name) {
		return name.startsWith("bm01_") || name.startsWith("bm02_") || name.matches("bm0\\d-01-.*")
				|| name.matches("[ho]\\d\\d-.*");
	}

	private static String base(String name) {
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(0, dot) : name;
	}

	private static void seed(String folder, String name, byte[] bytes) throws IOException {
		if (bytes.length == 0 || bytes.length > MAX_SEED_BYTES) {
			return;
		}
		Path target = RESOURCES.resolve(folder);
		Files.createDirectories(target);
		Files.write(target.resolve(SEED + name), bytes);
	}

	/** The zip's entries in their order, uncompressed. */
	static byte[] stored(Path zipFile) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipFile zip = new ZipFile(zipFile.toFile())) {
			for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements();) {
				ZipEntry entry = all.nextElement();
				try (InputStream in = zip.getInputStream(entry)) {
					entries.put(entry.getName(), in.readAllBytes());
				}
			}
		}
		return stored(entries);
	}

	private static byte[] stored(Map<String, byte[]> entries) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> part : entries.entrySet()) {
				ZipEntry entry = new ZipEntry(part.getKey());
				entry.setMethod(ZipEntry.STORED);
				entry.setSize(part.getValue().length);
				entry.setCompressedSize(part.getValue().length);
				CRC32 crc = new CRC32();
				crc.update(part.getValue());
				entry.setCrc(crc.getValue());
				zip.putNextEntry(entry);
				zip.write(part.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
