package vn.qms.stats.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Workbooks the console hands out, read back with POI, and a bad one to submit. */
final class ConsoleWorkbooks {

	private ConsoleWorkbooks() {
	}

	/** The workbook a download answered. */
	static Workbook read(MvcTestResult download) throws IOException {
		return WorkbookFactory.create(new ByteArrayInputStream(download.getResponse().getContentAsByteArray()));
	}

	/**
	 * Copies a BM03 writing words in the first data row's statutory days (column F, after
	 * the row number); answers that cell's address.
	 */
	static String wordsForDays(Path sample, Path copy, String words) throws IOException {
		return firstDays(sample, copy, (days) -> days.setCellValue(words));
	}

	/**
	 * Copies a workbook as another file of the same content: saved again, with another
	 * author in its document properties.
	 */
	static void savedAgain(Path sample, Path copy, String author) throws IOException {
		try (InputStream in = Files.newInputStream(sample);
				XSSFWorkbook workbook = new XSSFWorkbook(in);
				OutputStream out = Files.newOutputStream(copy)) {
			workbook.getProperties().getCoreProperties().setCreator(author);
			workbook.write(out);
		}
	}

	private static String firstDays(Path sample, Path copy, Consumer<Cell> change) throws IOException {
		try (InputStream in = Files.newInputStream(sample); Workbook workbook = WorkbookFactory.create(in)) {
			for (Row row : workbook.getSheetAt(0)) {
				Cell days = row.getCell(5);
				if (days != null && days.getCellType() == CellType.NUMERIC) {
					change.accept(days);
					try (OutputStream out = Files.newOutputStream(copy)) {
						workbook.write(out);
					}
					return days.getAddress().formatAsString();
				}
			}
		}
		throw new IllegalStateException("no statutory days in " + sample);
	}

	/** The cell at an address such as {@code F10}. */
	static Cell cell(Sheet sheet, String address) {
		CellReference reference = new CellReference(address);
		return sheet.getRow(reference.getRow()).getCell(reference.getCol());
	}

	/** The text cells of one column (0 for A). */
	static List<String> column(Sheet sheet, int index) {
		List<String> values = new ArrayList<>();
		for (Row row : sheet) {
			Cell cell = row.getCell(index);
			if (cell != null && cell.getCellType() == CellType.STRING) {
				values.add(cell.getStringCellValue());
			}
		}
		return values;
	}

	/** The text cells of a sheet, trimmed. */
	static List<String> texts(Sheet sheet) {
		List<String> values = new ArrayList<>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING) {
					values.add(cell.getStringCellValue().trim());
				}
			}
		}
		return values;
	}

}
