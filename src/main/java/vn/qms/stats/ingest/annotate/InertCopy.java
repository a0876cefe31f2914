package vn.qms.stats.ingest.annotate;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

/**
 * Makes a sender's workbook inert before the product writes it out again: nothing from an
 * input runs as a formula, a macro or a link in what the product writes. Formulas become
 * their last values ({@link FormulaValues}), names that are more than a reference go
 * ({@link DefinedNames}), so do links out of the workbook ({@link Hyperlinks}), external
 * links and data connections ({@link ExternalParts}) and macros: the VBA project and
 * Excel 4.0 macro sheets of an {@code .xlsx} or {@code .xlsm} ({@link MacroParts}); an
 * {@code .xls} is opened without its VBA project. Values, styles, layout and sheet names
 * stay, so that the sender recognises the workbook.
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
		}
		FormulaValues.replace(workbook);
		DefinedNames.dropUnsafe(workbook);
		Hyperlinks.dropOutward(workbook);
	}

}
