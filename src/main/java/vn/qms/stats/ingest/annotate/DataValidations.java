package vn.qms.stats.ingest.annotate;

import java.util.ArrayList;
import java.util.List;

import javax.xml.namespace.QName;

import org.apache.poi.hssf.model.InternalSheet;
import org.apache.poi.hssf.record.DVRecord;
import org.apache.poi.hssf.record.RecordBase;
import org.apache.poi.hssf.record.aggregates.DataValidityTable;
import org.apache.poi.hssf.usermodel.HSSFDataValidation;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidation;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidations;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * Takes out the data validations whose conditions compute: Excel evaluates a validation's
 * formulas as a cell is typed in, and those of a drop-down list as it opens. A validation
 * stays when each of its formulas is plain ({@link PlainFormulas}: a value, or the
 * workbook's own cells), which keeps a drop-down list of items written out
 * ({@code "Có,Không"}) or read from a range ({@code $H$2:$H$9}), and a number, date or
 * length between two values or cells; a "custom" validation and any with a function go.
 * In an {@code .xlsx} the validations of Excel 2010's extension (lists from other sheets)
 * are judged alike.
 */
final class DataValidations {

	/** The {@code ext} of a worksheet's {@code extLst} that holds Excel 2010's ones. */
	static final String EXTENSION = "{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}";

	private DataValidations() {
	}

	static void dropActive(Workbook workbook) {
		for (Sheet sheet : workbook) {
			if (sheet instanceof XSSFSheet xssf) {
				dropActive(xssf.getCTWorksheet());
			}
			else if (sheet instanceof HSSFSheet hssf) {
				dropActive(hssf);
			}
		}
	}

	private static void dropActive(CTWorksheet worksheet) {
		if (worksheet.isSetDataValidations()) {
			CTDataValidations validations = worksheet.getDataValidations();
			for (int i = validations.sizeOfDataValidationArray() - 1; i >= 0; i--) {
				CTDataValidation validation = validations.getDataValidationArray(i);
				if (!PlainFormulas.isPlainOrNone(validation.getFormula1())
						|| !PlainFormulas.isPlainOrNone(validation.getFormula2())) {
					validations.removeDataValidation(i);
				}
			}
			if (validations.sizeOfDataValidationArray() == 0) {
				worksheet.unsetDataValidations();
			}
			else {
				validations.setCount(validations.sizeOfDataValidationArray());
			}
		}
		Extensions.prune(worksheet, EXTENSION, new QName(Extensions.X14, "dataValidation"),
				new QName(Extensions.XM, "f"));
		QName count = new QName("", "count");
		for (XmlObject list : Extensions.inside(worksheet, EXTENSION, new QName(Extensions.X14, "dataValidations"))) {
			try (XmlCursor cursor = list.newCursor()) {
				if (cursor.getAttributeText(count) != null) {
					cursor.setAttributeText(count, Integer.toString(XmlElements.children(list).size()));
				}
			}
		}
		Extensions.dropEmpty(worksheet, EXTENSION);
	}

	/**
	 * POI reads an {@code .xls} sheet's validations but removes none: the table of them
	 * is replaced, among the sheet's records, with one of the plain ones. The sheet keeps
	 * its reference to the former table, which only adding a validation would use;
	 * nothing in the annotated copy adds one.
	 */
	private static void dropActive(HSSFSheet sheet) {
		List<HSSFDataValidation> validations = sheet.getDataValidations();
		if (validations.stream().allMatch(DataValidations::isPlain)) {
			return;
		}
		InternalSheet internal = sheet.getSheet();
		DataValidityTable table = internal.getOrCreateDataValidityTable();
		List<DVRecord> records = new ArrayList<>();
		table.visitContainedRecords((record) -> {
			if (record instanceof DVRecord validation) {
				records.add(validation);
			}
		});
		DataValidityTable plain = new DataValidityTable();
		boolean any = false;
		for (int i = 0; i < records.size(); i++) {
			// getDataValidations reads the same records, in the same order
			if (isPlain(validations.get(i))) {
				plain.addDataValidation(records.get(i));
				any = true;
			}
		}
		List<RecordBase> sheetRecords = internal.getRecords();
		for (int i = 0; i < sheetRecords.size(); i++) {
			if (sheetRecords.get(i) == table) {
				if (any) {
					sheetRecords.set(i, plain);
				}
				else {
					sheetRecords.remove(i);
				}
				return;
			}
		}
	}

	private static boolean isPlain(HSSFDataValidation validation) {
		DataValidationConstraint constraint = validation.getValidationConstraint();
		return PlainFormulas.isPlainOrNone(constraint.getFormula1())
				&& PlainFormulas.isPlainOrNone(constraint.getFormula2());
	}

}
