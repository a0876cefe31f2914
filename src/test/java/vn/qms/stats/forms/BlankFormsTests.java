package vn.qms.stats.forms;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.qms.stats.ingest.TestReferenceUnits;
import vn.qms.stats.ingest.form.Choice;
import vn.qms.stats.ingest.form.Column;
import vn.qms.stats.ingest.form.ColumnType;
import vn.qms.stats.ingest.form.FormDefinition;
import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.ingest.guard.GuardLimits;
import vn.qms.stats.ingest.sheet.ParsedSheet;
import vn.qms.stats.ingest.sheet.SheetReader;
import vn.qms.stats.ingest.sheet.TitleBlock;
import vn.qms.stats.ingest.sheet.WorkbookSource;
import vn.qms.stats.ingest.sheet.WorkbookSources;
import vn.qms.stats.reference.Period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A blank form as the agency opens it and as the product's reader reads it back: title
 * block, header, drop-down lists of the reader's values, validations with bilingual
 * errors, locked header and title, protection without a password.
 */
class BlankFormsTests {

	private static final Period Q3_2026 = Period.ofQuarter(2026, 3);

	private final BlankForms forms = new BlankForms(new TestReferenceUnits());

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "BM01", "BM02", "BM03", "BM04" })
	void shouldBeReadBackByTheReaderAsTheFormWithEveryColumnAndTheUnitAndPeriodAsked(String code) throws Exception {
		// given
		BlankForm blank = this.forms.blank(code.toLowerCase(), "91", Q3_2026);
		// when
		Path file = this.forms.write(blank, this.folder);
		// then
		assertThat(file.getFileName()).hasToString(code.toLowerCase() + "_91_2026-Q3.xlsx");
		FormDefinition form = Forms.byCode(code).orElseThrow();
		try (WorkbookSource source = WorkbookSources.inProcess(GuardLimits.defaults()).open(file)) {
			assertThat(source.sheetNames()).containsExactly(code);
			ParsedSheet sheet = new SheetReader(Forms.all()).read(code, source.rows(0));
			assertThat(sheet.form()).isSameAs(form);
			assertThat(sheet.headers().keySet())
				.containsExactlyInAnyOrderElementsOf(form.columns().stream().map(Column::key).toList());
			assertThat(sheet.headers().values()).allMatch((header) -> header.text().equals(header.column().labelVi()));
			assertThat(Period.parse(sheet.title().get(TitleBlock.Field.PERIOD).orElseThrow().text())).contains(Q3_2026);
			assertThat(sheet.title().get(TitleBlock.Field.UNIT_CODE).orElseThrow().text()).isEqualTo("91");
			assertThat(sheet.title().get(TitleBlock.Field.UNIT_NAME).orElseThrow().text()).isEqualTo("An Giang");
			assertThat(sheet.title().get(TitleBlock.Field.REPORT_DATE)).isEmpty();
			assertThat(sheet.rows()).isEmpty();
			// nothing but the want of rows is remarked on: no unknown column, no stray
			// sheet
			assertThat(sheet.problems()).extracting((problem) -> problem.messageKey())
				.containsExactly("ingest.sheet.no.rows");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "BM01", "BM02", "BM03", "BM04" })
	void shouldOfferTheReadersValuesInDropDownsAndValidateEveryOtherDataColumn(String code) throws Exception {
		// given
		FormDefinition form = Forms.byCode(code).orElseThrow();
		// when
		try (XSSFWorkbook workbook = written(code)) {
			// then
			XSSFSheet sheet = workbook.getSheet(code);
			int firstData = BlankWorkbook.headerRow(sheet, form) + 2;
			Map<Integer, XSSFDataValidation> byColumn = dataValidations(sheet, firstData);
			for (int i = 0; i < form.columns().size(); i++) {
				Column column = form.columns().get(i);
				XSSFDataValidation validation = byColumn.get(i);
				String what = code + " " + column.key();
				if (column.type() == ColumnType.TEXT && column.maxLength() == 0) {
					assertThat(validation).as(what).isNull();
					continue;
				}
				assertThat(validation).as(what).isNotNull();
				CellRangeAddress range = validation.getRegions().getCellRangeAddresses()[0];
				assertThat(range.getLastRow()).as(what).isEqualTo(SpreadsheetVersion.EXCEL2007.getLastRowIndex());
				assertThat(validation.getShowErrorBox()).as(what).isTrue();
				assertThat(validation.getErrorBoxTitle()).as(what)
					.isEqualTo("Sai giá trị / Invalid value")
					.hasSizeLessThanOrEqualTo(32);
				assertThat(shown(validation.getErrorBoxText()).split("\n")).as(what).hasSize(2);
				assertThat(shown(validation.getErrorBoxText())).as(what).hasSizeLessThanOrEqualTo(255);
				assertThat(shown(validation.getPromptBoxText())).as(what)
					.hasSizeLessThanOrEqualTo(255)
					.contains(column.labelVi(), column.labelEn());
				var constraint = validation.getValidationConstraint();
				switch (column.type()) {
					case ENUM, YES_NO -> {
						assertThat(constraint.getValidationType()).as(what).isEqualTo(ValidationType.LIST);
						assertThat(listValues(sheet, constraint.getFormula1())).as(what)
							.containsExactlyElementsOf(column.choices().stream().map(Choice::labelVi).toList());
						assertThat(hidesArrow(sheet, range)).as(what).isFalse();
						assertThat(shown(validation.getErrorBoxText())).startsWith("Chọn một giá trị trong danh sách.");
					}
					case COUNT -> {
						assertThat(constraint.getValidationType()).as(what).isEqualTo(ValidationType.INTEGER);
						assertThat(constraint.getOperator()).as(what).isEqualTo(OperatorType.BETWEEN);
						assertThat(constraint.getFormula1()).as(what).isEqualTo("0");
						assertThat(constraint.getFormula2()).as(what).isEqualTo("999999999");
						assertThat(shown(validation.getErrorBoxText())).isEqualTo(
								"Nhập một số nguyên, từ 0 đến 999.999.999.\nEnter a whole number from 0 to 999,999,999.");
					}
					case DECIMAL ->
						assertThat(constraint.getValidationType()).as(what).isEqualTo(ValidationType.DECIMAL);
					case DATE, DATETIME -> {
						assertThat(constraint.getValidationType()).as(what).isEqualTo(ValidationType.DATE);
						assertThat(constraint.getFormula1()).as(what).isEqualTo("DATE(1990,1,1)");
					}
					case TEXT -> {
						assertThat(constraint.getValidationType()).as(what).isEqualTo(ValidationType.TEXT_LENGTH);
						assertThat(constraint.getFormula1()).as(what).isEqualTo(Integer.toString(column.maxLength()));
					}
				}
			}
		}
	}

	@Test
	void shouldKeepStatutoryDaysAbove0AndTheOtherDaysAtLeast0AsBm03sRulesDo() throws Exception {
		// given
		FormDefinition form = Forms.BM03;
		// when
		try (XSSFWorkbook workbook = written("BM03")) {
			// then
			XSSFSheet sheet = workbook.getSheet("BM03");
			Map<Integer, XSSFDataValidation> byColumn = dataValidations(sheet,
					BlankWorkbook.headerRow(sheet, form) + 2);
			var statutory = byColumn.get(index(form, "statutory_days")).getValidationConstraint();
			var actual = byColumn.get(index(form, "actual_days")).getValidationConstraint();
			// at most what the ingest takes (9,999,999.99), above 0 as stored (0.01)
			assertThat(statutory.getOperator()).isEqualTo(OperatorType.BETWEEN);
			assertThat(statutory.getFormula1()).isEqualTo("0.01");
			assertThat(statutory.getFormula2()).isEqualTo("9999999.99");
			assertThat(actual.getOperator()).isEqualTo(OperatorType.BETWEEN);
			assertThat(actual.getFormula1()).isEqualTo("0");
			assertThat(actual.getFormula2()).isEqualTo("9999999.99");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "BM01", "BM02", "BM03", "BM04" })
	void shouldLockTitleAndHeaderUnlockTheDataAndProtectTheSheetWithoutAPassword(String code) throws Exception {
		// given
		FormDefinition form = Forms.byCode(code).orElseThrow();
		// when
		try (XSSFWorkbook workbook = written(code)) {
			// then
			XSSFSheet sheet = workbook.getSheet(code);
			int header = BlankWorkbook.headerRow(sheet, form);
			assertThat(sheet.getProtect()).isTrue();
			assertThat(sheet.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
			assertThat(sheet.getCTWorksheet().getSheetProtection().isSetHashValue()).isFalse();
			for (int r = 0; r <= header + 1; r++) {
				Row row = sheet.getRow(r);
				assertThat(row).as("row %d", r + 1).isNotNull();
				assertThat(row.getRowStyle().getLocked()).as("row %d", r + 1).isTrue();
				for (Cell cell : row) {
					boolean reportDate = r > 0 && sheet.getRow(r).getCell(0).toString().equals("Ngày báo cáo:")
							&& cell.getColumnIndex() == 1;
					assertThat(cell.getCellStyle().getLocked()).as("%s", cell.getAddress()).isEqualTo(!reportDate);
				}
			}
			for (int i = 0; i < form.columns().size(); i++) {
				assertThat(sheet.getColumnStyle(i).getLocked()).as("column %d", i + 1).isFalse();
				// readable on 1366×768: neither cramped nor wider than half the screen
				assertThat(sheet.getColumnWidth(i) / 256).as("width of column %d", i + 1).isBetween(10, 40);
			}
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat((int) sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo(header + 2);
		}
	}

	@Test
	void shouldRefuseAUnitThatDidNotExistInThePeriodAndAnUnknownForm() {
		assertThatThrownBy(() -> this.forms.blank("BM01", "91", Period.ofYear(1999)))
			.isInstanceOf(BlankFormException.class)
			.hasMessageContaining("Không có đơn vị báo cáo mã 91 trong kỳ Năm 1999")
			.hasMessageContaining("No reporting unit has the code 91 in the period");
		assertThatThrownBy(() -> this.forms.blank("BM05", "91", Q3_2026)).isInstanceOf(BlankFormException.class)
			.hasMessageContaining("Không có biểu mẫu BM05")
			.hasMessageContaining("There is no form BM05");
	}

	@Test
	void shouldWriteTheSameWorkbookToAStreamAsToAFile() throws Exception {
		// given
		BlankForm blank = this.forms.blank("BM02", "vn", Period.ofYear(2020));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		// when
		this.forms.write(blank, out);
		// then
		assertThat(blank.fileName()).isEqualTo("bm02_VN_2020.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			XSSFSheet sheet = workbook.getSheet("BM02");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Năm 2020");
			assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("VN");
		}
	}

	private XSSFWorkbook written(String code) throws Exception {
		Path file = this.forms.write(this.forms.blank(code, "91", Q3_2026), this.folder);
		return BlankWorkbook.open(file);
	}

	/**
	 * The validations of the data rows by column; each must start at the first data row.
	 */
	private static Map<Integer, XSSFDataValidation> dataValidations(XSSFSheet sheet, int firstData) {
		List<XSSFDataValidation> data = new ArrayList<>();
		for (XSSFDataValidation validation : sheet.getDataValidations()) {
			CellRangeAddress range = validation.getRegions().getCellRangeAddresses()[0];
			if (range.getFirstRow() >= firstData - 2) {
				assertThat(range.getFirstRow()).isEqualTo(firstData);
				assertThat(range.getFirstColumn()).isEqualTo(range.getLastColumn());
				data.add(validation);
			}
		}
		return data.stream()
			.collect(Collectors.toMap(
					(validation) -> validation.getRegions().getCellRangeAddresses()[0].getFirstColumn(),
					(validation) -> validation));
	}

	/** The texts of the cells a list validation's formula names. */
	private static List<String> listValues(XSSFSheet sheet, String formula) {
		CellRangeAddress range = CellRangeAddress.valueOf(formula.replace("$", ""));
		List<String> values = new ArrayList<>();
		for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
			for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
				values.add(sheet.getRow(r).getCell(c).getStringCellValue());
			}
		}
		return values;
	}

	/**
	 * The text as Excel shows it: POI writes a line break in these attributes as OOXML's
	 * {@code _x000a_} escape, which Excel decodes and POI reads back as is.
	 */
	private static String shown(String text) {
		return text.replace("_x000a_", "\n");
	}

	/** Excel's {@code showDropDown} attribute, which when true hides the arrow. */
	private static boolean hidesArrow(XSSFSheet sheet, CellRangeAddress range) {
		return Stream.of(sheet.getCTWorksheet().getDataValidations().getDataValidationArray())
			.filter((validation) -> validation.getSqref().toString().startsWith(range.formatAsString()))
			.findFirst()
			.orElseThrow()
			.getShowDropDown();
	}

	private static int index(FormDefinition form, String key) {
		return Stream.iterate(0, (i) -> i + 1)
			.filter((i) -> form.columns().get(i).key().equals(key))
			.findFirst()
			.orElseThrow();
	}

}
