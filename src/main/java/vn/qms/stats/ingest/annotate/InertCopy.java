package vn.qms.stats.ingest.annotate;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

/**
 * Makes a sender's workbook inert before the product writes it out again: nothing from an
 * input runs as a formula, a macro, a link or an active object in what the product
 * writes. Formulas become their last values ({@link FormulaValues}), names that are more
 * than a reference go ({@link DefinedNames}), so do links out of the workbook
 * ({@link Hyperlinks}), conditional formats and data validations whose formulas compute
 * ({@link ConditionalFormats}, {@link DataValidations}), external links and data
 * connections ({@link ExternalParts}), macros: the VBA project and Excel 4.0 macro sheets
 * of an {@code .xlsx} or {@code .xlsm} ({@link MacroParts}), embedded OLE objects,
 * ActiveX and form controls ({@link EmbeddedObjects}, {@link LegacyDrawings}), and the
 * macros and outward links of shapes ({@link DrawingShapes}); an {@code .xls} is opened
 * without its VBA project and without the content of its embedded objects and ActiveX
 * controls (an object's shape stays, with its picture, and leads nowhere: POI removes no
 * such shape). Values, styles, layout, sheet names and cell comments stay, so that the
 * sender recognises the workbook; the product's own comments are added after this, to the
 * same drawings.
 */
final class InertCopy {

	private InertCopy() {
	}

	static void apply(Workbook workbook) throws InvalidFormatException {
		if (workbook instanceof XSSFWorkbook xssf) {
			if (xssf.isMacroEnabled()) {
				// the copy is an .xlsx: the macros of the original stay out of it
				xssf.setWorkbookType(XSSFWorkbookType.XLSX);
			}
			MacroParts.remove(xssf);
			ExternalParts.remove(xssf);
			EmbeddedObjects.remove(xssf);
			DrawingShapes.disarm(xssf);
		}
		FormulaValues.replace(workbook);
		DefinedNames.dropUnsafe(workbook);
		Hyperlinks.dropOutward(workbook);
		ConditionalFormats.dropActive(workbook);
		DataValidations.dropActive(workbook);
	}

}
