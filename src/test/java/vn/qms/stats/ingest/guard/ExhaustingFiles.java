package vn.qms.stats.ingest.guard;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

/**
 * Small files that exhaust a reader rather than trip the guard: each passes the byte
 * checks (sizes, ratios, entities) and asks the parser for far more memory or time than
 * its size suggests.
 */
public final class ExhaustingFiles {

	private ExhaustingFiles() {
	}

	/**
	 * About 2 KB: one cell naming shared string 2,000,000,000 of a table of one; a reader
	 * that pads its list up to the index runs out of memory.
	 */
	public static Path sharedStringIndex(Path file) throws IOException {
		String sheet = MinimalXlsx.DECLARATION + "<worksheet xmlns=\"" + MinimalXlsx.MAIN + "\"><sheetData>"
				+ "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>2000000000</v></c></row></sheetData></worksheet>";
		return MinimalXlsx.write(file, MinimalXlsx.parts(MinimalXlsx.sharedStrings("", "Sở Tư pháp"), sheet));
	}

	/**
	 * Apache POI's own bomb, remade: one shared string of {@code megabytes} MB referenced
	 * by {@code cells} cells, 12 GB of text from a file of a few hundred KB.
	 */
	public static Path sharedStringBomb(Path file, int megabytes, int cells) throws IOException {
		String text = randomText(megabytes * 1024 * 1024);
		StringBuilder sheet = new StringBuilder(MinimalXlsx.DECLARATION).append("<worksheet xmlns=\"")
			.append(MinimalXlsx.MAIN)
			.append("\"><sheetData>");
		int columns = 12;
		for (int row = 1; row <= (cells + columns - 1) / columns; row++) {
			sheet.append("<row r=\"").append(row).append("\">");
			for (int column = 0; column < columns; column++) {
				sheet.append("<c r=\"").append((char) ('A' + column)).append(row).append("\" t=\"s\"><v>0</v></c>");
			}
			sheet.append("</row>");
		}
		sheet.append("</sheetData></worksheet>");
		return MinimalXlsx.write(file, MinimalXlsx.parts(MinimalXlsx.sharedStrings("", text), sheet.toString()));
	}

	/** A row numbered past Excel's 1,048,576. */
	public static Path rowPastExcel(Path file) throws IOException {
		String sheet = MinimalXlsx.DECLARATION + "<worksheet xmlns=\"" + MinimalXlsx.MAIN + "\"><sheetData>"
				+ "<row r=\"5000000\"><c r=\"A5000000\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
				+ "</sheetData></worksheet>";
		return MinimalXlsx.write(file, MinimalXlsx.parts(MinimalXlsx.sharedStrings("", "x"), sheet));
	}

	/** A text cell of {@code length} characters, past Excel's 32,767. */
	public static Path longCell(Path file, int length) throws IOException {
		Map<String, String> parts = MinimalXlsx.parts(MinimalXlsx.sharedStrings("", "x"),
				MinimalXlsx.sheet("", randomText(length)));
		return MinimalXlsx.write(file, parts);
	}

	/** Letters that do not compress much, so that the guard's ratio lets them through. */
	public static String randomText(int length) {
		StringBuilder text = new StringBuilder(length);
		Random random = new Random(12);
		String letters = "aăâbcdđeêghiklmnoôơpqrstuưvxy";
		while (text.length() < length) {
			text.append(letters.charAt(random.nextInt(letters.length())));
		}
		return text.toString();
	}

}
