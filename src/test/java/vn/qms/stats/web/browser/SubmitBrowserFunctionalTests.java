package vn.qms.stats.web.browser;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import vn.qms.stats.account.Accounts;
import vn.qms.stats.account.Role;
import vn.qms.stats.forms.BlankForm;
import vn.qms.stats.forms.BlankForms;
import vn.qms.stats.ingest.form.Choices;
import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.reference.Period;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agency of An Giang sends its BM01 through the console: a file with wrong values is
 * rejected with its problems listed cell by cell and an annotated copy to download; the
 * blank form the console hands out, filled in, is accepted.
 */
@BrowserTest
class SubmitBrowserFunctionalTests {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private static final Period Q3_2026 = Period.ofQuarter(2026, 3);

	@Autowired
	Accounts accounts;

	@Autowired
	BlankForms blankForms;

	@Autowired
	MessageSource messages;

	@TempDir
	Path folder;

	private String agency;

	@BeforeEach
	void signIn() {
		this.agency = TestAccounts.ensure(this.accounts, "coquan.91", Role.AGENCY, "91");
	}

	@Test
	void shouldListTheProblemsOfARejectedFileBySheetRowColumnAndValue(Browser browser) throws Exception {
		// given a BM01 with more procedures with a process than procedures, and an agency
		// type that is no choice of the form
		AgencyWorkbook bad = bm01("bm01-an-giang-sai.xlsx",
				List.of(Bm01Rows.announcedDepartment("SNV91", "Sở Nội vụ tỉnh An Giang"),
						Bm01Rows.with(Bm01Rows.announcedDepartment("STP91", "Sở Tư pháp tỉnh An Giang"),
								"tthc_with_process", 180),
						Bm01Rows.with(Bm01Rows.announcedDepartment("SYT91", "Sở Y tế tỉnh An Giang"), "agency_type",
								"Phòng chuyên môn")));
		browser.signIn(this.agency, TestAccounts.PASSWORD);
		browser.open("/submit");
		browser.screenshot("submit");
		// when
		browser.submit(bad.file());
		browser.screenshot("submissions");
		browser.follow(By.linkText("bm01-an-giang-sai.xlsx"));
		// then
		assertThat(browser.text(By.id("outcome"))).isEqualTo(message("outcome.REJECTED"));
		assertThat(browser.find(By.id("outcome")).getAttribute("class")).contains("o-REJECTED");
		List<List<String>> problems = browser.rows(By.id("problems"));
		String sheet = Forms.BM01.code();
		assertThat(problems).anySatisfy((problem) -> {
			assertThat(problem.subList(0, 5)).containsExactly(message("problem.error"), sheet,
					String.valueOf(bad.rowNumber(1)), cell(bad, "tthc_with_process"), "180");
			// the message names the column it is compared with, and that column's value
			assertThat(problem.get(5)).contains(bad.header("tthc_with_process"), bad.header("tthc_total"), "120");
		});
		assertThat(problems).anySatisfy((problem) -> {
			assertThat(problem.subList(0, 5)).containsExactly(message("problem.error"), sheet,
					String.valueOf(bad.rowNumber(2)), cell(bad, "agency_type"), "Phòng chuyên môn");
			assertThat(problem.get(5)).contains(Bm01Rows.label(Choices.AGENCY_TYPES, "DEPARTMENT"));
		});
		assertThat(problems)
			.noneSatisfy((problem) -> assertThat(problem.get(2)).isEqualTo(String.valueOf(bad.rowNumber(0))));
		browser.screenshot("verdict");
	}

	@Test
	void shouldDownloadTheAnnotatedCopyWithTheWrongCellMarked(Browser browser) throws Exception {
		// given a rejected BM01
		AgencyWorkbook bad = bm01("bm01-khac-phuc.xlsx", List
			.of(Bm01Rows.with(Bm01Rows.announcedDepartment("SXD91", "Sở Xây dựng tỉnh An Giang"), "nc_closed", 9)));
		browser.signIn(this.agency, TestAccounts.PASSWORD);
		browser.submit(bad.file());
		browser.follow(By.linkText("bm01-khac-phuc.xlsx"));
		// when
		Path copy = browser.download(By.id("annotated-link"));
		// then
		assertThat(copy.getFileName().toString()).startsWith("bm01-khac-phuc").endsWith(".xlsx");
		try (InputStream in = Files.newInputStream(copy); Workbook workbook = WorkbookFactory.create(in)) {
			CellReference where = new CellReference(cell(bad, "nc_closed").split(" ")[0] + bad.rowNumber(0));
			Cell marked = workbook.getSheet(Forms.BM01.code()).getRow(where.getRow()).getCell(where.getCol());
			assertThat(marked.getNumericCellValue()).isEqualTo(9);
			assertThat(marked.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.RED.getIndex());
			assertThat(marked.getCellComment().getString().getString()).contains("Lỗi: " + bad.header("nc_closed"),
					bad.header("nc_found") + " (4)", "Error: ");
		}
	}

	@Test
	void shouldAcceptTheBlankFormOfTheConsoleOnceFilledIn(Browser browser) throws Exception {
		// given the blank BM01 of An Giang for Quý III/2026, downloaded from the forms
		// page
		browser.signIn(this.agency, TestAccounts.PASSWORD);
		browser.open("/forms");
		browser.type(By.id("unit"), "91");
		browser.type(By.id("period"), "2026-Q3");
		browser.find(By.cssSelector("#scope-form button[type=submit]")).click();
		browser.waitUntil((driver) -> driver.getCurrentUrl().contains("period=2026-Q3"));
		browser.screenshot("forms");
		Path blank = browser.download(By.id("download-BM01"));
		assertThat(blank.getFileName()).hasToString("bm01_91_2026-Q3.xlsx");
		// when an agency fills it in and sends it
		AgencyWorkbook filled = AgencyWorkbook.fill(blank, this.folder.resolve("bm01_91_2026-Q3.xlsx"), Forms.BM01,
				LocalDate.of(2026, 10, 5),
				List.of(Bm01Rows.announcedDepartment("SNV91", "Sở Nội vụ tỉnh An Giang"),
						Bm01Rows.announcedDepartment("STC91", "Sở Tài chính tỉnh An Giang"),
						Bm01Rows.announcedDepartment("SGD91", "Sở Giáo dục và Đào tạo tỉnh An Giang")));
		browser.submit(filled.file());
		// then
		List<String> sent = browser.rows(By.id("uploads")).get(0);
		assertThat(sent).contains("BM01", "91", "2026-Q3", message("outcome.ACCEPTED"));
		browser.follow(By.linkText("bm01_91_2026-Q3.xlsx"));
		assertThat(browser.text(By.id("outcome"))).isEqualTo(message("outcome.ACCEPTED"));
		assertThat(browser.text(By.id("verdict"))).contains("BM01", "91", "2026-Q3", "3");
	}

	private AgencyWorkbook bm01(String name, List<Map<String, Object>> rows) throws Exception {
		BlankForm blank = this.blankForms.blank("BM01", "91", Q3_2026);
		Path empty = this.blankForms.write(blank, Files.createDirectories(this.folder.resolve("blank")));
		return AgencyWorkbook.fill(empty, this.folder.resolve(name), Forms.BM01, LocalDate.of(2026, 10, 5), rows);
	}

	/** A problem's column as the page shows it: the letter, then the header. */
	private static String cell(AgencyWorkbook workbook, String key) {
		return workbook.columnLetter(key) + " (" + workbook.header(key) + ")";
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, VI);
	}

}
