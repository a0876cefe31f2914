package vn.qms.stats.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

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
import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.reference.Period;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat of An Giang approves and locks the BM01 of Quý III/2026 on the
 * approvals page; a corrected BM01 an agency sends afterwards is held, not stored, with
 * the verdict that the period is approved and locked.
 */
@BrowserTest
class ApprovalBrowserFunctionalTests {

	private static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	Accounts accounts;

	@Autowired
	BlankForms blankForms;

	@Autowired
	MessageSource messages;

	@TempDir
	Path folder;

	private String secretariat;

	private String agency;

	@BeforeEach
	void accounts() {
		this.secretariat = TestAccounts.ensure(this.accounts, "vanphong.91", Role.SECRETARIAT, "91");
		this.agency = TestAccounts.ensure(this.accounts, "sonoivu.91", Role.AGENCY, "91");
	}

	@Test
	void shouldHoldACorrectedFileForAnApprovedPeriod(Browser browser) throws Exception {
		// given the BM01 of An Giang for Quý III/2026, sent and accepted
		browser.signIn(this.agency, TestAccounts.PASSWORD);
		browser.submit(bm01("bm01_91_2026-Q3.xlsx", 96));
		assertThat(browser.rows(By.id("uploads")).get(0)).contains(message("outcome.ACCEPTED"));
		browser.signOut();
		// when the secretariat approves and locks it
		browser.signIn(this.secretariat, TestAccounts.PASSWORD);
		browser.open("/approvals?unit=91&period=2026-Q3");
		browser.find(By.id("approve-BM01")).click();
		browser.waitUntil((driver) -> !driver.findElements(By.id("approval-message")).isEmpty());
		assertThat(browser.find(By.id("approval-message")).getAttribute("class")).contains("good");
		assertThat(browser.text(By.cssSelector("#approval-forms tr[data-form='BM01']"))).contains(this.secretariat);
		browser.signOut();
		// and the agency then sends a corrected BM01
		browser.signIn(this.agency, TestAccounts.PASSWORD);
		browser.submit(bm01("bm01_91_2026-Q3_dinh-chinh.xlsx", 101));
		// then it is held, with the reason
		assertThat(browser.rows(By.id("uploads")).get(0)).contains(message("outcome.HELD"));
		browser.follow(By.linkText("bm01_91_2026-Q3_dinh-chinh.xlsx"));
		assertThat(browser.text(By.id("outcome"))).isEqualTo(message("outcome.HELD"));
		String locked = ResourceBundle.getBundle("messages/ingest", VI).getString("ingest.period.locked");
		assertThat(browser.rows(By.id("problems")))
			.anySatisfy((problem) -> assertThat(problem.get(5)).startsWith(locked.substring(0, locked.indexOf(':')))
				.contains("BM01", "91", this.secretariat));
		browser.signOut();
		// and the secretariat finds it among the held files
		browser.signIn(this.secretariat, TestAccounts.PASSWORD);
		browser.open("/approvals?unit=91&period=2026-Q3");
		assertThat(browser.rows(By.id("held"))).anySatisfy((held) -> assertThat(held.subList(0, 4))
			.containsExactly("bm01_91_2026-Q3_dinh-chinh.xlsx", "BM01", "91", "2026-Q3"));
		browser.screenshot("approvals");
	}

	/**
	 * A BM01 of An Giang for Quý III/2026 whose department reports this many processes.
	 */
	private Path bm01(String name, int withProcess) throws Exception {
		BlankForm blank = this.blankForms.blank("BM01", "91", Period.ofQuarter(2026, 3));
		Path empty = this.blankForms.write(blank, Files.createDirectories(this.folder.resolve("blank")));
		List<Map<String, Object>> rows = List.of(Bm01Rows
			.with(Bm01Rows.announcedDepartment("SNV91", "Sở Nội vụ tỉnh An Giang"), "tthc_with_process", withProcess));
		return AgencyWorkbook.fill(empty, this.folder.resolve(name), Forms.BM01, LocalDate.of(2026, 10, 5), rows)
			.file();
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, VI);
	}

}
