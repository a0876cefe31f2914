package vn.qms.stats.ingest.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Cells of a saved {@code .xlsx} rewritten as ISO 8601 date cells, as openpyxl writes
 * them with {@code iso_dates=True} and strict-conformance writers do:
 * {@code <c r="D5" t="d"><v>2026-03-31</v></c>}. POI cannot write them.
 */
public final class IsoDateWorkbooks {

	private IsoDateWorkbooks() {
	}

	/**
	 * Rewrites these cells ({@code D5} to its ISO text) of the workbook's first sheet;
	 * each must exist.
	 */
	public static Path rewrite(Path file, Map<String, String> cells) throws IOException {
		return edit(file, (sheet) -> rewrite(sheet, cells));
	}

	/**
	 * Makes these cells ({@code E5} to {@code D5+15}) of the workbook's first sheet
	 * formula cells that keep the value they hold as the formula's saved result, as Excel
	 * saves a computed date; each must exist and hold a value.
	 */
	public static Path formulas(Path file, Map<String, String> cells) throws IOException {
		return edit(file, (sheet) -> {
			String edited = sheet;
			for (Map.Entry<String, String> cell : cells.entrySet()) {
				Matcher matcher = Pattern.compile("(<c r=\"" + cell.getKey() + "\"[^>/]*>)(<v>)").matcher(edited);
				if (!matcher.find()) {
					throw new IllegalArgumentException("no value in cell " + cell.getKey());
				}
				edited = matcher
					.replaceFirst(Matcher.quoteReplacement(matcher.group(1) + "<f>" + cell.getValue() + "</f>") + "$2");
			}
			return edited;
		});
	}

	/** Rewrites the XML of the workbook's first sheet. */
	public static Path edit(Path file, UnaryOperator<String> sheet) throws IOException {
		Path copy = file.resolveSibling(file.getFileName() + ".iso");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] bytes = in.readAllBytes();
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					bytes = sheet.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(bytes);
				out.closeEntry();
			}
		}
		return Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING);
	}

	private static String rewrite(String sheet, Map<String, String> cells) {
		String rewritten = sheet;
		for (Map.Entry<String, String> cell : cells.entrySet()) {
			Matcher matcher = Pattern.compile("<c r=\"" + cell.getKey() + "\"([^>/]*)>.*?</c>").matcher(rewritten);
			if (!matcher.find()) {
				throw new IllegalArgumentException("no cell " + cell.getKey());
			}
			String attributes = matcher.group(1).replaceAll("\\s+t=\"[^\"]*\"", "");
			rewritten = matcher.replaceFirst(Matcher.quoteReplacement(
					"<c r=\"" + cell.getKey() + "\"" + attributes + " t=\"d\"><v>" + cell.getValue() + "</v></c>"));
		}
		return rewritten;
	}

}
