package vn.qms.stats.web.browser;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import vn.qms.stats.account.Accounts;
import vn.qms.stats.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in to the console: the right password leads to the start page of the account's
 * role, a wrong one back to the sign-in page with the failure message.
 */
@BrowserTest
class SignInBrowserFunctionalTests {

	private static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	Accounts accounts;

	@Autowired
	MessageSource messages;

	private String secretariat;

	private String agency;

	@BeforeEach
	void accounts() {
		this.secretariat = TestAccounts.ensure(this.accounts, "vanphong.91", Role.SECRETARIAT, "91");
		this.agency = TestAccounts.ensure(this.accounts, "sotuphap.91", Role.AGENCY, "91");
	}

	@Test
	void shouldSignInAndShowTheStartPageOfTheSecretariat(Browser browser) throws Exception {
		// given a visitor sent to the sign-in page
		browser.open("/figures");
		assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("login.title"));
		browser.screenshot("sign-in");
		// when
		boolean signedIn = browser.signIn(this.secretariat, TestAccounts.PASSWORD);
		// then the page asked for comes, and the start page says what the role may do
		assertThat(signedIn).isTrue();
		assertThat(browser.driver().getCurrentUrl()).contains("/figures");
		browser.open("/");
		assertThat(browser.text(By.cssSelector(".who .account"))).isEqualTo("vanphong.91 · SECRETARIAT · 91");
		assertThat(browser.text(By.cssSelector("main p"))).isEqualTo(message("home.role.SECRETARIAT", "91"));
		assertThat(links(browser)).contains(message("nav.status"), message("nav.figures"), message("nav.reports"))
			.doesNotContain(message("nav.jobs"), message("nav.audit"));
		browser.screenshot("start");
	}

	@Test
	void shouldShowTheFailureMessageForAWrongPasswordAndLetTheRightOneIn(Browser browser) {
		// when
		boolean signedIn = browser.signIn(this.agency, "not-the-password");
		// then
		assertThat(signedIn).isFalse();
		assertThat(browser.text(By.cssSelector("main p.bad"))).isEqualTo(message("login.failed"));
		assertThat(browser.find(By.id("password")).getAttribute("value")).isEmpty();
		// and the right password still signs the agency in, to a start page without the
		// secretariat's pages
		assertThat(browser.signIn(this.agency, TestAccounts.PASSWORD)).isTrue();
		assertThat(links(browser)).contains(message("nav.submit"), message("nav.forms"))
			.doesNotContain(message("nav.status"), message("nav.figures"), message("nav.reports"));
	}

	private static List<String> links(Browser browser) {
		return browser.findAll(By.cssSelector("header nav a")).stream().map(WebElement::getText).toList();
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, VI);
	}

}
