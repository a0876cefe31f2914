package vn.qms.stats.ingest.annotate;

import java.util.HashSet;
import java.util.Set;

import javax.xml.namespace.QName;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFVMLDrawing;
import org.apache.xmlbeans.XmlObject;

/**
 * Keeps only the cell comments of a sheet's legacy (VML) drawing, where Excel keeps the
 * box of each comment and also the shapes of form controls (a button with its macro, a
 * check box linked to a cell), ActiveX controls and OLE objects: every shape that is not
 * a comment goes, with the pictures only it used. The comments the sender wrote stay, and
 * those the product adds later go to the same drawing. A comment is only text: any
 * formula its shape carries (a macro, a linked cell) goes.
 */
final class LegacyDrawings {

	private static final String EXCEL = "urn:schemas-microsoft-com:office:excel";

	private static final Set<String> LAYOUT = Set.of("shapelayout", "shapetype");

	private LegacyDrawings() {
	}

	static void keepComments(XSSFSheet sheet) throws InvalidFormatException {
		XSSFVMLDrawing vml = sheet.getVMLDrawing(false);
		if (vml == null) {
			return;
		}
		XmlObject root = vml.getDocument().getXml();
		Set<String> ids = new HashSet<>();
		for (XmlObject shape : XmlElements.children(root)) {
			if (isComment(shape)) {
				XmlElements
					.inside(shape,
							(name) -> EXCEL.equals(name.getNamespaceURI()) && name.getLocalPart().startsWith("Fmla"))
					.forEach(XmlElements::remove);
			}
			else if (!LAYOUT.contains(XmlElements.name(shape).getLocalPart())) {
				ids.addAll(XmlElements.relationshipIds(shape));
				XmlElements.remove(shape);
			}
		}
		ids.removeAll(XmlElements.relationshipIds(root));
		ExternalParts.removeRelated(vml, (relationship) -> ids.contains(relationship.getId()));
	}

	private static boolean isComment(XmlObject shape) {
		QName clientData = new QName(EXCEL, "ClientData");
		return "shape".equals(XmlElements.name(shape).getLocalPart()) && XmlElements.inside(shape, clientData)
			.stream()
			.anyMatch((data) -> "Note".equalsIgnoreCase(XmlElements.attribute(data, new QName("", "ObjectType"))));
	}

}
