package vn.qms.stats.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code blank} writes a form for a unit as the shipped reference units know it in the
 * period, without a database, and answers a unit or form it cannot make with status 2.
 */
class BlankCommandTests {

	@TempDir
	Path folder;

	@Test
	void shouldWriteTheFormNamedForFormUnitAndPeriodIntoTheOutFolder() throws Exception {
		// when
		Run run = run("blank", "--form", "BM01", "--unit", "91", "--period", "Quý III/2026", "--out",
				this.folder.toString());
		// then
		Path file = this.folder.resolve("bm01_91_2026-Q3.xlsx");
		assertThat(run.status()).isZero();
		assertThat(run.out().strip()).isEqualTo(file.toString());
		try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
			XSSFSheet sheet = workbook.getSheet("BM01");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Quý III/2026");
			assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("An Giang");
		}
	}

	@Test
	void shouldNameTheUnitAsItWasInThePeriod() throws Exception {
		// given code 91, Kiên Giang's until 30 June 2025 and An Giang's since
		// when
		Run run = run("blank", "--form", "bm03", "--unit", "91", "--period", "2020", "--out", this.folder.toString());
		// then
		assertThat(run.status()).isZero();
		try (XSSFWorkbook workbook = new XSSFWorkbook(this.folder.resolve("bm03_91_2020.xlsx").toFile())) {
			XSSFSheet sheet = workbook.getSheet("BM03");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Năm 2020");
			assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Kiên Giang");
		}
	}

	@Test
	void shouldAnswerAUnitUnknownInThePeriodAndAnUnknownFormWithStatus2AndWriteNothing() throws Exception {
		// when
		Run unit = run("blank", "--form", "BM01", "--unit", "ZZ", "--period", "2026-Q3", "--out",
				this.folder.toString());
		Run form = run("blank", "--form", "BM09", "--unit", "91", "--period", "2026-Q3", "--out",
				this.folder.toString());
		// then
		assertThat(unit.status()).isEqualTo(2);
		assertThat(unit.err()).contains("Không có đơn vị báo cáo mã ZZ trong kỳ Quý III/2026",
				"No reporting unit has the code ZZ in the period");
		assertThat(form.status()).isEqualTo(2);
		assertThat(form.err()).contains("There is no form BM09");
		assertThat(this.folder).isEmptyDirectory();
	}

	private record Run(int status, String out, String err) {
	}

	private static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream originalOut = System.out;
		PrintStream originalErr = System.err;
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		try {
			int status = Main.run(args);
			return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(originalOut);
			System.setErr(originalErr);
		}
	}

}
