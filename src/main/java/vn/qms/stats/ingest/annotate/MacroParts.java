package vn.qms.stats.ingest.annotate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTBookView;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDefinedName;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheets;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;

/**
 * Takes the macros out of an {@code .xlsx} or {@code .xlsm} workbook, so that its
 * annotated copy is a plain {@code .xlsx} that Excel opens without a macro warning: the
 * VBA project, and Excel 4.0 macro sheets and dialog sheets (which POI does not read as
 * sheets) with the names scoped to them.
 */
final class MacroParts {

	private static final Set<String> MACRO_SHEETS = Stream
		.of(XSSFRelation.MACRO_SHEET_XML, XSSFRelation.MACRO_SHEET_BIN, XSSFRelation.INTL_MACRO_SHEET_XML,
				XSSFRelation.INTL_MACRO_SHEET_BIN, XSSFRelation.DIALOG_SHEET_BIN)
		.map(XSSFRelation::getRelation)
		.collect(Collectors.toUnmodifiableSet());

	private MacroParts() {
	}

	static void remove(XSSFWorkbook workbook) throws InvalidFormatException {
		PackagePart part = workbook.getPackagePart();
		CTSheets sheets = workbook.getCTWorkbook().getSheets();
		for (int i = sheets.sizeOfSheetArray() - 1; i >= 0; i--) {
			PackageRelationship relationship = part.getRelationship(sheets.getSheetArray(i).getId());
			if (relationship != null && MACRO_SHEETS.contains(relationship.getRelationshipType())) {
				sheets.removeSheet(i);
				removeNamesOf(workbook, i);
				moveViewsPast(workbook, i);
			}
		}
		Set<String> types = new HashSet<>(MACRO_SHEETS);
		types.add(XSSFRelation.VBA_MACROS.getRelation());
		ExternalParts.removeRelated(workbook, types);
	}

	/**
	 * Keeps the workbook's views (the sheet shown when it opens, the first tab shown) on
	 * the sheets that stay: positions after the removed one move up one, a view on it
	 * goes to the first sheet. Left as they were, they could point past the last sheet,
	 * which Excel offers to repair.
	 */
	private static void moveViewsPast(XSSFWorkbook workbook, int position) {
		CTWorkbook xml = workbook.getCTWorkbook();
		if (!xml.isSetBookViews()) {
			return;
		}
		for (CTBookView view : xml.getBookViews().getWorkbookViewArray()) {
			if (view.isSetActiveTab()) {
				view.setActiveTab(movedPast(view.getActiveTab(), position));
			}
			if (view.isSetFirstSheet()) {
				view.setFirstSheet(movedPast(view.getFirstSheet(), position));
			}
		}
	}

	private static long movedPast(long tab, int position) {
		if (tab > position) {
			return tab - 1;
		}
		return (tab == position) ? 0 : tab;
	}

	/**
	 * Drops the names scoped to the sheet at this position and moves those of the later
	 * sheets up one. A name's scope ({@code localSheetId}) is its sheet's position among
	 * all the sheets, macro sheets included, where {@link XSSFName#setSheetIndex} accepts
	 * only positions among the sheets POI reads; so the scope is changed in the
	 * workbook's XML, which POI's names wrap as it read them.
	 */
	private static void removeNamesOf(XSSFWorkbook workbook, int position) {
		for (XSSFName name : new ArrayList<>(workbook.getAllNames())) {
			if (name.getSheetIndex() == position) {
				workbook.removeName(name);
			}
		}
		CTWorkbook xml = workbook.getCTWorkbook();
		if (xml.isSetDefinedNames()) {
			for (CTDefinedName name : xml.getDefinedNames().getDefinedNameArray()) {
				if (name.isSetLocalSheetId() && name.getLocalSheetId() > position) {
					name.setLocalSheetId(name.getLocalSheetId() - 1);
				}
			}
		}
	}

}
