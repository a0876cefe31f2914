package vn.qms.stats.ingest.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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

	/** Each entry of a zip file as its name, a space and its text. */
	static List<String> entries(Path file) throws IOException {
		List<String> entries = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.add(entry.getName() + " " + new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return entries;
	}

}
