package vn.qms.stats.ingest.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import vn.qms.stats.ingest.Problem;

/**
 * What an {@code .xlsx} says about what a reviewer sees that fastexcel-reader does not
 * give: each sheet's {@code state} as written (fastexcel reads any value but
 * {@code hidden} and {@code veryHidden} as visible, {@code "VeryHidden"} too, which Excel
 * does not show as it is), and the columns a sheet hides ({@code <col hidden="1">} or
 * {@code width="0"}). Read when the workbook is opened, from the workbook part and the
 * top of each sheet part (its {@code <cols>}, above {@code <sheetData>}): never the rows,
 * so the work does not grow with them, and at most {@value #MAX_COLUMN_RANGES} column
 * ranges are looked at. A part it cannot find or read gives nothing: the reader says what
 * is wrong with the file.
 */
final class XlsxLayout {

	static final int MAX_COLUMN_RANGES = 20_000;

	/**
	 * The largest sheet part whose rows are looked at for hidden ones (uncompressed): far
	 * above any BM01–BM03 form; a long dossier log, which is streamed, is not scanned.
	 */
	static final long MAX_SCANNED_BYTES = 32L * 1024 * 1024;

	/** Blocks of hidden rows listed per sheet; the scan stops at the next. */
	static final int MAX_ROW_BLOCKS = 200;

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private static final XMLInputFactory INPUT = inputFactory();

	/** The {@code state} of each {@code <sheet>}, in workbook order; null when none. */
	private final List<String> states;

	/** The part of each sheet, in workbook order; null when not found. */
	private final List<String> parts;

	private final ZipFile zip;

	private XlsxLayout(ZipFile zip, List<String> states, List<String> parts) {
		this.zip = zip;
		this.states = states;
		this.parts = parts;
	}

	/**
	 * The warnings of the workbook: a sheet whose state is no value Excel knows, read as
	 * hidden ({@link HiddenSheets}); the hidden columns of each sheet with the given
	 * indexes (those read).
	 */
	static List<Problem> warnings(Path file, List<String> names, List<Integer> visible, List<Integer> read) {
		List<Problem> warnings = new ArrayList<>();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			XlsxLayout layout = read(zip);
			for (int index : visible) {
				String state = layout.state(index);
				if (state != null && !state.equals("visible")) {
					warnings.add(HiddenSheets.warning(names.get(index), false));
				}
			}
			for (int index : read) {
				Problem hidden = layout.hiddenColumns(index);
				if (hidden != null) {
					warnings.add(hidden.inSheet(names.get(index)));
				}
				layout.hiddenRows(index).forEach((block) -> warnings.add(block.inSheet(names.get(index))));
			}
		}
		catch (IOException | XMLStreamException | RuntimeException ex) {
			// the reader says what is wrong with the file
		}
		return warnings;
	}

	private static XlsxLayout read(ZipFile zip) throws IOException, XMLStreamException {
		String workbook = "xl/workbook.xml";
		for (String[] relation : relations(zip, "_rels/.rels", "")) {
			if (relation[1].endsWith("/officeDocument")) {
				workbook = relation[2];
			}
		}
		String folder = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
		Map<String, String> targets = new HashMap<>();
		for (String[] relation : relations(zip, folder + "_rels/" + workbook.substring(folder.length()) + ".rels",
				folder)) {
			targets.put(relation[0], relation[2]);
		}
		List<String> states = new ArrayList<>();
		List<String> parts = new ArrayList<>();
		try (InputStream in = entry(zip, workbook)) {
			XMLStreamReader xml = INPUT.createXMLStreamReader(in);
			try {
				while (xml.hasNext()) {
					if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
						states.add(xml.getAttributeValue(null, "state"));
						parts.add(targets.get(xml.getAttributeValue(RELATIONSHIPS, "id")));
					}
				}
			}
			finally {
				xml.close();
			}
		}
		return new XlsxLayout(zip, states, parts);
	}

	/** Id, type and part (resolved) of each relationship of a relationships part. */
	private static List<String[]> relations(ZipFile zip, String name, String folder)
			throws IOException, XMLStreamException {
		List<String[]> relations = new ArrayList<>();
		try (InputStream in = entry(zip, name)) {
			XMLStreamReader xml = INPUT.createXMLStreamReader(in);
			try {
				while (xml.hasNext()) {
					if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
						String target = String.valueOf(xml.getAttributeValue(null, "Target"));
						String part = target.startsWith("/") ? target.substring(1) : folder + target;
						relations.add(new String[] { xml.getAttributeValue(null, "Id"),
								String.valueOf(xml.getAttributeValue(null, "Type")), part });
					}
				}
			}
			finally {
				xml.close();
			}
		}
		return relations;
	}

	private static InputStream entry(ZipFile zip, String name) throws IOException {
		ZipEntry entry = zip.getEntry(name);
		if (entry == null) {
			throw new IOException("No part " + name);
		}
		return zip.getInputStream(entry);
	}

	private String state(int index) {
		return (index < this.states.size()) ? this.states.get(index) : null;
	}

	/** The warning of the columns a sheet hides, or null. */
	private Problem hiddenColumns(int index) throws IOException, XMLStreamException {
		String part = (index < this.parts.size()) ? this.parts.get(index) : null;
		if (part == null) {
			return null;
		}
		HiddenColumns columns = new HiddenColumns();
		int ranges = 0;
		try (InputStream in = entry(this.zip, part)) {
			XMLStreamReader xml = INPUT.createXMLStreamReader(in);
			try {
				while (xml.hasNext() && ranges < MAX_COLUMN_RANGES) {
					if (xml.next() != XMLStreamConstants.START_ELEMENT) {
						continue;
					}
					if (xml.getLocalName().equals("sheetData")) {
						break;
					}
					if (xml.getLocalName().equals("col")) {
						ranges++;
						int min = number(xml.getAttributeValue(null, "min"));
						int max = number(xml.getAttributeValue(null, "max"));
						// a range to the last column hides the unused columns on the
						// right, as senders tidy a sheet: not named
						if (min >= 1 && max >= min && max < ReadingBounds.MAX_COLUMNS && hidden(xml)) {
							columns.add(min, max);
						}
					}
				}
			}
			finally {
				xml.close();
			}
		}
		return columns.warning();
	}

	/**
	 * The blocks of rows a sheet hides ({@code hidden="1"}, or a height of 0), each a
	 * warning {@link HiddenRows#KEY} at its first row, for {@link HiddenRows#merged} to
	 * keep those among the data rows; none for a part above {@value #MAX_SCANNED_BYTES}
	 * bytes.
	 */
	private List<Problem> hiddenRows(int index) throws IOException, XMLStreamException {
		String part = (index < this.parts.size()) ? this.parts.get(index) : null;
		ZipEntry entry = (part != null) ? this.zip.getEntry(part) : null;
		if (entry == null || entry.getSize() < 0 || entry.getSize() > MAX_SCANNED_BYTES) {
			return List.of();
		}
		HiddenRows.Blocks blocks = new HiddenRows.Blocks();
		int previous = 0;
		try (InputStream in = this.zip.getInputStream(entry)) {
			XMLStreamReader xml = INPUT.createXMLStreamReader(in);
			try {
				while (xml.hasNext() && !blocks.full()) {
					if (xml.next() != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("row")) {
						continue;
					}
					String r = xml.getAttributeValue(null, "r");
					int row = (r != null) ? number(r) : previous + 1;
					if (row < 1) {
						// the reader rejects it
						break;
					}
					previous = row;
					if (hiddenRow(xml)) {
						blocks.add(row);
					}
				}
			}
			finally {
				xml.close();
			}
		}
		return blocks.warnings();
	}

	private static boolean hiddenRow(XMLStreamReader xml) {
		String hidden = xml.getAttributeValue(null, "hidden");
		return "1".equals(hidden) || "true".equals(hidden) || zero(xml.getAttributeValue(null, "ht"));
	}

	private static boolean zero(String number) {
		try {
			return number != null && Double.parseDouble(number) == 0;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	/**
	 * Whether a {@code <col>} hides its columns: {@code hidden} true, or no width.
	 */
	private static boolean hidden(XMLStreamReader xml) {
		String hidden = xml.getAttributeValue(null, "hidden");
		if ("1".equals(hidden) || "true".equals(hidden)) {
			return true;
		}
		return zero(xml.getAttributeValue(null, "width"));
	}

	private static int number(String text) {
		try {
			return (text != null) ? Integer.parseInt(text.strip()) : -1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static XMLInputFactory inputFactory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		return factory;
	}

}
