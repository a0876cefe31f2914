package vn.qms.stats.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.qms.stats.metrics.Branch;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewReportRendererTests {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private static final ReviewReportRenderer renderer = new ReviewReportRenderer(new ReportTemplates());

	@TempDir
	Path out;

	@Test
	void shouldWritePdfAndXlsxNamedAfterReportUnitAndPeriod() throws IOException {
		// given
		ReviewModel review = ReviewFixtures.nationalReview();
		// when
		List<Path> files = renderer.render(review, VIETNAMESE, EnumSet.allOf(ReportFormat.class), this.out);
		// then
		assertThat(files).extracting((file) -> file.getFileName().toString())
			.containsExactly("review_VN_2015-2020.pdf", "review_VN_2015-2020.xlsx");
		try (var listing = Files.list(this.out)) {
			assertThat(listing.map((file) -> file.getFileName().toString())).as("no temporary file left behind")
				.containsExactlyInAnyOrder("review_VN_2015-2020.pdf", "review_VN_2015-2020.xlsx");
		}
	}

	@Test
	void shouldQuoteNationalLinesInVietnameseStyle() throws IOException {
		// given
		ReviewModel review = ReviewFixtures.nationalReview();
		// when
		String text = pdfText(renderPdf(review, VIETNAMESE));
		// then
		assertThat(text)
			.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
					"Hà Nội, ngày 21 tháng 11 năm 2026", "BÁO CÁO", "Kỳ báo cáo: 2015–2020")
			.contains("90,9 % bộ, ngành (20/22)", "98,4 % địa phương (62/63)", "75,5 %", "(74/98)",
					"62,4 % UBND cấp xã (5.564/8.910)")
			.contains("NGƯỜI LẬP BIỂU", "TM. BAN CHỈ ĐẠO", "Thừa Thiên Huế", "Bà Rịa - Vũng Tàu", "Đắk Lắk");
	}

	@Test
	void shouldListUnitsNotYetCompliant() throws IOException {
		// given ministries 1 and 2 and the last province are missing mandatory bodies
		ReviewModel review = ReviewFixtures.nationalReview();
		// when
		String text = pdfText(renderPdf(review, VIETNAMESE));
		// then
		String list = text.substring(text.indexOf("IV. ĐƠN VỊ CHƯA CÓ TẤT CẢ CƠ QUAN BẮT BUỘC"));
		assertThat(list).contains("Bộ Quốc phòng", "27/30", "Bộ Công an", "Cà Mau")
			.doesNotContain("Bộ Ngoại giao", "Hà Giang");
	}

	@Test
	void shouldRenderEveryVietnameseDiacriticWithTheEmbeddedLiberationSerif() throws IOException {
		// given a unit name with the hardest diacritics
		ReviewModel review = ReviewFixtures.nationalReview("Ứng Ửng Đạt Kỹ Quý ỹ");
		// when
		Path pdf = renderPdf(review, VIETNAMESE);
		// then
		assertThat(pdfText(pdf)).contains("Ứng Ửng Đạt Kỹ Quý ỹ");
		List<PDFont> fonts = fonts(pdf);
		assertThat(fonts).isNotEmpty().allSatisfy((font) -> {
			assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
			assertThat(font.getName()).contains("LiberationSerif");
		});
		assertThat(fonts).extracting(PDFont::getName).anyMatch((name) -> name.endsWith("LiberationSerif-Bold"));
	}

	@Test
	void shouldUseEnglishLabelsForEnglishLocale() throws IOException {
		// given
		ReviewModel review = ReviewFixtures.nationalReview();
		// when
		String text = pdfText(renderPdf(review, Locale.ENGLISH));
		// then
		assertThat(text)
			.contains("SOCIALIST REPUBLIC OF VIETNAM", "Independence - Freedom - Happiness",
					"90.9% of ministries (20/22)", "62.4% of commune people's committees (5,564/8,910)", "PREPARED BY",
					"Hà Nội, 21 November 2026")
			.doesNotContain("CỘNG HÒA", "bộ, ngành");
	}

	@Test
	void shouldPrintTheColumnGroupHeadersWhole() throws IOException {
		for (Locale locale : List.of(Locale.ENGLISH, VIETNAMESE)) {
			// when
			String text = pdfText(renderPdf(ReviewFixtures.nationalReview(), locale)).replaceAll("\\s+", " ");
			// then the headers over the ministries' and provinces' rates are not cut
			ReportText labels = new ReportText(locale);
			assertThat(text).as(locale.toString()).contains(labels.get("column.mandatory"), labels.get("column.tthc"));
		}
	}

	@Test
	void shouldWriteRatesAndCountsAsNumericCells() throws IOException {
		// given
		ReviewModel review = ReviewFixtures.nationalReview();
		// when
		Path xlsx = renderer.render(review, VIETNAMESE, Set.of(ReportFormat.XLSX), this.out).get(0);
		// then
		try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = new XSSFWorkbook(in)) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			Sheet sheet = workbook.getSheetAt(0);
			Row ministries = rowStartingWith(sheet, "Bộ, ngành có tất cả cơ quan bắt buộc đã công bố HTQLCL phù hợp");
			assertThat(numbers(ministries)).containsExactly(20.0, 22.0, 20.0 / 22);
			Row next = sheet.getRow(ministries.getRowNum() + 1);
			assertThat(next.getCell(1).getStringCellValue()).as("no empty row in between").startsWith("Địa phương");
			Row science = rowStartingWith(sheet, "B16");
			assertThat(science.getCell(1).getStringCellValue()).isEqualTo("Bộ Khoa học và Công nghệ");
			assertThat(numbers(science)).containsExactly(45.0, 45.0, 1.0, 221.0, 225.0, 221.0 / 225);
			Cell count = science.getCell(2);
			assertThat(count.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(count.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			Cell rate = science.getCell(4);
			assertThat(rate.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
		}
	}

	@Test
	void shouldShowEachYearOfARangeAndMarkRestatedFigures() throws IOException {
		// given 2015–2020, restated in today's units
		ReviewModel review = ReviewFixtures.nationalRange().restated(List.of());
		// when
		String text = pdfText(renderPdf(review, VIETNAMESE));
		// then
		assertThat(text).contains("Số liệu được quy đổi theo đơn vị hành chính hiện nay.", "Số liệu năm 2020.")
			.contains("II. KẾT QUẢ QUA CÁC NĂM", "2015 45,5 % (10/22) 58,7 % (37/63)",
					"2020 90,9 % (20/22) 98,4 % (62/63)")
			.contains("III. TỶ LỆ CƠ QUAN BẮT BUỘC ĐÃ CÔNG BỐ HTQLCL THEO ĐƠN VỊ QUA CÁC NĂM",
					"Bộ Quốc phòng 73,3 % (22/30)", "Cà Mau")
			.contains("IV. KẾT QUẢ THEO BỘ, NGÀNH", "V. KẾT QUẢ THEO ĐỊA PHƯƠNG",
					"VI. ĐƠN VỊ CHƯA CÓ TẤT CẢ CƠ QUAN BẮT BUỘC", "VII. CHẤT LƯỢNG SỐ LIỆU");
	}

	@Test
	void shouldShowDashForRateWithZeroDenominator() throws IOException {
		// given no commune in scope: 0/0
		ReviewModel review = ReviewFixtures.withHeadline(ReviewFixtures.nationalReview(),
				ReviewFixtures.rate("commune_announced_rate", Branch.ALL, 0, 0));
		// when
		List<Path> files = renderer.render(review, VIETNAMESE, EnumSet.allOf(ReportFormat.class), this.out);
		// then
		assertThat(pdfText(files.get(0))).contains("– UBND cấp xã (0/0)").doesNotContain("0,0 % UBND");
		try (InputStream in = Files.newInputStream(files.get(1)); Workbook workbook = new XSSFWorkbook(in)) {
			Row communes = rowStartingWith(workbook.getSheetAt(0), "UBND cấp xã đã công bố HTQLCL phù hợp");
			assertThat(numbers(communes)).containsExactly(0.0, 0.0);
			assertThat(communes.getCell(4).getStringCellValue()).isEqualTo("–");
		}
	}

	private Path renderPdf(ReviewModel review, Locale locale) throws IOException {
		return renderer.render(review, locale, Set.of(ReportFormat.PDF), this.out).get(0);
	}

	private static String pdfText(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			// Justified lines and wrapped cells come out with extra spaces and line
			// breaks
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private static List<PDFont> fonts(Path pdf) throws IOException {
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

	/** The first row with a text cell holding exactly the given label. */
	private static Row rowStartingWith(Sheet sheet, String label) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
					return row;
				}
			}
		}
		throw new AssertionError("No row " + label);
	}

	private static List<Double> numbers(Row row) {
		List<Double> numbers = new ArrayList<>();
		row.forEach((cell) -> {
			if (cell.getCellType() == CellType.NUMERIC) {
				numbers.add(cell.getNumericCellValue());
			}
		});
		return numbers;
	}

}
