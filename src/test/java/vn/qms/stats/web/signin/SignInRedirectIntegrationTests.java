package vn.qms.stats.web.signin;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.qms.stats.account.Role;
import vn.qms.stats.system.QmsStatsApplication;
import vn.qms.stats.web.RawHttp;
import vn.qms.stats.web.SecurityHeaders;
import vn.qms.stats.web.TestConsole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every redirect names a path, never an address built from the request's {@code Host}
 * header, which any client may write: to the sign-in page, back to the page asked for
 * after signing in, after a failed sign-in, a sign-out and a form. With
 * {@code Host: evil.example}, over HTTP/1.1 and HTTP/1.0 (for which Tomcat would make a
 * relative redirect absolute), over a raw socket ({@link RawHttp}) so that the header and
 * the protocol go out as written.
 */
@SpringBootTest(classes = QmsStatsApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = TestConsole.SERVLET)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class SignInRedirectIntegrationTests {

	private static final String EVIL = "Host: evil.example\r\n";

	private static final TestConsole console = new TestConsole();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	RawHttp http;

	@DynamicPropertySource
	static void console(DynamicPropertyRegistry registry) {
		console.register(registry);
	}

	@BeforeAll
	void accounts() {
		this.http = new RawHttp(this.port);
		TestConsole.account(this.context, "thuky91", Role.SECRETARIAT, "91");
		TestConsole.account(this.context, "coquan91", Role.AGENCY, "91");
	}

	@AfterAll
	void close() {
		console.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "HTTP/1.1", "HTTP/1.0" })
	void shouldSendAVisitorWithoutASessionToTheSignInPageByAPath(String protocol) throws Exception {
		// when a page is asked for without a session, with a Host header of another site
		String answer = this.http.send("GET /figures " + protocol + "\r\n" + EVIL + "Connection: close\r\n\r\n");
		// then
		assertThat(answer).startsWith("HTTP/1.1 302 ");
		assertThat(RawHttp.header(answer, "Location")).hasValue("/login");
		assertThat(RawHttp.head(answer)).doesNotContain("evil.example");
		// the redirect still carries the headers of every answer
		SecurityHeaders.all()
			.forEach((name, value) -> assertThat(RawHttp.header(answer, name)).as(name).hasValue(value));
	}

	@Test
	void shouldSendASignedInAccountBackToThePageItAskedForByAPath() throws Exception {
		// given a page asked for without a session, which the session saves
		String asked = this.http.send("GET /figures?unit=91 HTTP/1.1\r\n" + EVIL + "Connection: close\r\n\r\n");
		String session = RawHttp.cookie(asked, "QMS_SESSION").orElseThrow();
		String token = csrfToken(session);
		// when the account signs in through the form, with the same Host header
		String signIn = signIn(session, token, "thuky91", TestConsole.PASSWORD, "HTTP/1.1");
		// then back to the page asked for, by its path and query alone
		assertThat(signIn).startsWith("HTTP/1.1 302 ");
		assertThat(RawHttp.header(signIn, "Location")).hasValue("/figures?unit=91&continue");
		assertThat(RawHttp.head(signIn)).doesNotContain("evil.example");
	}

	@Test
	void shouldAnswerAWrongPasswordASignOutAndAFormOverHttp10ByAPath() throws Exception {
		// given the sign-in page's session, and a wrong password sent from it over
		// HTTP/1.0
		String page = this.http.send("GET /login HTTP/1.0\r\n" + EVIL + "\r\n");
		String session = RawHttp.cookie(page, "QMS_SESSION").orElseThrow();
		String failed = signIn(session, TestConsole.csrfToken(page), "coquan91", "not-the-password", "HTTP/1.0");
		// when signed in, a report asked for and signed out, each over HTTP/1.0
		String signedIn = signIn(session, csrfToken(session), "thuky91", TestConsole.PASSWORD, "HTTP/1.0");
		session = RawHttp.cookie(signedIn, "QMS_SESSION").orElse(session);
		String report = post("/reports", session, "kind=status&unit=91&period=2026-Q3&_csrf=" + csrfToken(session),
				"HTTP/1.0");
		String out = post("/logout", session, "_csrf=" + csrfToken(session), "HTTP/1.0");
		// then
		assertThat(RawHttp.header(failed, "Location")).hasValue("/login?failed");
		assertThat(RawHttp.header(signedIn, "Location")).hasValue("/");
		assertThat(RawHttp.header(report, "Location")).as(RawHttp.head(report))
			.hasValueSatisfying((to) -> assertThat(to).matches("/reports\\?unit=91&period=2026-Q3#request-\\d+"));
		assertThat(RawHttp.header(out, "Location")).hasValue("/login?out");
		assertThat(RawHttp.head(failed) + RawHttp.head(signedIn) + RawHttp.head(report) + RawHttp.head(out))
			.doesNotContain("evil.example");
	}

	/** The CSRF token of the session's sign-in form. */
	private String csrfToken(String session) {
		try {
			String page = this.http.send("GET /login HTTP/1.0\r\n" + EVIL + "Cookie: " + session + "\r\n\r\n");
			return TestConsole.csrfToken(page);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String signIn(String session, String token, String username, String password, String protocol)
			throws IOException {
		return post("/login", session, "username=" + username + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token, protocol);
	}

	private String post(String path, String session, String form, String protocol) throws IOException {
		return this.http.send("POST " + path + " " + protocol + "\r\n" + EVIL + "Cookie: " + session
				+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
				+ form.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + form);
	}

}
