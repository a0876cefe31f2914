package vn.qms.stats.web.admin;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.qms.stats.account.Account;
import vn.qms.stats.account.AccountException;
import vn.qms.stats.account.Accounts;
import vn.qms.stats.account.Role;
import vn.qms.stats.audit.AuditEvent;
import vn.qms.stats.audit.AuditLog;
import vn.qms.stats.system.QmsStatsApplication;
import vn.qms.stats.web.TestConsole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

/**
 * The administrator's accounts page: adding an account with a password made up and shown
 * once, disabling and enabling it, a new password; what it refuses; each change in the
 * audit log. Other roles are refused it in {@code ConsoleAccessIntegrationTests}.
 */
@SpringBootTest(classes = QmsStatsApplication.class, properties = TestConsole.SERVLET)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class AccountsIntegrationTests {

	private static final TestConsole console = new TestConsole();

	private static final Pattern PASSWORD = Pattern.compile("<code id=\"password\">([A-Za-z0-9]{16})</code>");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	private int address;

	private final MockHttpSession adminSession = new MockHttpSession();

	@DynamicPropertySource
	static void console(DynamicPropertyRegistry registry) {
		console.register(registry);
	}

	@BeforeAll
	void accounts() {
		TestConsole.account(this.context, "admin", Role.ADMIN, null);
	}

	@AfterAll
	void close() {
		console.close();
	}

	@Test
	void shouldAddAnAccountWithAPasswordShownOnceThatSignsIn() {
		// when
		MvcTestResult added = post("/admin/accounts", Map.of("username", "Coquan79", "role", "AGENCY", "unit", "79"));
		MvcTestResult page = next(added);
		MvcTestResult again = next(added);
		// then
		assertThat(added).hasRedirectedUrl("/admin/accounts");
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("Đã thêm tài khoản coquan79.", "(chỉ hiện lần này)");
		String password = password(page);
		assertThat(again).bodyText().contains("data-username=\"coquan79\"").doesNotContain(password);
		assertThat(this.context.getBean(Accounts.class).find("coquan79")).map(Account::unitCode).hasValue("79");
		assertThat(signIn("coquan79", password)).matches(authenticated().withUsername("coquan79"));
		assertThat(lastAudit()).extracting(AuditEvent::actor, AuditEvent::action, AuditEvent::detail)
			.containsExactly("admin", "USER_ADD", "coquan79 AGENCY 79");
	}

	@Test
	void shouldDisableAnAccountSoThatItCannotSignInAndEnableItAgain() {
		// given
		TestConsole.account(this.context, "xem91", Role.VIEWER, "91");
		// when
		MvcTestResult disabled = next(post("/admin/accounts/xem91/enabled", Map.of("enabled", "false")));
		MvcTestResult refused = signIn("xem91", TestConsole.PASSWORD);
		String disabledBy = lastAudit().action();
		MvcTestResult enabled = next(post("/admin/accounts/xem91/enabled", Map.of("enabled", "true")));
		// then
		assertThat(disabled).bodyText().contains("Đã khóa xem91.");
		assertThat(refused).matches(unauthenticated());
		assertThat(disabledBy).isEqualTo("USER_DISABLE");
		assertThat(enabled).bodyText().contains("Đã mở lại xem91.");
		assertThat(signIn("xem91", TestConsole.PASSWORD)).matches(authenticated().withUsername("xem91"));
		assertThat(lastAudit().action()).isEqualTo("USER_ENABLE");
	}

	@Test
	void shouldGiveANewPasswordThatReplacesTheOldOne() {
		// given
		TestConsole.account(this.context, "thuky91", Role.SECRETARIAT, "91");
		// when
		MvcTestResult page = next(post("/admin/accounts/thuky91/password", Map.of()));
		// then
		assertThat(page).bodyText().contains("Đã đặt mật khẩu mới cho thuky91.");
		String password = password(page);
		assertThat(signIn("thuky91", TestConsole.PASSWORD)).matches(unauthenticated());
		assertThat(signIn("thuky91", password)).matches(authenticated().withUsername("thuky91"));
		assertThat(lastAudit()).extracting(AuditEvent::action, AuditEvent::detail)
			.containsExactly("USER_PASSWORD", "thuky91");
	}

	@Test
	void shouldEndTheSessionsOfAnAccountDisabledOrGivenANewPassword() {
		// given two sessions signed in
		TestConsole.account(this.context, "vanphong.79", Role.SECRETARIAT, "79");
		TestConsole.account(this.context, "sotuphap.91", Role.AGENCY, "91");
		MockHttpSession secretariat = session(signIn("vanphong.79", TestConsole.PASSWORD));
		MockHttpSession agency = session(signIn("sotuphap.91", TestConsole.PASSWORD));
		assertThat(this.mvc.get().uri("/status?unit=79&period=2026-Q3").session(secretariat).exchange()).hasStatusOk();
		assertThat(this.mvc.get().uri("/submit").session(agency).exchange()).hasStatusOk();
		// when the administrator disables one and gives the other a new password
		next(post("/admin/accounts/vanphong.79/enabled", Map.of("enabled", "false")));
		next(post("/admin/accounts/sotuphap.91/password", Map.of()));
		// then their next requests are not signed in: a page leads to sign-in
		assertThat(this.mvc.get().uri("/status?unit=79&period=2026-Q3").session(secretariat).exchange())
			.hasRedirectedUrl("/login");
		assertThat(this.mvc.get().uri("/submit").session(agency).exchange()).hasRedirectedUrl("/login");
	}

	@Test
	void shouldNeverDisableTheLastEnabledAdministrator() {
		// given a second administrator
		TestConsole.account(this.context, "admin2", Role.ADMIN, null);
		Accounts accounts = this.context.getBean(Accounts.class);
		// when the first disables the second, then (another spelling of) itself
		MvcTestResult second = next(post("/admin/accounts/admin2/enabled", Map.of("enabled", "false")));
		MvcTestResult self = next(post("/admin/accounts/{name}/enabled", Map.of("enabled", "false"), "ADMIN "));
		// then the second is disabled, the first refused; and the last one cannot be
		// disabled at all, by the command line either
		assertThat(second).bodyText().contains("Đã khóa admin2.");
		assertThat(self).bodyText().contains("You cannot disable the account you are signed in with");
		assertThatThrownBy(() -> accounts.setEnabled("admin", false)).isInstanceOf(AccountException.class)
			.hasMessageContaining("The last enabled administrator cannot be disabled");
		assertThat(accounts.find("admin")).map(Account::enabled).hasValue(true);
		accounts.setEnabled("admin2", true);
	}

	@Test
	void shouldRefuseWithAMessageAndChangeNothing() {
		// given
		int before = this.context.getBean(Accounts.class).list().size();
		// when
		MvcTestResult twice = next(
				post("/admin/accounts", Map.of("username", "admin", "role", "VIEWER", "unit", "VN")));
		MvcTestResult noUnit = next(
				post("/admin/accounts", Map.of("username", "ai-do", "role", "VIEWER", "unit", "999")));
		MvcTestResult badName = next(
				post("/admin/accounts", Map.of("username", "a b", "role", "VIEWER", "unit", "91")));
		MvcTestResult self = next(post("/admin/accounts/admin/enabled", Map.of("enabled", "false")));
		MvcTestResult nobody = next(post("/admin/accounts/khong-co-ai/password", Map.of()));
		// then
		assertThat(twice).bodyText().contains("id=\"refused\"", "The account already exists: admin");
		assertThat(noUnit).bodyText().contains("No reference unit 999");
		assertThat(badName).bodyText().contains("A username is 3–64 lower-case letters");
		assertThat(self).bodyText().contains("You cannot disable the account you are signed in with");
		assertThat(nobody).bodyText().contains("No such account: khong-co-ai").doesNotContain("id=\"password\"");
		assertThat(this.context.getBean(Accounts.class).list()).hasSize(before);
		assertThat(this.context.getBean(Accounts.class).find("admin")).map(Account::enabled).hasValue(true);
	}

	@Test
	void shouldShowThePageInEnglish() {
		// when
		MvcTestResult page = this.mvc.get().uri("/admin/accounts?lang=en").with(admin()).exchange();
		// then
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("<h1>Accounts</h1>", "Add account", "Administrator", "name=\"_csrf\"")
			.doesNotContain("Tài khoản</h1>");
		// the role offered first is the least powerful one
		assertThat(page).bodyText().containsSubsequence("<option value=\"AGENCY\"", "<option value=\"ADMIN\"");
		assertThat(page).bodyText().doesNotContainPattern("<select name=\"role\" id=\"role\"><option value=\"ADMIN\"");
	}

	/** A change as the administrator, in the administrator's browser session. */
	private MvcTestResult post(String uri, Map<String, String> parameters, Object... variables) {
		var request = this.mvc.post().uri(uri, variables).session(this.adminSession).with(admin()).with(csrf());
		parameters.forEach(request::param);
		return request.exchange();
	}

	/** The page the change redirects to, in the same session: what it shows once. */
	private MvcTestResult next(MvcTestResult change) {
		assertThat(change).hasRedirectedUrl("/admin/accounts");
		return this.mvc.get().uri("/admin/accounts").session(this.adminSession).with(admin()).exchange();
	}

	private static String password(MvcTestResult page) {
		Matcher matcher = PASSWORD
			.matcher(new String(page.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
		assertThat(matcher.find()).as("a password shown").isTrue();
		return matcher.group(1);
	}

	private MvcTestResult signIn(String username, String password) {
		return TestConsole.signIn(this.mvc, username, password, "10.9.0." + (++this.address));
	}

	private static MockHttpSession session(MvcTestResult signIn) {
		assertThat(signIn).matches(authenticated());
		return TestConsole.session(signIn);
	}

	private AuditEvent lastAudit() {
		return this.context.getBean(AuditLog.class)
			.latest(50)
			.stream()
			.filter((event) -> event.action().startsWith("USER_"))
			.findFirst()
			.orElseThrow();
	}

	private RequestPostProcessor admin() {
		return TestConsole.as(this.context, "admin");
	}

}
