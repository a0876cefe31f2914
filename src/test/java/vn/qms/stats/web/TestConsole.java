package vn.qms.stats.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;

import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.FileSystemUtils;

import vn.qms.stats.account.Accounts;
import vn.qms.stats.account.Role;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The web console of one test class: an H2 database and input, output and staging folders
 * of its own ({@link #register}), accounts, signing in, and waiting for what the console
 * does on its own threads (uploads, reports).
 */
public final class TestConsole implements AutoCloseable {

	/** Every test account's password. */
	public static final String PASSWORD = "mat-khau-thu-2026";

	/**
	 * {@code serve}'s web application type, for {@code @SpringBootTest}: read before the
	 * dynamic properties are.
	 */
	public static final String SERVLET = "spring.main.web-application-type=servlet";

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private final TestDatabase database = TestDatabase.h2();

	private final Path folder;

	public TestConsole() {
		try {
			this.folder = Files.createTempDirectory("qms-console-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The properties of {@code serve}'s web application, on this console's database. */
	public void register(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", this.database::url);
		registry.add("spring.datasource.username", this.database::user);
		registry.add("spring.datasource.password", () -> "");
		registry.add("qms.input", () -> input().toString());
		registry.add("qms.output", () -> output().toString());
		registry.add("qms.http.staging", () -> staging().toString());
	}

	public Path input() {
		return this.folder.resolve("input");
	}

	public Path output() {
		return this.folder.resolve("out");
	}

	/** Where the console stages uploads ({@code qms.http.staging}). */
	public Path staging() {
		return this.folder.resolve("uploads");
	}

	/** A folder for a test's own files. */
	public Path scratch() throws IOException {
		return Files.createDirectories(this.folder.resolve("scratch"));
	}

	/** Adds an account with {@link #PASSWORD}. */
	public static void account(ApplicationContext context, String username, Role role, String unit) {
		context.getBean(Accounts.class).add(username, role, unit, PASSWORD.toCharArray());
	}

	/** Signed in as the account, as sign-in would load it. */
	public static RequestPostProcessor as(ApplicationContext context, String username) {
		return user(context.getBean(UserDetailsService.class).loadUserByUsername(username));
	}

	/** Submits one file as the account; answers its upload number. */
	public static long submit(MockMvcTester mvc, RequestPostProcessor account, Path file) throws IOException {
		MvcTestResult result = mvc.post()
			.uri("/submit")
			.multipart()
			.file(new MockMultipartFile("files", file.getFileName().toString(), "application/octet-stream",
					Files.readAllBytes(file)))
			.with(csrf())
			.with(account)
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		return number("/submissions\\?batch=(\\d+)", result.getResponse().getRedirectedUrl());
	}

	/** Waits until the upload's ingest has given its verdict; answers its outcome. */
	public static String awaitUpload(MockMvcTester mvc, RequestPostProcessor account, long id) {
		return awaitDone(mvc, account, "/submissions/" + id + "/state", "$.outcome");
	}

	/** Waits until a report asked for is rendered (or failed); answers its state. */
	public static String awaitReport(MockMvcTester mvc, RequestPostProcessor account, long id) {
		return awaitDone(mvc, account, "/reports/requests/" + id + "/state", "$.state");
	}

	/** The number a pattern's first group finds in a text. */
	public static long number(String pattern, String text) {
		Matcher matcher = Pattern.compile(pattern).matcher(String.valueOf(text));
		assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	/** A page's HTML without the white space between its tags. */
	public static String cells(MvcTestResult page) throws IOException {
		return page.getResponse().getContentAsString(StandardCharsets.UTF_8).replaceAll(">\\s+<", "><");
	}

	/**
	 * Signs in through the sign-in form from an address of the test's own (failed
	 * sign-ins are throttled per address).
	 */
	public static MvcTestResult signIn(MockMvcTester mvc, String username, String password, String address) {
		return mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", password)
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			})
			.exchange();
	}

	/** The session a sign-in started. */
	public static MockHttpSession session(MvcTestResult signIn) {
		return (MockHttpSession) signIn.getRequest().getSession(false);
	}

	/** The CSRF token of a page's form. */
	/**
	 * Signs the browser (a client that keeps its cookies) in as the account through the
	 * sign-in form of the console on {@code port}, as a user does, and checks it was let
	 * in.
	 */
	public static HttpClient signIn(HttpClient browser, int port, String username)
			throws IOException, InterruptedException {
		URI login = URI.create("http://127.0.0.1:" + port + "/login");
		String token = csrfToken(browser
			.send(HttpRequest.newBuilder(login).header("Accept", "text/html,*/*;q=0.8").GET().build(),
					HttpResponse.BodyHandlers.ofString())
			.body());
		HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(login)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
					+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/"));
		return browser;
	}

	public static String csrfToken(String html) {
		Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).as("a CSRF token in %s", html).isTrue();
		return matcher.group(1);
	}

	private static String awaitDone(MockMvcTester mvc, RequestPostProcessor account, String state, String answer) {
		String done = Awaitility.await()
			.atMost(PATIENCE)
			.pollInterval(Duration.ofMillis(200))
			.until(() -> mvc.get().uri(state).with(account).exchange().getResponse().getContentAsString(),
					(json) -> "DONE".equals(JsonPath.read(json, "$.status")));
		return JsonPath.read(done, answer);
	}

	@Override
	public void close() {
		this.database.close();
		FileSystemUtils.deleteRecursively(this.folder.toFile());
	}

}
