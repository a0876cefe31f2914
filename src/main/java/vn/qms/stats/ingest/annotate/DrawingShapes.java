package vn.qms.stats.ingest.annotate;

import java.util.HashSet;
import java.util.Set;

import javax.xml.namespace.QName;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * Disarms the shapes of an {@code .xlsx}'s drawings (pictures, text boxes, arrows), which
 * stay where they are: a shape that starts a macro when clicked ({@code macro="..."})
 * starts none, a click on a shape or on the text in it no longer leads out of the
 * workbook ({@code a:hlinkClick}, {@code a:hlinkHover}; a link to a place in the workbook
 * stays), a picture shows only what the file holds, never an image fetched from a linked
 * address ({@code r:link}), and a text box shows its own text unless it is tied to a cell
 * of the workbook ({@code textlink}, which is a formula).
 */
final class DrawingShapes {

	private static final QName MACRO = new QName("", "macro");

	private static final QName TEXT_LINK = new QName("", "textlink");

	private static final QName LINKED_PICTURE = new QName(XmlElements.RELATIONSHIPS, "link");

	private static final QName ID = new QName(XmlElements.RELATIONSHIPS, "id");

	private static final Set<QName> LINKS = Set.of(new QName(XSSFRelation.NS_DRAWINGML, "hlinkClick"),
			new QName(XSSFRelation.NS_DRAWINGML, "hlinkHover"));

	private DrawingShapes() {
	}

	static void disarm(XSSFWorkbook workbook) throws InvalidFormatException {
		for (Sheet sheet : workbook) {
			XSSFDrawing drawing = ((XSSFSheet) sheet).getDrawingPatriarch();
			if (drawing != null) {
				disarm(drawing);
			}
		}
	}

	private static void disarm(XSSFDrawing drawing) throws InvalidFormatException {
		XmlObject root = drawing.getCTDrawing();
		Set<String> outward = new HashSet<>();
		for (XmlObject element : XmlElements.inside(root, (name) -> true)) {
			try (XmlCursor cursor = element.newCursor()) {
				cursor.removeAttribute(MACRO);
				String textLink = cursor.getAttributeText(TEXT_LINK);
				if (textLink != null && !textLink.isBlank() && !PlainFormulas.isReference(textLink)) {
					cursor.removeAttribute(TEXT_LINK);
				}
				String link = cursor.getAttributeText(LINKED_PICTURE);
				if (link != null) {
					outward.add(link);
					cursor.removeAttribute(LINKED_PICTURE);
				}
			}
		}
		for (XmlObject link : XmlElements.inside(root, LINKS::contains)) {
			String id = XmlElements.attribute(link, ID);
			if (!isInside(drawing, id)) {
				outward.add(id);
				XmlElements.remove(link);
			}
		}
		outward.removeAll(XmlElements.relationshipIds(root));
		ExternalParts.removeRelated(drawing, (relationship) -> outward.contains(relationship.getId()));
	}

	/** Whether a shape's link leads to a place in the workbook ({@code #'BM01'!A1}). */
	private static boolean isInside(XSSFDrawing drawing, String id) {
		if (id == null || id.isEmpty()) {
			// a link without an address does something else (an action): it goes too
			return false;
		}
		PackageRelationship relationship = drawing.getPackagePart().getRelationship(id);
		return relationship != null && relationship.getTargetMode() == TargetMode.EXTERNAL
				&& relationship.getTargetURI().toString().startsWith("#");
	}

}
