package vn.qms.stats.ingest.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import javax.xml.namespace.QName;

import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * Finds and removes elements of a part's XML that POI reads but offers no API for: the
 * parts of the markup that Excel wraps in {@code mc:AlternateContent}, Excel 2010's
 * extensions ({@code x14:}), and the shapes of a legacy (VML) drawing.
 */
final class XmlElements {

	static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	/** A legacy drawing names its pictures' relationships in {@code o:relid}. */
	private static final QName LEGACY_ID = new QName("urn:schemas-microsoft-com:office:office", "relid");

	private XmlElements() {
	}

	/** The elements inside this one (not itself) whose name passes, in document order. */
	static List<XmlObject> inside(XmlObject root, Predicate<QName> which) {
		List<XmlObject> found = new ArrayList<>();
		try (XmlCursor cursor = root.newCursor(); XmlCursor end = root.newCursor()) {
			end.toEndToken();
			cursor.toNextToken();
			while (cursor.isLeftOf(end)) {
				if (cursor.isStart() && which.test(cursor.getName())) {
					found.add(cursor.getObject());
				}
				cursor.toNextToken();
			}
		}
		return found;
	}

	/** The elements inside this one of this name. */
	static List<XmlObject> inside(XmlObject root, QName name) {
		return inside(root, name::equals);
	}

	/** The text of each element inside this one of this name. */
	static List<String> texts(XmlObject root, QName name) {
		List<String> texts = new ArrayList<>();
		for (XmlObject element : inside(root, name)) {
			try (XmlCursor cursor = element.newCursor()) {
				texts.add(cursor.getTextValue());
			}
		}
		return texts;
	}

	/** The child elements of this one. */
	static List<XmlObject> children(XmlObject parent) {
		List<XmlObject> children = new ArrayList<>();
		try (XmlCursor cursor = parent.newCursor()) {
			for (boolean found = cursor.toFirstChild(); found; found = cursor.toNextSibling()) {
				children.add(cursor.getObject());
			}
		}
		return children;
	}

	static QName name(XmlObject element) {
		try (XmlCursor cursor = element.newCursor()) {
			return cursor.getName();
		}
	}

	/** The value of an attribute, or null. */
	static String attribute(XmlObject element, QName name) {
		try (XmlCursor cursor = element.newCursor()) {
			return cursor.getAttributeText(name);
		}
	}

	/**
	 * The relationship ids ({@code r:id}, {@code r:embed}, {@code o:relid}...) this
	 * element and those inside it name: the parts it uses.
	 */
	static List<String> relationshipIds(XmlObject root) {
		List<String> ids = new ArrayList<>();
		try (XmlCursor cursor = root.newCursor(); XmlCursor end = root.newCursor()) {
			end.toEndToken();
			while (cursor.isLeftOf(end)) {
				if (cursor.isAttr() && (RELATIONSHIPS.equals(cursor.getName().getNamespaceURI())
						|| LEGACY_ID.equals(cursor.getName()))) {
					ids.add(cursor.getTextValue());
				}
				cursor.toNextToken();
			}
		}
		return ids;
	}

	static void remove(XmlObject element) {
		try (XmlCursor cursor = element.newCursor()) {
			cursor.removeXml();
		}
	}

}
