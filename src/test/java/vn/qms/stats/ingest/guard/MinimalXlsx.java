package vn.qms.stats.ingest.guard;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A hand-written xlsx of one sheet, whose XML parts a test may replace byte for byte (to
 * put a DOCTYPE where a generator like POI never would).
 */
final class MinimalXlsx {

	static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

	private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

	private static final String OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

	private MinimalXlsx() {
	}

	static String sharedStrings(String prolog, String text) {
		return DECLARATION + prolog + "<sst xmlns=\"" + MAIN + "\" count=\"1\" uniqueCount=\"1\"><si><t>" + text
				+ "</t></si></sst>";
	}

	static String sheet(String prolog, String inlineText) {
		return DECLARATION + prolog + "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\">"
				+ "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>" + inlineText
				+ "</t></is></c></row></sheetData></worksheet>";
	}

	static Map<String, String> parts(String sharedStrings, String sheet) {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", DECLARATION + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
				+ "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
				+ "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + TYPE + "sheet.main+xml\"/>"
				+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + TYPE + "worksheet+xml\"/>"
				+ "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + TYPE + "sharedStrings+xml\"/>"
				+ "</Types>");
		parts.put("_rels/.rels", DECLARATION + "<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"rId1\" Type=\""
				+ OFFICE + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
		parts.put("xl/workbook.xml", DECLARATION + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + OFFICE
				+ "\"><sheets><sheet name=\"BM01\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
		parts.put("xl/_rels/workbook.xml.rels",
				DECLARATION + "<Relationships xmlns=\"" + RELS + "\">" + "<Relationship Id=\"rId1\" Type=\"" + OFFICE
						+ "/worksheet\" Target=\"worksheets/sheet1.xml\"/>" + "<Relationship Id=\"rId2\" Type=\""
						+ OFFICE + "/sharedStrings\" Target=\"sharedStrings.xml\"/>" + "</Relationships>");
		parts.put("xl/worksheets/sheet1.xml", sheet);
		parts.put("xl/sharedStrings.xml", sharedStrings);
		return parts;
	}

	static Path write(Path file, Map<String, String> parts) throws IOException {
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, String> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return file;
	}

}
