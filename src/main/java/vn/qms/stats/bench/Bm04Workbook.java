package vn.qms.stats.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a one-sheet {@code .xlsx} by streaming the sheet XML straight into the zip
 * (inline strings, dates as numbers with a date style): memory stays flat whatever the
 * row count.
 */
final class Bm04Workbook implements AutoCloseable {

	private static final String CONTENT_TYPES = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
			<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
			<Default Extension="xml" ContentType="application/xml"/>\
			<Override PartName="/xl/workbook.xml" \
			ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
			<Override PartName="/xl/worksheets/sheet1.xml" \
			ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
			<Override PartName="/xl/styles.xml" \
			ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""";

	private static final String RELS = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
			<Relationship Id="rId1" \
			Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
			Target="xl/workbook.xml"/></Relationships>""";

	private static final String WORKBOOK = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
			xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
			<sheets><sheet name="BM04" sheetId="1" r:id="rId1"/></sheets></workbook>""";

	private static final String WORKBOOK_RELS = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
			<Relationship Id="rId1" \
			Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
			Target="worksheets/sheet1.xml"/>\
			<Relationship Id="rId2" \
			Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
			Target="styles.xml"/></Relationships>""";

	/** Style 1: {@code dd/mm/yyyy hh:mm}. */
	private static final String STYLES = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
			<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy hh:mm"/></numFmts>\
			<fonts count="1"><font><sz val="11"/><name val="Times New Roman"/></font></fonts>\
			<fills count="1"><fill><patternFill patternType="none"/></fill></fills>\
			<borders count="1"><border/></borders>\
			<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
			<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
			<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
			</styleSheet>""";

	private final ZipOutputStream zip;

	private final Writer sheet;

	private final StringBuilder row = new StringBuilder(512);

	private int rowNumber;

	private int column;

	Bm04Workbook(Path file) throws IOException {
		this.zip = new ZipOutputStream(Files.newOutputStream(file));
		this.zip.setLevel(Deflater.BEST_SPEED);
		part(CONTENT_TYPES, "[Content_Types].xml");
		part(RELS, "_rels/.rels");
		part(WORKBOOK, "xl/workbook.xml");
		part(WORKBOOK_RELS, "xl/_rels/workbook.xml.rels");
		part(STYLES, "xl/styles.xml");
		this.zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
		this.sheet = new BufferedWriter(new OutputStreamWriter(this.zip, StandardCharsets.UTF_8), 1 << 16);
		this.sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet "
				+ "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
	}

	private void part(String xml, String name) throws IOException {
		this.zip.putNextEntry(new ZipEntry(name));
		this.zip.write(xml.getBytes(StandardCharsets.UTF_8));
		this.zip.closeEntry();
	}

	Bm04Workbook startRow() {
		this.rowNumber++;
		this.column = 0;
		this.row.setLength(0);
		this.row.append("<row r=\"").append(this.rowNumber).append("\">");
		return this;
	}

	Bm04Workbook text(String text) {
		if (text != null) {
			this.row.append("<c r=\"").append(ref()).append("\" t=\"inlineStr\"><is><t>");
			escape(text);
			this.row.append("</t></is></c>");
		}
		this.column++;
		return this;
	}

	/** A date cell: days since 1899-12-30, with the date style. */
	Bm04Workbook date(double serial) {
		if (!Double.isNaN(serial)) {
			this.row.append("<c r=\"").append(ref()).append("\" s=\"1\"><v>").append(serial).append("</v></c>");
		}
		this.column++;
		return this;
	}

	void endRow() throws IOException {
		this.row.append("</row>");
		this.sheet.append(this.row);
	}

	/** An empty row, as a blank line between title block and header. */
	void skipRow() {
		this.rowNumber++;
	}

	private String ref() {
		return (char) ('A' + this.column) + Integer.toString(this.rowNumber);
	}

	private void escape(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> this.row.append("&lt;");
				case '>' -> this.row.append("&gt;");
				case '&' -> this.row.append("&amp;");
				default -> this.row.append(c);
			}
		}
	}

	@Override
	public void close() throws IOException {
		this.sheet.write("</sheetData></worksheet>");
		this.sheet.flush();
		this.zip.closeEntry();
		this.zip.close();
	}

}
