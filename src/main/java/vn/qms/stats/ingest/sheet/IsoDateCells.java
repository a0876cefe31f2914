package vn.qms.stats.ingest.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartDocument;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

/**
 * ISO 8601 date cells, {@code <c r="B5" t="d"><v>2026-03-31</v></c>}, as openpyxl writes
 * them with {@code iso_dates=True}, and LibreOffice and strict-conformance writers at
 * times: valid SpreadsheetML that neither fastexcel-reader 0.19 ("Unknown cell type : d")
 * nor POI 5.5 (no such cell type in its schema) reads. {@link #copy} writes a copy of the
 * workbook with each such cell of its worksheets as Excel holds it once it has opened the
 * file: its serial number ({@link IsoDates}), so that the readers see a date cell like
 * any other; a value that is no ISO date, or a day Excel cannot show, as the text it is
 * (an inline string, or a formula's text result), which a date column reports at its cell
 * like any text that is no date. A number cell whose value is NaN or an infinity, which
 * fastexcel-reader also refuses ("Cannot parse number"), becomes an error cell of that
 * text, for the reader to report at its cell ({@link NonFinite}). Everything else is
 * copied as it is.
 */
public final class IsoDateCells {

	private static final String PREFIX = "qms-iso-dates-";

	/** Older copies than this are left from a worker that ended without its clean-up. */
	private static final Duration STALE = Duration.ofHours(1);

	/**
	 * The most XML events one date cell may hold (a value, a formula, an extension list).
	 */
	private static final int MAX_CELL_EVENTS = 1_000;

	/** The longest value of one date cell: what a cell can hold. */
	private static final int MAX_VALUE_CHARS = ReadingBounds.MAX_CELL_CHARS;

	private static final XMLInputFactory INPUT = inputFactory();

	private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

	private static final XMLEventFactory EVENTS = XMLEventFactory.newDefaultFactory();

	private static final String TYPE = "t";

	/** How fastexcel-reader 0.19 refuses a number cell's value, the value following. */
	private static final String NUMBER_REFUSED = "Cannot parse number : ";

	private IsoDateCells() {
	}

	/**
	 * Whether a reader threw this because of an ISO 8601 date cell: the words of
	 * fastexcel-reader 0.19 and of POI 5.5's schema (the tests hold both).
	 */
	public static boolean refused(Throwable thrown) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage();
			if (message != null && (message.equals("Unknown cell type : d")
					|| message.contains("string value 'd' is not a valid enumeration value for ST_CellType")
					|| (message.startsWith(NUMBER_REFUSED)
							&& NonFinite.spelled(message.substring(NUMBER_REFUSED.length()))))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A copy of the workbook, in the temporary folder, with the ISO date cells of its
	 * worksheets ({@code xl/worksheets/*.xml}) rewritten; the caller deletes it.
	 * @throws IOException also when a worksheet is no well-formed XML (an
	 * {@link XMLStreamException} as its cause)
	 */
	public static Path copy(Path workbook) throws IOException {
		sweep(Path.of(System.getProperty("java.io.tmpdir")), Instant.now().minus(STALE));
		Path copy = Files.createTempFile(PREFIX, ".xlsx");
		try (ZipFile zip = new ZipFile(workbook.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				out.putNextEntry(new ZipEntry(entry.getName()));
				try (InputStream in = zip.getInputStream(entry)) {
					if (isWorksheet(entry.getName())) {
						rewrite(in, out);
					}
					else {
						in.transferTo(out);
					}
				}
				out.closeEntry();
			}
		}
		catch (IOException | XMLStreamException | RuntimeException ex) {
			Files.deleteIfExists(copy);
			throw (ex instanceof IOException io) ? io : new IOException(String.valueOf(ex.getMessage()), ex);
		}
		return copy;
	}

	/**
	 * Deletes the copies older than {@code before}: those of a worker ended without its
	 * clean-up (out of memory, or killed at its deadline), which would otherwise gather
	 * in the temporary folder, one per such file. No copy lives that long.
	 */
	static void sweep(Path folder, Instant before) {
		try (DirectoryStream<Path> copies = Files.newDirectoryStream(folder, PREFIX + "*.xlsx")) {
			for (Path copy : copies) {
				try {
					if (Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS)
							&& Files.getLastModifiedTime(copy, LinkOption.NOFOLLOW_LINKS)
								.toInstant()
								.isBefore(before)) {
						Files.deleteIfExists(copy);
					}
				}
				catch (IOException ex) {
					// another user's, or gone meanwhile
				}
			}
		}
		catch (IOException ex) {
			// nothing to sweep
		}
	}

	private static boolean isWorksheet(String name) {
		return name.toLowerCase(Locale.ROOT).matches("xl/worksheets/[^/]+\\.xml");
	}

	/** Copies one worksheet's XML, its ISO date cells rewritten. */
	static void rewrite(InputStream sheet, OutputStream out) throws XMLStreamException {
		XMLEventReader reader = INPUT.createXMLEventReader(sheet);
		XMLEventWriter writer = OUTPUT.createXMLEventWriter(out, "UTF-8");
		try {
			while (reader.hasNext()) {
				XMLEvent event = reader.nextEvent();
				if (event.isStartDocument()) {
					StartDocument start = (StartDocument) event;
					writer.add(start.standaloneSet() ? EVENTS.createStartDocument("UTF-8", "1.0", start.isStandalone())
							: EVENTS.createStartDocument("UTF-8", "1.0"));
				}
				else if (isIsoDateCell(event)) {
					cell(event.asStartElement(), reader, writer, true);
				}
				else if (isNumberCell(event)) {
					cell(event.asStartElement(), reader, writer, false);
				}
				else {
					writer.add(event);
				}
			}
			writer.flush();
		}
		finally {
			reader.close();
			writer.close();
		}
	}

	private static boolean isIsoDateCell(XMLEvent event) {
		if (!event.isStartElement() || !"c".equals(event.asStartElement().getName().getLocalPart())) {
			return false;
		}
		Attribute type = event.asStartElement().getAttributeByName(new QName(TYPE));
		return type != null && "d".equals(type.getValue());
	}

	/** A cell of numbers: without a type, or {@code t="n"}. */
	private static boolean isNumberCell(XMLEvent event) {
		if (!event.isStartElement() || !"c".equals(event.asStartElement().getName().getLocalPart())) {
			return false;
		}
		Attribute type = event.asStartElement().getAttributeByName(new QName(TYPE));
		return type == null || "n".equals(type.getValue());
	}

	/**
	 * One cell, from its start to its end. An ISO date cell ({@code isoDate}): its value
	 * ({@code v}) a serial number, or its text when it is no date Excel can show. A
	 * number cell: as it is, but an error cell of the same text when its value is NaN or
	 * an infinity ({@link NonFinite}), which no error value of Excel spells, so that the
	 * reader names that cell instead of refusing the sheet.
	 */
	private static void cell(StartElement start, XMLEventReader reader, XMLEventWriter writer, boolean isoDate)
			throws XMLStreamException {
		List<XMLEvent> children = new ArrayList<>();
		StringBuilder value = null;
		boolean formula = false;
		String child = null;
		int depth = 0;
		for (XMLEvent event = reader.nextEvent(); depth > 0 || !event.isEndElement(); event = reader.nextEvent()) {
			if (event.isStartElement() && depth++ == 0) {
				child = event.asStartElement().getName().getLocalPart();
				formula |= "f".equals(child);
				value = "v".equals(child) ? new StringBuilder() : value;
			}
			else if (event.isEndElement() && --depth == 0) {
				child = null;
			}
			else if (event.isCharacters() && depth == 1 && "v".equals(child)) {
				value.append(event.asCharacters().getData());
			}
			children.add(event);
			if (children.size() > MAX_CELL_EVENTS || (value != null && value.length() > MAX_VALUE_CHARS)) {
				// a date cell holds a value, maybe a formula: not millions of elements
				throw new XMLStreamException("A cell larger than a cell can be", start.getLocation());
			}
		}
		String text = (value != null) ? value.toString() : null;
		String written = text;
		String type;
		if (isoDate) {
			String serial = (text != null) ? IsoDates.serial(text.strip()) : null;
			type = (text == null || serial != null) ? null : (formula ? "str" : "inlineStr");
			written = (serial != null) ? serial : text;
		}
		else {
			Attribute stated = start.getAttributeByName(new QName(TYPE));
			type = NonFinite.spelled(text) ? "e" : ((stated != null) ? stated.getValue() : null);
		}
		writer.add(EVENTS.createStartElement(start.getName(), attributes(start, type), start.getNamespaces()));
		boolean inline = "inlineStr".equals(type);
		boolean inValue = false;
		depth = 0;
		for (XMLEvent event : children) {
			if (event.isStartElement() && depth++ == 0 && isValue(event)) {
				writeValue(event.asStartElement(), start.getName(), written, inline, writer);
				inValue = true;
			}
			else if (event.isEndElement() && --depth == 0 && inValue) {
				inValue = false;
			}
			else if (!inValue) {
				writer.add(event);
			}
		}
		writer.add(EVENTS.createEndElement(start.getName(), start.getNamespaces()));
	}

	private static boolean isValue(XMLEvent event) {
		return "v".equals(event.asStartElement().getName().getLocalPart());
	}

	/** The cell's attributes with its type changed ({@code t}); without one for null. */
	private static Iterator<Attribute> attributes(StartElement start, String type) {
		List<Attribute> attributes = new ArrayList<>();
		for (Iterator<Attribute> all = start.getAttributes(); all.hasNext();) {
			Attribute attribute = all.next();
			if (!attribute.getName().equals(new QName(TYPE))) {
				attributes.add(attribute);
			}
		}
		if (type != null) {
			attributes.add(EVENTS.createAttribute(TYPE, type));
		}
		return attributes.iterator();
	}

	/**
	 * The cell's value element with this text; an inline string ({@code <is><t>}) instead
	 * for {@code inline}.
	 */
	private static void writeValue(StartElement element, QName cell, String value, boolean inline,
			XMLEventWriter writer) throws XMLStreamException {
		QName outer = inline ? new QName(cell.getNamespaceURI(), "is", cell.getPrefix()) : element.getName();
		writer.add(inline ? EVENTS.createStartElement(outer, Collections.emptyIterator(), Collections.emptyIterator())
				: element);
		if (inline) {
			QName text = new QName(cell.getNamespaceURI(), "t", cell.getPrefix());
			writer.add(EVENTS.createStartElement(text, List
				.of(EVENTS.createAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "space", "preserve"))
				.iterator(), Collections.emptyIterator()));
			writer.add(EVENTS.createCharacters(value));
			writer.add(EVENTS.createEndElement(text, Collections.emptyIterator()));
		}
		else {
			writer.add(EVENTS.createCharacters(value));
		}
		writer.add(EVENTS.createEndElement(outer, Collections.emptyIterator()));
	}

	private static XMLInputFactory inputFactory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
		return factory;
	}

}
