package vn.qms.stats.ingest.annotate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.qms.stats.ingest.Problem;
import vn.qms.stats.ingest.samples.Bm02Sheet;
import vn.qms.stats.ingest.samples.NationalBm02;
import vn.qms.stats.ingest.samples.SampleWorkbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class AnnotatedCopyTests {

	private static final String MINISTRIES = "Bộ ngành";

	@TempDir
	Path folder;

	@Test
	void shouldFillEachOffendingCellAndCommentItInVietnameseAndEnglish() throws Exception {
		// given: an error on E12, an error and a warning on C13, a warning on B14
		Path file = national("bad.xlsx");
		List<Problem> problems = List.of(above(12), unknownUnit(13), nameDiffers(13, 2), nameDiffers(14, 1));
		double e12;
		try (Workbook original = open(file)) {
			e12 = cell(original, "E12").getNumericCellValue();
		}
		// when
		Annotation annotation = new AnnotatedCopy().write(file, problems);
		// then
		assertThat(annotation.copy()).isEqualTo(this.folder.resolve("bad.xlsx.annotated.xlsx"));
		assertThat(annotation.note(java.util.Locale.ENGLISH)).isEqualTo("Annotated copy: bad.xlsx.annotated.xlsx");
		try (Workbook copy = open(annotation.copy())) {
			assertThat(copy.getSheetAt(0).getSheetName()).isEqualTo(MINISTRIES);
			Cell e12Copy = cell(copy, "E12");
			assertThat(e12Copy.getNumericCellValue()).isEqualTo(e12);
			assertThat(e12Copy.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.RED.getIndex());
			assertThat(e12Copy.getCellComment().getString().getString()).isEqualTo("Lỗi: E lớn hơn D (30 > 12)\n"
					+ "Error: Số cơ quan bắt buộc đã công bố is greater than Số cơ quan bắt buộc (30 > 12)");
			Cell c13 = cell(copy, "C13");
			assertThat(c13.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.RED.getIndex());
			assertThat(c13.getCellComment().getString().getString()).contains("Lỗi: Mã đơn vị BXX",
					"Error: Unit code BXX", "Cảnh báo: ", "Warning: The unit name differs");
			Cell b14 = cell(copy, "B14");
			assertThat(b14.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.YELLOW.getIndex());
			assertThat(cell(copy, "B15").getCellComment()).isNull();
		}
	}

	@Test
	void shouldListProblemsWithoutACellOnANewFirstSheet() throws Exception {
		// given
		Path file = national("no-period.xlsx");
		Problem missingPeriod = Problem.error("ingest.title.period.missing").inSheet(MINISTRIES);
		// when
		Annotation annotation = new AnnotatedCopy().write(file, List.of(missingPeriod, above(12)));
		// then
		try (Workbook copy = open(annotation.copy())) {
			Sheet errors = copy.getSheetAt(0);
			assertThat(errors.getSheetName()).isEqualTo("Lỗi - Errors");
			assertThat(copy.getActiveSheetIndex()).isZero();
			assertThat(errors.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Trang tính / Sheet");
			assertThat(errors.getRow(1).getCell(1).getStringCellValue()).isEqualTo(MINISTRIES);
			assertThat(errors.getRow(1).getCell(5).getStringCellValue()).startsWith("Thiếu kỳ báo cáo");
			assertThat(errors.getRow(1).getCell(6).getStringCellValue()).startsWith("Reporting period missing");
			assertThat(errors.getLastRowNum()).isEqualTo(1);
			assertThat(copy.getSheetAt(1).getSheetName()).isEqualTo(MINISTRIES);
			assertThat(cell(copy, "E12").getCellComment()).isNotNull();
		}
	}

	@Test
	void shouldWriteAnXlsCopyOfAnXlsFile() throws Exception {
		// given
		Path file = this.folder.resolve("old.xls");
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet(MINISTRIES).createRow(9).createCell(4).setCellValue(30);
			workbook.write(out);
		}
		// when
		Annotation annotation = new AnnotatedCopy().write(file, List.of(above(10)));
		// then
		assertThat(annotation.copy()).isEqualTo(this.folder.resolve("old.xls.annotated.xls"));
		try (Workbook copy = open(annotation.copy())) {
			assertThat(copy).isInstanceOf(HSSFWorkbook.class);
			assertThat(cell(copy, "E10").getCellStyle().getFillForegroundColor())
				.isEqualTo(IndexedColors.RED.getIndex());
			assertThat(cell(copy, "E10").getCellComment().getString().getString()).contains("Error: ");
		}
	}

	@Test
	void shouldSkipAFileAboveTheSizeCapWithANote() throws Exception {
		// given
		Path file = national("big.xlsx");
		// when
		Annotation annotation = new AnnotatedCopy(1024).write(file, List.of(above(10)));
		// then
		assertThat(annotation.copy()).isNull();
		assertThat(annotation.note(java.util.Locale.ENGLISH)).startsWith("No annotated copy: the file is larger than");
		assertThat(this.folder.resolve("big.xlsx.annotated.xlsx")).doesNotExist();
	}

	@Test
	void shouldNoteAFileThatIsNoSafeWorkbookAndNeverThrow() throws Exception {
		// given
		Path file = Files.writeString(this.folder.resolve("notes.xlsx"), "not a workbook");
		// when
		Annotation[] annotation = new Annotation[1];
		assertThatNoException().isThrownBy(() -> annotation[0] = new AnnotatedCopy().write(file, List.of(above(10))));
		// then
		assertThat(annotation[0].copy()).isNull();
		assertThat(annotation[0].note(java.util.Locale.ENGLISH))
			.startsWith("No annotated copy: the file did not pass the safety checks");
		try (var files = Files.list(this.folder)) {
			assertThat(files).containsExactly(file);
		}
	}

	@Test
	void shouldWriteNothingForACsvFile() throws Exception {
		// given
		Path file = Files.writeString(this.folder.resolve("bm02.csv"), "a,b\n1,2\n");
		// when
		Annotation annotation = new AnnotatedCopy().write(file, List.of(above(2)));
		// then
		assertThat(annotation.hasNote()).isFalse();
		assertThat(annotation.copy()).isNull();
	}

	@Test
	void shouldGiveAnXlsxAndAnXlsmOfTheSameNameEachItsOwnCopy() throws Exception {
		// given two rejected workbooks that differ only by their extension
		Path xlsx = national("a.xlsx");
		Path xlsm = Files.copy(national("b.xlsx"), this.folder.resolve("a.xlsm"));
		// when
		Annotation ofXlsx = new AnnotatedCopy().write(xlsx, List.of(above(12)));
		Annotation ofXlsm = new AnnotatedCopy().write(xlsm, List.of(unknownUnit(13)));
		// then
		assertThat(ofXlsx.copy()).isEqualTo(this.folder.resolve("a.xlsx.annotated.xlsx"));
		assertThat(ofXlsm.copy()).isEqualTo(this.folder.resolve("a.xlsm.annotated.xlsx"));
		try (Workbook first = open(ofXlsx.copy()); Workbook second = open(ofXlsm.copy())) {
			assertThat(cell(first, "E12").getCellComment()).isNotNull();
			assertThat(cell(first, "C13").getCellComment()).isNull();
			assertThat(cell(second, "C13").getCellComment()).isNotNull();
		}
	}

	private Path national(String name) throws IOException {
		Bm02Sheet ministries = NationalBm02.ministries("Năm 2020");
		return SampleWorkbooks.write(this.folder.resolve(name), ministries);
	}

	private static Problem above(int row) {
		return Problem
			.error("ingest.rule.not.greater", "E", "D", "30 > 12", "Số cơ quan bắt buộc đã công bố",
					"Số cơ quan bắt buộc")
			.inSheet(MINISTRIES)
			.at(row, 4, "Số cơ quan bắt buộc đã công bố", "30");
	}

	private static Problem unknownUnit(int row) {
		return Problem.error("ingest.unit.unknown", "BXX", "2020").inSheet(MINISTRIES).at(row, 2, "Mã", "BXX");
	}

	private static Problem nameDiffers(int row, int column) {
		return Problem.warning("ingest.unit.name.differs", "Bộ Y tế", "BYT")
			.inSheet(MINISTRIES)
			.at(row, column, "Tên", "Bo Y te");
	}

	private static Workbook open(Path file) throws IOException {
		return CopiedWorkbooks.open(file);
	}

	private static Cell cell(Workbook workbook, String address) {
		return CopiedWorkbooks.cell(workbook, MINISTRIES, address);
	}

}
