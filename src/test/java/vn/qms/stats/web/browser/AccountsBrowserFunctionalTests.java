package vn.qms.stats.web.browser;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import vn.qms.stats.account.Accounts;
import vn.qms.stats.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator adds an account on the accounts page and hands over the password it
 * shows once; the new account signs in with it.
 */
@BrowserTest
class AccountsBrowserFunctionalTests {

	private static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	Accounts accounts;

	@Autowired
	MessageSource messages;

	@Test
	void shouldAddAnAccountWhosePasswordShownOnceSignsIn(Browser browser) throws Exception {
		// given an administrator on the accounts page, reached from the menu
		String admin = TestAccounts.ensure(this.accounts, "quantri", Role.ADMIN, "VN");
		assertThat(browser.signIn(admin, TestAccounts.PASSWORD)).isTrue();
		browser.follow(By.linkText(message("nav.accounts")));
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("accounts.title"));
		// when
		browser.type(By.id("username"), "sotuphap.79");
		new Select(browser.find(By.id("role"))).selectByValue("AGENCY");
		browser.type(By.id("unit"), "79");
		browser.follow(By.cssSelector("#add-form button"));
		// then
		assertThat(browser.text(By.id("added"))).isEqualTo(message("accounts.added", "sotuphap.79"));
		String password = browser.text(By.id("password"));
		assertThat(password).hasSize(16);
		assertThat(browser.text(By.cssSelector("tr[data-username='sotuphap.79']"))).contains("79",
				message("accounts.role.AGENCY"), message("accounts.active"));
		browser.screenshot("accounts");
		// and the new account signs in with it, to an agency's start page
		browser.signOut();
		assertThat(browser.signIn("sotuphap.79", password)).isTrue();
		assertThat(browser.text(By.cssSelector(".who .account"))).isEqualTo("sotuphap.79 · AGENCY · 79");
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, VI);
	}

}
