package vn.qms.stats.ingest.annotate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.qms.stats.ingest.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Problems side by side, or next to or on a cell the sender commented: each problem cell
 * of the annotated copy is marked, and the sender's comments stay.
 */
class AnnotatedCopyCommentsTests {

	private static final String SHEET = "BM01";

	private static final String SENDERS_TEXT = "Số liệu đã kiểm tra";

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void shouldMarkEveryCellOfARowOfProblemsSideBySide(String extension) throws Exception {
		// given: wrong totals in J75..R75, reported right to left and then left to right
		Path file = sent("totals." + extension);
		List<String> cells = List.of("R75", "Q75", "P75", "O75", "N75", "M75", "J75", "K75", "L75");
		// when
		Annotation annotation = new AnnotatedCopy().write(file, cells.stream().map(this::wrongTotal).toList());
		// then
		assertThat(annotation.copy()).isNotNull();
		try (Workbook copy = open(annotation.copy())) {
			for (String address : cells) {
				Cell cell = cell(copy, address);
				assertThat(cell.getCellStyle().getFillForegroundColor()).as(address)
					.isEqualTo(IndexedColors.RED.getIndex());
				assertThat(cell.getCellComment().getString().getString()).as(address)
					.startsWith("Lỗi: ")
					.contains("Error: ");
				assertThat(cell.getNumericCellValue()).as(address).isEqualTo(value(address));
			}
			assertThat(cell(copy, "I75").getCellComment()).isNull();
			assertThat(cell(copy, "S75").getCellComment()).isNull();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void shouldMarkAProblemNextToTheSendersCommentAndKeepThatComment(String extension) throws Exception {
		// given: the sender's own comment on K10, errors on J10 and L10 on either side
		Path file = sent("comment-clash." + extension, "K10");
		// when
		Annotation annotation = new AnnotatedCopy().write(file, List.of(wrongTotal("J10"), wrongTotal("L10")));
		// then
		assertThat(annotation.copy()).isNotNull();
		try (Workbook copy = open(annotation.copy())) {
			assertThat(cell(copy, "J10").getCellComment().getString().getString()).startsWith("Lỗi: ");
			assertThat(cell(copy, "L10").getCellComment().getString().getString()).startsWith("Lỗi: ");
			Comment senders = cell(copy, "K10").getCellComment();
			assertThat(senders.getString().getString()).isEqualTo(SENDERS_TEXT);
			assertThat(senders.getAuthor()).isEqualTo("Nguyen Van A");
			assertThat(cell(copy, "K10").getCellStyle().getFillForegroundColor())
				.isNotEqualTo(IndexedColors.RED.getIndex());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void shouldKeepTheSendersCommentOnAProblemCellBelowOurs(String extension) throws Exception {
		// given: an error on J10, which the sender commented, and on K10 right of it
		Path file = sent("commented." + extension, "J10");
		// when
		Annotation annotation = new AnnotatedCopy().write(file, List.of(wrongTotal("K10"), wrongTotal("J10")));
		// then
		assertThat(annotation.copy()).isNotNull();
		try (Workbook copy = open(annotation.copy())) {
			String text = cell(copy, "J10").getCellComment().getString().getString();
			assertThat(text).startsWith("Lỗi: ").endsWith("\n\nGhi chú trước đó / Earlier comment:\n" + SENDERS_TEXT);
			assertThat(cell(copy, "J10").getCellComment().getAuthor()).isEqualTo(CellMarks.AUTHOR);
			assertThat(cell(copy, "K10").getCellComment().getString().getString()).startsWith("Lỗi: ")
				.doesNotContain(SENDERS_TEXT);
		}
	}

	/** A workbook with numbers in A10:T80 and the sender's comments on these cells. */
	private Path sent(String name, String... commented) throws IOException {
		Path file = this.folder.resolve(name);
		try (Workbook workbook = name.endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet(SHEET);
			for (int r = 9; r < 80; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < 20; c++) {
					row.createCell(c).setCellValue(value(new CellReference(r, c).formatAsString()));
				}
			}
			Drawing<?> drawing = sheet.createDrawingPatriarch();
			for (String address : commented) {
				CellReference reference = new CellReference(address);
				ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
				anchor.setRow1(reference.getRow());
				anchor.setCol1(reference.getCol());
				anchor.setRow2(reference.getRow() + 3);
				anchor.setCol2(reference.getCol() + 3);
				Comment comment = drawing.createCellComment(anchor);
				comment.setString(workbook.getCreationHelper().createRichTextString(SENDERS_TEXT));
				comment.setAuthor("Nguyen Van A");
				sheet.getRow(reference.getRow()).getCell(reference.getCol()).setCellComment(comment);
			}
			workbook.write(out);
		}
		return file;
	}

	private static double value(String address) {
		CellReference reference = new CellReference(address);
		return reference.getRow() * 100 + reference.getCol();
	}

	private Problem wrongTotal(String address) {
		CellReference reference = new CellReference(address);
		return Problem.error("ingest.rule.not.greater", "E", "D", "30 > 12", "Số đã công bố", "Số bắt buộc")
			.inSheet(SHEET)
			.at(reference.getRow() + 1, reference.getCol(), "Tổng", "999999");
	}

	private static Workbook open(Path file) throws IOException {
		return CopiedWorkbooks.open(file);
	}

	private static Cell cell(Workbook workbook, String address) {
		return CopiedWorkbooks.cell(workbook, SHEET, address);
	}

}
