package vn.qms.stats.ingest.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/** Reading an annotated copy back, as the sender's spreadsheet program would. */
final class CopiedWorkbooks {

	private CopiedWorkbooks() {
	}

	static Workbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return WorkbookFactory.create(in);
		}
	}

	/** A cell by its address ({@code J10}) on a sheet. */
	static Cell cell(Workbook workbook, String sheet, String address) {
		CellReference reference = new CellReference(address);
		return workbook.getSheet(sheet).getRow(reference.getRow()).getCell(reference.getCol());
	}

}
