package vn.qms.stats.ingest.annotate;

import java.util.ArrayList;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Keeps only the defined names that are plain references to cells of the workbook itself
 * (a print area, print titles, a filter range, the sender's own range names) and drops
 * the others: a name is a formula, and one could call a function ({@code WEBSERVICE}),
 * reach another workbook ({@code [1]Sheet1!A1}) or a DDE server ({@code cmd|...}), or
 * start a macro when the workbook opens ({@code Auto_Open}).
 */
final class DefinedNames {

	private DefinedNames() {
	}

	static void dropUnsafe(Workbook workbook) {
		for (Name name : new ArrayList<>(workbook.getAllNames())) {
			if (!isPlainReference(name)) {
				workbook.removeName(name);
			}
		}
	}

	static boolean isPlainReference(Name name) {
		String formula;
		try {
			formula = name.getRefersToFormula();
		}
		catch (RuntimeException ex) {
			return false;
		}
		String bare = name.getNameName().replaceFirst("(?i)^_xlnm\\.", "").toLowerCase(Locale.ROOT);
		return !bare.startsWith("auto_") && PlainFormulas.isReference(formula);
	}

}
