package vn.qms.stats.ingest.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Changes to workbooks written by {@code SampleWorkbooks} that it cannot make itself. */
final class Workbooks {

	private Workbooks() {
	}

	/** Something done to a workbook. */
	interface Edit {

		void apply(XSSFWorkbook workbook) throws IOException;

	}

	/** Opens the workbook, edits it and writes it back, without recalculating. */
	static Path edit(Path file, Edit edit) throws IOException {
		XSSFWorkbook workbook;
		try (InputStream in = Files.newInputStream(file)) {
			workbook = new XSSFWorkbook(in);
		}
		try (workbook) {
			edit.apply(workbook);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		return file;
	}

	/** The same values (text, numbers, dates as numbers) as an Excel 97–2003 workbook. */
	static Path copyAsXls(Path xlsx, Path target) throws IOException {
		try (InputStream in = Files.newInputStream(xlsx);
				Workbook source = new XSSFWorkbook(in);
				HSSFWorkbook copy = new HSSFWorkbook()) {
			for (Sheet sheet : source) {
				Sheet to = copy.createSheet(sheet.getSheetName());
				for (Row row : sheet) {
					Row toRow = to.createRow(row.getRowNum());
					for (Cell cell : row) {
						copyCell(cell, toRow.createCell(cell.getColumnIndex()));
					}
				}
			}
			try (OutputStream out = Files.newOutputStream(target)) {
				copy.write(out);
			}
		}
		return target;
	}

	private static void copyCell(Cell cell, Cell to) {
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			to.setCellValue(cell.getLocalDateTimeCellValue()
				.toLocalDate()
				.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		}
		else if (type == CellType.NUMERIC) {
			to.setCellValue(cell.getNumericCellValue());
		}
		else if (type == CellType.STRING) {
			to.setCellValue(cell.getStringCellValue());
		}
	}

	/**
	 * Rewrites the xlsx with a DOCTYPE declaring an external entity put before the root
	 * element of one part, as an attacker would.
	 */
	static Path withExternalEntity(Path xlsx, Path target, String part) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] bytes = in.readAllBytes();
				if (entry.getName().equals(part)) {
					bytes = withDoctype(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(bytes);
				out.closeEntry();
			}
		}
		return target;
	}

	private static String withDoctype(String xml) {
		int root = xml.indexOf('<', xml.indexOf("?>") + 2);
		String name = xml.substring(root + 1).split("[\\s>]", 2)[0];
		return xml.substring(0, root) + "<!DOCTYPE " + name + " [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
				+ xml.substring(root);
	}

}
