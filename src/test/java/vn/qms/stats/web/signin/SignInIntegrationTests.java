package vn.qms.stats.web.signin;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.qms.stats.account.Role;
import vn.qms.stats.system.QmsStatsApplication;
import vn.qms.stats.web.SecurityHeaders;
import vn.qms.stats.web.TestConsole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

/**
 * Signing in and out of the web console through its real form, on H2: the page in both
 * languages, right and wrong passwords, throttling, CSRF, the audit log and the security
 * headers.
 */
@SpringBootTest(classes = QmsStatsApplication.class, properties = TestConsole.SERVLET)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class SignInIntegrationTests {

	private static final TestConsole console = new TestConsole();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@DynamicPropertySource
	static void console(DynamicPropertyRegistry registry) {
		console.register(registry);
	}

	@BeforeAll
	void accounts() {
		TestConsole.account(this.context, "admin", Role.ADMIN, null);
		TestConsole.account(this.context, "thuky91", Role.SECRETARIAT, "91");
		TestConsole.account(this.context, "coquan91", Role.AGENCY, "91");
		TestConsole.account(this.context, "doantu79", Role.AGENCY, "79");
		TestConsole.account(this.context, "xem91", Role.VIEWER, "91");
	}

	@AfterAll
	void close() {
		console.close();
	}

	@Test
	void shouldShowTheSignInPageInVietnameseWithACsrfTokenToAnyone() {
		// when
		MvcTestResult page = this.mvc.get().uri("/login").exchange();
		// then
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("<h1>Đăng nhập</h1>", "name=\"username\"", "name=\"password\"", "name=\"_csrf\"")
			.doesNotContain("Sign in");
	}

	@Test
	void shouldSwitchToEnglishWithLangAndKeepItInACookie() {
		// when
		MvcTestResult english = this.mvc.get().uri("/login?lang=en").exchange();
		Cookie language = english.getResponse().getCookie("QMS_LANG");
		MvcTestResult next = this.mvc.get().uri("/login").cookie(language).exchange();
		// then
		assertThat(english).bodyText().contains("<h1>Sign in</h1>", "Username", "Password");
		assertThat(language.getValue()).isEqualTo("en");
		assertThat(language.isHttpOnly()).isTrue();
		assertThat(next).bodyText().contains("<h1>Sign in</h1>").doesNotContain("Đăng nhập");
	}

	@Test
	void shouldSignInWithTheRightPasswordAndShowWhoIsSignedIn() {
		// when
		MvcTestResult signIn = signIn("thuky91", TestConsole.PASSWORD, "10.0.0.1");
		MvcTestResult home = this.mvc.get().uri("/").session(session(signIn)).exchange();
		// then
		assertThat(signIn).hasRedirectedUrl("/").matches(authenticated().withUsername("thuky91"));
		assertThat(home).hasStatusOk();
		assertThat(home).bodyText().contains("thuky91 · SECRETARIAT · 91", "action=\"/logout\"");
	}

	@Test
	void shouldRefuseAWrongPasswordAndAnUnknownNameWithTheSameAnswer() {
		// when
		MvcTestResult wrongPassword = signIn("coquan91", "not-the-password", "10.0.0.2");
		MvcTestResult unknownName = signIn("khong-co-ai", TestConsole.PASSWORD, "10.0.0.2");
		MvcTestResult page = this.mvc.get().uri(wrongPassword.getResponse().getRedirectedUrl()).exchange();
		// then
		assertThat(wrongPassword).hasRedirectedUrl("/login?failed").matches(unauthenticated());
		assertThat(unknownName).hasRedirectedUrl("/login?failed").matches(unauthenticated());
		assertThat(page).bodyText().contains("Không đăng nhập được: sai tài khoản hoặc mật khẩu");
	}

	@Test
	void shouldRefuseTheSixthAttemptAfterFiveWrongPasswordsEvenWithTheRightOne() throws Exception {
		// given five wrong passwords for one account
		for (int attempt = 1; attempt <= SignInThrottle.PER_ACCOUNT; attempt++) {
			assertThat(signIn("doantu79", "wrong-password-" + attempt, "10.0.0.3")).hasRedirectedUrl("/login?failed");
		}
		// when the right password comes next, and another account signs in from there
		MvcTestResult sixth = signIn("doantu79", TestConsole.PASSWORD, "10.0.0.3");
		MvcTestResult other = signIn("xem91", TestConsole.PASSWORD, "10.0.0.3");
		// then
		assertThat(sixth).hasRedirectedUrl("/login?failed").matches(unauthenticated());
		assertThat(other).hasRedirectedUrl("/").matches(authenticated().withUsername("xem91"));
		assertThat(auditPage()).contains("<td>doantu79</td><td>SIGN_IN_THROTTLED</td>");
	}

	@Test
	void shouldRecordEachSignInInTheAuditLogWithItsAddress() throws Exception {
		// when
		signIn("coquan91", TestConsole.PASSWORD, "10.0.0.4");
		signIn("coquan91", "wrong-password", "10.0.0.4");
		// then
		assertThat(auditPage()).contains("<td>coquan91</td><td>SIGN_IN</td>", "<td>10.0.0.4</td>",
				"<td>coquan91</td><td>SIGN_IN_FAILED</td>");
	}

	@Test
	void shouldRefuseAPostWithoutItsCsrfToken() {
		// given
		MockHttpSession session = session(signIn("thuky91", TestConsole.PASSWORD, "10.0.0.5"));
		// when
		MvcTestResult signIn = this.mvc.post()
			.uri("/login")
			.param("username", "thuky91")
			.param("password", TestConsole.PASSWORD)
			.exchange();
		MvcTestResult report = this.mvc.post()
			.uri("/reports")
			.session(session)
			.param("kind", "status")
			.param("unit", "91")
			.param("period", "2026-Q3")
			.exchange();
		MvcTestResult logout = this.mvc.post().uri("/logout").session(session).exchange();
		MvcTestResult stillIn = this.mvc.get().uri("/reports").session(session).exchange();
		// then
		assertThat(signIn).hasStatus(HttpStatus.FORBIDDEN).matches(unauthenticated());
		assertThat(report).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(logout).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(stillIn).hasStatusOk();
		assertThat(stillIn).bodyText().doesNotContain("id=\"request-");
	}

	@Test
	void shouldSignOutAndSendTheSessionBackToSignIn() {
		// given
		MockHttpSession session = session(signIn("xem91", TestConsole.PASSWORD, "10.0.0.6"));
		// when
		MvcTestResult logout = this.mvc.post().uri("/logout").session(session).with(csrf()).exchange();
		MvcTestResult after = this.mvc.get().uri("/figures").session(session).exchange();
		MvcTestResult page = this.mvc.get().uri("/login?out").exchange();
		// then
		assertThat(logout).hasRedirectedUrl("/login?out").matches(unauthenticated());
		assertThat(after).hasStatus(HttpStatus.FOUND).matches(unauthenticated());
		assertThat(after.getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(page).bodyText().contains("Đã đăng xuất.");
	}

	@Test
	void shouldSendAnonymousVisitorsToSignIn() {
		// when
		MvcTestResult figures = this.mvc.get().uri("/figures").exchange();
		MvcTestResult api = this.mvc.get().uri("/api/figures?unit=VN&period=2020").exchange();
		// then
		assertThat(figures.getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(api.getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(api).bodyText().doesNotContain("reporting_rate");
	}

	@Test
	void shouldSendTheSecurityHeadersWithEveryPage() {
		// when
		MvcTestResult page = this.mvc.get().uri("/login").exchange();
		// then
		assertThat(page).headers()
			.hasSingleValue("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY)
			.hasSingleValue("X-Frame-Options", "DENY")
			.hasSingleValue("X-Content-Type-Options", "nosniff")
			.hasSingleValue("Referrer-Policy", "same-origin");
		// the values Tomcat's own error page carries are those Spring Security writes
		SecurityHeaders.all().forEach((name, value) -> assertThat(page).headers().hasSingleValue(name, value));
		assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'", "script-src 'self'");
	}

	private MvcTestResult signIn(String username, String password, String address) {
		return TestConsole.signIn(this.mvc, username, password, address);
	}

	private String auditPage() throws UnsupportedEncodingException {
		MvcTestResult page = this.mvc.get().uri("/admin/audit").with(TestConsole.as(this.context, "admin")).exchange();
		assertThat(page).hasStatusOk();
		return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static MockHttpSession session(MvcTestResult signIn) {
		return TestConsole.session(signIn);
	}

}
