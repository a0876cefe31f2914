package vn.qms.stats.ingest.sheet;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.qms.stats.ingest.Problem;
import vn.qms.stats.ingest.form.Column;
import vn.qms.stats.ingest.form.ColumnType;
import vn.qms.stats.ingest.form.FormDefinition;
import vn.qms.stats.ingest.sheet.TitleBlock.Field;

import static org.assertj.core.api.Assertions.assertThat;

class XlsWorkbookSourceTests {

	/** A small form with every kind of value a cell of an .xls can hold. */
	private static final FormDefinition FORM = new FormDefinition("T1", "Kiểm thử", "t1_row",
			List.of(Column.required("code", "Mã", "Code", ColumnType.TEXT),
					Column.required("count", "Số", "Count", ColumnType.COUNT),
					Column.optional("rate", "Tỉ lệ", "Rate", ColumnType.DECIMAL),
					Column.optional("day", "Ngày", "Day", ColumnType.DATE),
					Column.optional("done", "Đạt", "Done", ColumnType.YES_NO)),
			List.of(), List.of());

	private final SheetReader reader = new SheetReader(List.of(FORM));

	@TempDir
	Path folder;

	@Test
	void shouldReadAnXlsIntoTheSameSheetAsTheEquivalentXlsx() throws Exception {
		// given
		Path xls = write(new HSSFWorkbook(), this.folder.resolve("bao-cao.xls"));
		Path xlsx = write(new XSSFWorkbook(), this.folder.resolve("bao-cao.xlsx"));
		// when
		ParsedSheet fromXls = read(xls);
		ParsedSheet fromXlsx = read(xlsx);
		// then
		assertThat(fromXls.form()).isEqualTo(fromXlsx.form()).isEqualTo(FORM);
		assertThat(fromXls.headers()).isEqualTo(fromXlsx.headers());
		assertThat(fromXls.rows()).isEqualTo(fromXlsx.rows());
		assertThat(fromXls.problems()).isEqualTo(fromXlsx.problems());
		for (Field field : Field.values()) {
			assertThat(fromXls.title().get(field)).isEqualTo(fromXlsx.title().get(field));
		}
	}

	@Test
	void shouldReadNumbersTextNumbersCachedFormulasDatesAndErrorsOfAnXls() throws Exception {
		// given
		Path xls = write(new HSSFWorkbook(), this.folder.resolve("bao-cao.xls"));
		// when
		ParsedSheet sheet = read(xls);
		// then
		assertThat(sheet.title().get(Field.PERIOD)).get().extracting(TitleBlock.Value::text).isEqualTo("Quý III/2026");
		assertThat(sheet.rows()).hasSize(3);
		ParsedRow first = sheet.rows().get(0);
		assertThat(first.row()).isEqualTo(6);
		assertThat(first.values()).containsEntry("code", "A1")
			.containsEntry("count", 12L)
			.containsEntry("rate", new BigDecimal("98.4"))
			.containsEntry("day", LocalDate.of(2026, 9, 30))
			.containsEntry("done", true);
		ParsedRow second = sheet.rows().get(1);
		assertThat((BigDecimal) second.get("rate")).isEqualByComparingTo("24");
		assertThat(second.values()).containsEntry("count", 1886L)
			.containsEntry("day", LocalDate.of(2026, 9, 29))
			.containsEntry("done", false);
		assertThat(sheet.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem).extracting(Problem::row, Problem::column, Problem::value, Problem::messageKey)
				.containsExactly(8, "B", "#DIV/0!", "ingest.cell.error.value");
		});
	}

	private ParsedSheet read(Path file) throws Exception {
		try (WorkbookSource source = WorkbookSources.open(file); Stream<SourceRow> rows = source.rows(0)) {
			assertThat(source.warnings()).isEmpty();
			return this.reader.read(source.sheetNames().get(0), rows);
		}
	}

	/**
	 * Title block, header, a number, a text number, a formula with its cached value, an
	 * error cell and date cells; formulas evaluated so that they have cached values.
	 */
	private static Path write(Workbook workbook, Path file) throws Exception {
		try (workbook) {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			Sheet sheet = workbook.createSheet("Báo cáo");
			sheet.createRow(0).createCell(0).setCellValue("UBND TỈNH AN GIANG");
			Row period = sheet.createRow(1);
			period.createCell(0).setCellValue("Kỳ báo cáo:");
			period.createCell(1).setCellValue("Quý III/2026");
			Row header = sheet.createRow(4);
			List.of("Mã", "Số", "Tỉ lệ", "Ngày", "Đạt")
				.forEach((label) -> header.createCell(header.getPhysicalNumberOfCells()).setCellValue(label));
			Row first = sheet.createRow(5);
			first.createCell(0).setCellValue("A1");
			first.createCell(1).setCellValue(12);
			first.createCell(2).setCellValue("98,4");
			first.createCell(3).setCellValue(LocalDate.of(2026, 9, 30));
			first.getCell(3).setCellStyle(date);
			first.createCell(4).setCellValue(true);
			Row second = sheet.createRow(6);
			second.createCell(0).setCellValue("A2");
			second.createCell(1).setCellValue("1.886");
			second.createCell(2).setCellFormula("B6*2");
			second.createCell(3).setCellValue("29/09/2026");
			second.createCell(4).setCellValue("Không");
			Row third = sheet.createRow(7);
			third.createCell(0).setCellValue("A3");
			third.createCell(1).setCellErrorValue(FormulaError.DIV0.getCode());
			third.createCell(2).setCellValue(0.1);
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		return file;
	}

}
