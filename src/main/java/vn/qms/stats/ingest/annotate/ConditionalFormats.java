package vn.qms.stats.ingest.annotate;

import java.util.ArrayList;
import java.util.List;

import javax.xml.namespace.QName;

import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold;
import org.apache.poi.ss.usermodel.DataBarFormatting;
import org.apache.poi.ss.usermodel.IconMultiStateFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCfRule;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCfvo;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * Takes out the conditional-formatting rules whose conditions compute: Excel evaluates a
 * rule's formulas whenever it draws the cells, so a rule such as
 * {@code WEBSERVICE("http://...")>0} would run in the copy. A rule stays when each of its
 * formulas is plain ({@link PlainFormulas}: a value, or the workbook's own cells), which
 * keeps "cell value greater than 100", "between $B$1 and $B$2", top-ten, duplicate and
 * average rules, colour scales, data bars and icon sets on numbers; an "expression" rule
 * and the text and date rules (which Excel keeps as formulas such as
 * {@code NOT(ISERROR(SEARCH("x",A1)))}) go. In an {@code .xlsx} the rules of Excel 2010's
 * extension (those on other sheets' cells, the newer data bars) are judged alike. In an
 * {@code .xls} a block of rules goes whole if one of them computes (POI removes blocks,
 * not single rules).
 */
final class ConditionalFormats {

	/** The {@code ext} of a worksheet's {@code extLst} that holds Excel 2010's rules. */
	static final String EXTENSION = "{78C0D931-6437-407d-A8EE-F0AAD7539E65}";

	private ConditionalFormats() {
	}

	static void dropActive(Workbook workbook) {
		for (Sheet sheet : workbook) {
			if (sheet instanceof XSSFSheet xssf) {
				dropActive(xssf.getCTWorksheet());
			}
			else {
				dropActive(sheet.getSheetConditionalFormatting());
			}
		}
	}

	private static void dropActive(CTWorksheet worksheet) {
		for (int i = worksheet.sizeOfConditionalFormattingArray() - 1; i >= 0; i--) {
			CTConditionalFormatting block = worksheet.getConditionalFormattingArray(i);
			for (int r = block.sizeOfCfRuleArray() - 1; r >= 0; r--) {
				if (!isPlain(block.getCfRuleArray(r))) {
					block.removeCfRule(r);
				}
			}
			if (block.sizeOfCfRuleArray() == 0) {
				worksheet.removeConditionalFormatting(i);
			}
		}
		Extensions.prune(worksheet, EXTENSION, new QName(Extensions.X14, "cfRule"), new QName(Extensions.XM, "f"));
		for (XmlObject block : Extensions.inside(worksheet, EXTENSION,
				new QName(Extensions.X14, "conditionalFormatting"))) {
			if (XmlElements.inside(block, new QName(Extensions.X14, "cfRule")).isEmpty()) {
				XmlElements.remove(block);
			}
		}
		Extensions.dropEmpty(worksheet, EXTENSION);
	}

	private static boolean isPlain(CTCfRule rule) {
		List<String> formulas = new ArrayList<>(rule.getFormulaList());
		List<CTCfvo> thresholds = new ArrayList<>();
		if (rule.isSetColorScale()) {
			thresholds.addAll(rule.getColorScale().getCfvoList());
		}
		if (rule.isSetDataBar()) {
			thresholds.addAll(rule.getDataBar().getCfvoList());
		}
		if (rule.isSetIconSet()) {
			thresholds.addAll(rule.getIconSet().getCfvoList());
		}
		for (CTCfvo threshold : thresholds) {
			if (threshold.isSetVal()) {
				formulas.add(threshold.getVal());
			}
		}
		return formulas.stream().allMatch(PlainFormulas::isPlain);
	}

	private static void dropActive(SheetConditionalFormatting formatting) {
		for (int i = formatting.getNumConditionalFormattings() - 1; i >= 0; i--) {
			ConditionalFormatting block = formatting.getConditionalFormattingAt(i);
			boolean plain = true;
			for (int r = 0; r < block.getNumberOfRules() && plain; r++) {
				plain = isPlain(block.getRule(r));
			}
			if (!plain) {
				formatting.removeConditionalFormatting(i);
			}
		}
	}

	private static boolean isPlain(ConditionalFormattingRule rule) {
		try {
			List<String> formulas = new ArrayList<>();
			formulas.add(rule.getFormula1());
			formulas.add(rule.getFormula2());
			List<ConditionalFormattingThreshold> thresholds = new ArrayList<>();
			ColorScaleFormatting scale = rule.getColorScaleFormatting();
			if (scale != null) {
				thresholds.addAll(List.of(scale.getThresholds()));
			}
			DataBarFormatting bar = rule.getDataBarFormatting();
			if (bar != null) {
				thresholds.add(bar.getMinThreshold());
				thresholds.add(bar.getMaxThreshold());
			}
			IconMultiStateFormatting icons = rule.getMultiStateFormatting();
			if (icons != null) {
				thresholds.addAll(List.of(icons.getThresholds()));
			}
			for (ConditionalFormattingThreshold threshold : thresholds) {
				if (threshold != null) {
					formulas.add(threshold.getFormula());
				}
			}
			return formulas.stream().allMatch(PlainFormulas::isPlainOrNone);
		}
		catch (RuntimeException ex) {
			// a rule POI cannot read is not known to be plain
			return false;
		}
	}

}
