package vn.qms.stats.ingest.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * Turns every formula cell of a workbook into the value Excel last saved for it (a
 * number, a text, a boolean, or an error such as {@code #N/A}, kept as an error value),
 * so that nothing of the sender's runs in a copy the product writes: no
 * {@code HYPERLINK}, {@code WEBSERVICE}, DDE or external reference. A formula without a
 * saved value (a file written by a tool that does not calculate, such as openpyxl)
 * becomes a blank cell. The cell keeps its style.
 */
final class FormulaValues {

	private FormulaValues() {
	}

	static void replace(Workbook workbook) {
		for (Sheet sheet : workbook) {
			replace(sheet);
		}
	}

	private static void replace(Sheet sheet) {
		List<Cell> formulas = new ArrayList<>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.FORMULA) {
					formulas.add(cell);
				}
			}
		}
		// the values first: taking out an array formula blanks all its cells
		List<Consumer<Cell>> values = formulas.stream().map(FormulaValues::savedValue).toList();
		// last cell first: the first cell of a shared formula (.xlsx) then goes last,
		// when
		// POI has no other cell of its group to hand the formula on to (it would parse
		// it)
		for (int i = formulas.size() - 1; i >= 0; i--) {
			Cell cell = formulas.get(i);
			if (cell.isPartOfArrayFormulaGroup()) {
				sheet.removeArrayFormula(cell);
			}
			else if (cell instanceof XSSFCell && cell.getCellType() == CellType.FORMULA) {
				// keeps the calculation chain and shared formulas in order (an .xls
				// cell's
				// removeFormula leaves its row inconsistent: setBlank alone does it
				// there)
				cell.removeFormula();
			}
			cell.setBlank();
			values.get(i).accept(cell);
		}
	}

	private static Consumer<Cell> savedValue(Cell cell) {
		if (cell instanceof XSSFCell xssf && (!xssf.getCTCell().isSetV() || xssf.getCTCell().getV().isEmpty())) {
			return (blank) -> {
			};
		}
		switch (cell.getCachedFormulaResultType()) {
			case NUMERIC -> {
				double number = cell.getNumericCellValue();
				return (target) -> target.setCellValue(number);
			}
			case STRING -> {
				String text = cell.getStringCellValue();
				return (target) -> target.setCellValue(text);
			}
			case BOOLEAN -> {
				boolean bool = cell.getBooleanCellValue();
				return (target) -> target.setCellValue(bool);
			}
			case ERROR -> {
				byte error = cell.getErrorCellValue();
				return (target) -> target.setCellErrorValue(error);
			}
			default -> {
				return (blank) -> {
				};
			}
		}
	}

}
