package vn.qms.stats.ingest.annotate;

import java.util.ArrayList;
import java.util.List;

import javax.xml.namespace.QName;

import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTExtension;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTExtensionList;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * The extensions Excel 2010 and later keep at the end of a worksheet's XML
 * ({@code extLst}, each {@code ext} named by a URI): conditional formats and data
 * validations on other sheets' cells among them, with their formulas in {@code xm:f}
 * elements, which POI keeps as they were and reads as plain XML.
 */
final class Extensions {

	static final String X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";

	/** Where an extension keeps its formulas ({@code xm:f}) and ranges. */
	static final String XM = "http://schemas.microsoft.com/office/excel/2006/main";

	private Extensions() {
	}

	/** The elements of this name inside the extensions of this URI. */
	static List<XmlObject> inside(CTWorksheet worksheet, String uri, QName name) {
		List<XmlObject> found = new ArrayList<>();
		for (CTExtension extension : of(worksheet, uri)) {
			found.addAll(XmlElements.inside(extension, name));
		}
		return found;
	}

	/**
	 * Removes the elements of this name inside the extensions of this URI that hold a
	 * formula (an element named {@code formula}) that is not plain.
	 */
	static void prune(CTWorksheet worksheet, String uri, QName name, QName formula) {
		for (XmlObject element : inside(worksheet, uri, name)) {
			if (!XmlElements.texts(element, formula).stream().allMatch(PlainFormulas::isPlain)) {
				XmlElements.remove(element);
			}
		}
	}

	/**
	 * Removes the extensions of this URI whose content has nothing left in it, and the
	 * list of extensions once it is empty.
	 */
	static void dropEmpty(CTWorksheet worksheet, String uri) {
		if (!worksheet.isSetExtLst()) {
			return;
		}
		CTExtensionList list = worksheet.getExtLst();
		for (int i = list.sizeOfExtArray() - 1; i >= 0; i--) {
			CTExtension extension = list.getExtArray(i);
			if (uri.equalsIgnoreCase(extension.getUri()) && XmlElements.children(extension)
				.stream()
				.allMatch((content) -> XmlElements.children(content).isEmpty())) {
				list.removeExt(i);
			}
		}
		if (list.sizeOfExtArray() == 0) {
			worksheet.unsetExtLst();
		}
	}

	private static List<CTExtension> of(CTWorksheet worksheet, String uri) {
		if (!worksheet.isSetExtLst()) {
			return List.of();
		}
		return worksheet.getExtLst()
			.getExtList()
			.stream()
			.filter((extension) -> uri.equalsIgnoreCase(extension.getUri()))
			.toList();
	}

}
