package vn.qms.stats.web.signin;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

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
import vn.qms.stats.web.TestConsole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind an HTTPS proxy named in {@code qms.http.trusted-proxies}, the console throttles
 * each client by the address the proxy forwards, not by the proxy's own: someone guessing
 * passwords from one place cannot lock everyone else out. Over real HTTP, since the proxy
 * headers are read by the server itself.
 */
@SpringBootTest(classes = QmsStatsApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { TestConsole.SERVLET, "qms.http.trusted-proxies=127\\.0\\.0\\.1" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class TrustedProxyIntegrationTests {

	private static final TestConsole console = new TestConsole();

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void console(DynamicPropertyRegistry registry) {
		console.register(registry);
	}

	@BeforeAll
	void accounts() {
		TestConsole.account(this.context, "thuky91", Role.SECRETARIAT, "91");
	}

	@AfterAll
	void close() {
		console.close();
	}

	@Test
	void shouldThrottleTheForwardedAddressNotTheProxys() throws Exception {
		// given one client that failed as often as an address may, through the proxy
		for (int attempt = 0; attempt < SignInThrottle.PER_ADDRESS; attempt++) {
			assertThat(signIn("203.0.113.5", "khach" + attempt, "sai-mat-khau-" + attempt)).endsWith("/login?failed");
		}
		// when another client, through the same proxy, and the first again sign in right
		String other = signIn("203.0.113.6", "thuky91", TestConsole.PASSWORD);
		String first = signIn("203.0.113.5", "thuky91", TestConsole.PASSWORD);
		// then only the first is still refused
		assertThat(other).endsWith("/");
		assertThat(first).endsWith("/login?failed");
	}

	/** Signs in through the proxy for a client; answers where the console sends it. */
	private String signIn(String client, String username, String password) throws IOException, InterruptedException {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.build();
		String page = browser
			.send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-For", client).GET().build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("X-Forwarded-For", client)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
					+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + TestConsole.csrfToken(page)))
			.build(), HttpResponse.BodyHandlers.ofString());
		return signIn.headers().firstValue("Location").orElse("");
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
