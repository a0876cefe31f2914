package vn.qms.stats.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user sees in a rendered report: the text and fonts of a PDF (PDFBox), the cells
 * of an XLSX (POI).
 */
final class RenderedFiles {

	private RenderedFiles() {
	}

	/** The text of every page, white space collapsed. */
	static String pdfText(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			// Justified lines and wrapped cells come out with extra spaces and line
			// breaks
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	/** The text of each page, white space collapsed. */
	static List<String> pdfPages(Path pdf) throws IOException {
		List<String> pages = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(stripper.getText(document).replaceAll("\\s+", " "));
			}
		}
		return pages;
	}

	static List<PDFont> fonts(Path pdf) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					fonts.add(page.getResources().getFont(name));
				}
			}
		}
		return fonts;
	}

	/** Every font is Liberation Serif, embedded. */
	static void assertOnlyEmbeddedLiberationSerif(Path pdf) throws IOException {
		assertThat(fonts(pdf)).isNotEmpty().allSatisfy((font) -> {
			assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
			assertThat(font.getName()).contains("LiberationSerif");
		});
	}

	static Workbook workbook(Path xlsx) throws IOException {
		try (InputStream in = Files.newInputStream(xlsx)) {
			return new XSSFWorkbook(in);
		}
	}

	/** The first row with a text cell holding exactly the given label. */
	static Row rowWith(Sheet sheet, String label) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
					return row;
				}
			}
		}
		throw new AssertionError("No row " + label);
	}

	static List<Double> numbers(Row row) {
		List<Double> numbers = new ArrayList<>();
		row.forEach((cell) -> {
			if (cell.getCellType() == CellType.NUMERIC) {
				numbers.add(cell.getNumericCellValue());
			}
		});
		return numbers;
	}

	/** The texts of the text cells of a row. */
	static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach((cell) -> {
			if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()) {
				texts.add(cell.getStringCellValue());
			}
		});
		return texts;
	}

	/** The display formats of the numeric cells of a row. */
	static List<String> formats(Row row) {
		List<String> formats = new ArrayList<>();
		row.forEach((cell) -> {
			if (cell.getCellType() == CellType.NUMERIC) {
				formats.add(cell.getCellStyle().getDataFormatString());
			}
		});
		return formats;
	}

}
