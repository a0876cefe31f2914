package vn.qms.stats.ingest.annotate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.namespace.QName;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTChartSpace;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * Takes the embedded objects and the controls out of an {@code .xlsx}: OLE objects (a
 * packaged program or document that opens with a double click, {@code xl/embeddings/}),
 * ActiveX controls ({@code xl/activeX/}) and form controls ({@code xl/ctrlProps/}, a
 * button that starts a macro, a list box that writes to a cell). They go from the sheet's
 * XML (its {@code oleObjects} and {@code controls}, also where Excel 2010 wraps them in
 * {@code mc:AlternateContent}), with their parts and pictures, and the shapes that stand
 * for them go from the sheet's drawings: those of the legacy drawing
 * ({@link LegacyDrawings}, whose cell comments stay) and those that Excel 2010 repeats in
 * the drawing. A chart keeps its last values but not the workbook embedded for editing
 * its data.
 */
final class EmbeddedObjects {

	private static final String MAIN = XSSFRelation.NS_SPREADSHEETML;

	private static final String MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

	/** The extension that marks a drawing's shape as standing for a legacy object. */
	private static final String LEGACY_OBJECT = "{63B3BB69-23CF-44E3-9099-C40C66FF867C}";

	private static final Set<QName> OBJECTS = Set.of(new QName(MAIN, "oleObjects"), new QName(MAIN, "controls"));

	private static final Set<String> TYPES = Set.of(XSSFRelation.OLEEMBEDDINGS.getRelation(),
			XSSFRelation.PACKEMBEDDINGS.getRelation(), XSSFRelation.ACTIVEX_CONTROLS.getRelation(),
			XSSFRelation.CTRL_PROP_RECORDS.getRelation());

	private EmbeddedObjects() {
	}

	static void remove(XSSFWorkbook workbook) throws InvalidFormatException {
		for (Sheet each : workbook) {
			XSSFSheet sheet = (XSSFSheet) each;
			removeFromSheet(sheet);
			LegacyDrawings.keepComments(sheet);
			XSSFDrawing drawing = sheet.getDrawingPatriarch();
			if (drawing != null) {
				removeFromDrawing(drawing);
				for (XSSFChart chart : drawing.getCharts()) {
					removeFromChart(chart);
				}
			}
		}
	}

	private static void removeFromSheet(XSSFSheet sheet) throws InvalidFormatException {
		CTWorksheet worksheet = sheet.getCTWorksheet();
		List<XmlObject> objects = new ArrayList<>();
		for (XmlObject child : XmlElements.children(worksheet)) {
			QName name = XmlElements.name(child);
			if (OBJECTS.contains(name)
					|| (isAlternateContent(name) && !XmlElements.inside(child, OBJECTS::contains).isEmpty())) {
				objects.add(child);
			}
		}
		Set<String> ids = removeAll(worksheet, objects);
		ExternalParts.removeRelated(sheet, (relationship) -> ids.contains(relationship.getId())
				|| TYPES.contains(relationship.getRelationshipType()));
	}

	/**
	 * The shapes Excel 2010 and later write into the drawing for each object and control
	 * (a copy of its legacy shape, marked by an extension), with their pictures.
	 */
	private static void removeFromDrawing(XSSFDrawing drawing) throws InvalidFormatException {
		QName uri = new QName("", "uri");
		List<XmlObject> anchors = new ArrayList<>();
		for (XmlObject anchor : XmlElements.children(drawing.getCTDrawing())) {
			boolean legacy = XmlElements.inside(anchor, (name) -> "ext".equals(name.getLocalPart()))
				.stream()
				.anyMatch((extension) -> LEGACY_OBJECT.equalsIgnoreCase(XmlElements.attribute(extension, uri)));
			if (legacy) {
				anchors.add(anchor);
			}
		}
		Set<String> ids = removeAll(drawing.getCTDrawing(), anchors);
		ExternalParts.removeRelated(drawing, (relationship) -> ids.contains(relationship.getId()));
	}

	private static void removeFromChart(XSSFChart chart) throws InvalidFormatException {
		CTChartSpace space = chart.getCTChartSpace();
		if (space.isSetExternalData()) {
			String id = space.getExternalData().getId();
			space.unsetExternalData();
			ExternalParts.removeRelated(chart, (relationship) -> relationship.getId().equals(id));
		}
		ExternalParts.removeRelated(chart, TYPES);
	}

	/**
	 * Removes the elements from a part's XML; answers the relationships they used that
	 * nothing left in it uses (two pictures of one image share one).
	 */
	private static Set<String> removeAll(XmlObject root, List<XmlObject> elements) {
		Set<String> ids = new HashSet<>();
		for (XmlObject element : elements) {
			ids.addAll(XmlElements.relationshipIds(element));
			XmlElements.remove(element);
		}
		ids.removeAll(XmlElements.relationshipIds(root));
		return ids;
	}

	private static boolean isAlternateContent(QName name) {
		return MARKUP_COMPATIBILITY.equals(name.getNamespaceURI()) && "AlternateContent".equals(name.getLocalPart());
	}

}
