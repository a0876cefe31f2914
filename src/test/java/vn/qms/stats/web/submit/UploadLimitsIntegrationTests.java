package vn.qms.stats.web.submit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.qms.stats.account.Role;
import vn.qms.stats.system.QmsStatsApplication;
import vn.qms.stats.web.TestConsole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * What one account may send: at most two files and 1 MB a day here, 1 MB a request and
 * 512 KB a file. A send over the day's quota is refused whole with 429 and the form
 * saying the limits and when they start again, nothing stored, while other accounts still
 * send; a request over the size limits gets 413 and a page saying them in both languages,
 * over real HTTP (the web server enforces them), never "Access denied" or the web
 * server's own page.
 */
@SpringBootTest(classes = QmsStatsApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { TestConsole.SERVLET, "qms.http.upload-quota.max-files=2", "qms.http.upload-quota.max-mb=1",
				"spring.servlet.multipart.max-request-size=1MB", "spring.servlet.multipart.max-file-size=512KB" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class UploadLimitsIntegrationTests {

	private static final TestConsole console = new TestConsole();

	@Autowired
	MockMvcTester mvc;

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
		TestConsole.account(this.context, "coquan91", Role.AGENCY, "91");
		TestConsole.account(this.context, "coquan79", Role.AGENCY, "79");
		TestConsole.account(this.context, "coquan01", Role.AGENCY, "01");
		TestConsole.account(this.context, "coquan02", Role.AGENCY, "02");
		TestConsole.account(this.context, "admin", Role.ADMIN, null);
		TestConsole.account(this.context, "coquan91b", Role.AGENCY, "91");
	}

	@AfterAll
	void close() {
		console.close();
	}

	@Test
	void shouldRefuseTheSendOverTheDailyQuotaStoringNothingWhileOthersStillSend() throws Exception {
		// given an agency that has sent two files today, its quota
		Path file = Files.writeString(console.scratch().resolve("bm01.csv"), "khong phai bieu mau\n");
		TestConsole.submit(this.mvc, TestConsole.as(this.context, "coquan91"), file);
		TestConsole.submit(this.mvc, TestConsole.as(this.context, "coquan91"), file);
		long staged = stagedRequests();
		// when it sends a third, in Vietnamese and in English, and as a JSON client
		MvcTestResult third = send("coquan91", "", "text/html", file);
		MvcTestResult english = send("coquan91", "?lang=en", "text/html", file);
		MvcTestResult json = send("coquan91", "", "application/json", file);
		// then each is refused with 429 and the form saying the limits and when they
		// start again
		assertThat(third).hasStatus(429);
		assertThat(third.getResponse().getHeader("Retry-After")).matches("\\d+");
		assertThat(third).bodyText()
			.contains("<form", "Tài khoản đã đạt giới hạn nộp tệp trong ngày: tối đa 2 tệp và 1 MB mỗi ngày.",
					"Hôm nay đã nộp 2 tệp", "nên không tệp nào được lưu", "Có thể gửi tiếp từ 00:00 ",
					"(giờ Asia/Ho_Chi_Minh)", "coquan91 · AGENCY · 91")
			.doesNotContain("Exception");
		assertThat(english).hasStatus(429);
		assertThat(english).bodyText()
			.contains("This account has reached its daily upload limit: at most 2 files and 1 MB a day.",
					"so none of them was stored", "Sending is possible again from 00:00 ");
		assertThat(json).hasStatus(429);
		assertThat(json).bodyJson().extractingPath("$.status").asNumber().isEqualTo(429);
		assertThat(json).bodyJson().extractingPath("$.message").asString().contains("tối đa 2 tệp và 1 MB mỗi ngày");
		// and nothing of them is stored: no upload recorded, no folder staged
		assertThat(uploadsOf("coquan91")).isEqualTo(2);
		assertThat(stagedRequests()).isEqualTo(staged);
		// and another agency still sends
		TestConsole.submit(this.mvc, TestConsole.as(this.context, "coquan79"), file);
		assertThat(uploadsOf("coquan79")).isEqualTo(1);
		// and each refusal is in the audit log: who, why, the file's name
		assertThat(audited("coquan91", "UPLOAD_QUOTA")).hasSize(3)
			.allSatisfy((detail) -> assertThat(detail)
				.startsWith("429: 1 file(s), 0.1 MB; sent today 2 file(s), 0.1 MB; at most 2 files and 1 MB a day: ")
				.endsWith("bm01.csv"));
	}

	@Test
	void shouldRefuseASendThatWouldGoOverTheDaysSizeWhole() throws Exception {
		// given an agency with 1 MB a day and nothing sent yet
		Path small = Files.writeString(console.scratch().resolve("bm03.csv"), "x\n");
		Path large = Files.write(console.scratch().resolve("bm04.csv"), new byte[1024 * 1024]);
		// when it sends a small and a large file at once (MockMvc: the web server's own
		// size limits do not apply)
		MvcTestResult refused = this.mvc.post()
			.uri("/submit")
			.multipart()
			.file(file(small))
			.file(file(large))
			.with(csrf())
			.with(TestConsole.as(this.context, "coquan01"))
			.accept("text/html")
			.exchange();
		// then neither is stored
		assertThat(refused).hasStatus(429);
		assertThat(refused).bodyText().contains("lần gửi này có 2 tệp (1.0 MB) nên không tệp nào được lưu");
		assertThat(uploadsOf("coquan01")).isZero();
		// and the small one alone goes through
		TestConsole.submit(this.mvc, TestConsole.as(this.context, "coquan01"), small);
		assertThat(uploadsOf("coquan01")).isEqualTo(1);
	}

	@Test
	void shouldCountAnAdministratorToo() throws Exception {
		Path file = Files.writeString(console.scratch().resolve("bm02.csv"), "x\n");
		TestConsole.submit(this.mvc, TestConsole.as(this.context, "admin"), file);
		TestConsole.submit(this.mvc, TestConsole.as(this.context, "admin"), file);
		assertThat(send("admin", "", "text/html", file)).hasStatus(429);
	}

	@Test
	void shouldAnswerASendOverTheRequestSizeWith413AndThePageSayingTheLimits() throws Exception {
		// given an agency signed in through the form, as in a browser
		HttpClient browser = signedIn("coquan02");
		String token = TestConsole.csrfToken(get(browser, "/submit").body());
		long staged = stagedRequests();
		// when it sends 1.5 MB in one request, and a 700 KB file in a request under 1 MB
		// (the token in the form, as the page sends it)
		HttpResponse<String> request = browser.send(upload(token, 1536 * 1024), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> file = browser.send(upload(token, 700 * 1024), HttpResponse.BodyHandlers.ofString());
		// then each gets 413 and the page in both languages, not the web server's
		for (HttpResponse<String> refused : new HttpResponse[] { request, file }) {
			assertThat(refused.statusCode()).isEqualTo(413);
			assertThat(refused.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
			assertThat(refused.headers().firstValue("X-Frame-Options")).contains("DENY");
			assertThat(refused.body())
				.contains("Tệp gửi lên quá lớn / The upload is too large",
						"Mỗi lần gửi được tối đa 1 MB, mỗi tệp tối đa 512 KB. Không tệp nào được lưu.",
						"At most 1 MB may be sent at once, and 512 KB per file. Nothing was stored.",
						"Mã HTTP 413 / HTTP status 413")
				.doesNotContain("Tomcat", "Exception", "Không có quyền truy cập");
		}
		// and nothing is stored
		assertThat(uploadsOf("coquan02")).isZero();
		assertThat(stagedRequests()).isEqualTo(staged);
		// but both refusals are in the audit log, under the account signed in, the file
		// over its limit named
		assertThat(audited("coquan02", "UPLOAD_TOO_LARGE")).contains(
				"413: " + request.request().bodyPublisher().orElseThrow().contentLength()
						+ " bytes sent; at most 1 MB a request and 512 KB a file",
				"413: " + file.request().bodyPublisher().orElseThrow().contentLength()
						+ " bytes sent; at most 1 MB a request and 512 KB a file: bm04.csv");
	}

	@Test
	void shouldWriteAFileTheGuardRefusesForWhatItIsToTheAuditLog() throws Exception {
		// given a PDF named as a report, its name longer than the log keeps
		String name = "bao-cao-" + "quy-III-".repeat(12) + ".pdf";
		Path pdf = Files.writeString(console.scratch().resolve(name), "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n");
		// when it is sent and read
		long id = TestConsole.submit(this.mvc, TestConsole.as(this.context, "coquan91b"), pdf);
		String state = TestConsole.awaitUpload(this.mvc, TestConsole.as(this.context, "coquan91b"), id);
		// then it is refused, and the audit log says who sent what and why
		assertThat(state).isEqualTo("REJECTED");
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(audited("coquan91b", "UPLOAD_REFUSED")).singleElement()
				.isEqualTo("#" + id + " " + name.substring(0, 79) + "…: pdf"));
	}

	/** The details of an account's audit events of an action, oldest first. */
	private List<String> audited(String actor, String action) {
		return this.context.getBean(JdbcTemplate.class)
			.queryForList("select detail from audit_event where actor = ? and action = ? order by id", String.class,
					actor, action);
	}

	@Test
	void shouldStateTheLimitsOnTheForm() {
		MvcTestResult form = this.mvc.get().uri("/submit").with(TestConsole.as(this.context, "coquan79")).exchange();
		assertThat(form).bodyText()
			.contains(
					"Giới hạn: mỗi tệp đến 512 KB (.xls, .csv đến 200 MB), mỗi lần gửi đến 1 MB;"
							+ " mỗi tài khoản mỗi ngày đến 2 tệp và 1 MB.",
					"data-max-file-bytes=\"524288\"", "data-max-request-bytes=\"1048576\"",
					"Tệp đã chọn quá lớn: mỗi tệp tối đa 512 KB, mỗi lần gửi tối đa 1 MB. Chưa gửi gì.");
	}

	@Test
	void shouldAnswerASendFarOverTheLimitWhichTheServerDoesNotReadToItsEnd() throws Exception {
		// given an agency signed in
		HttpClient browser = signedIn("coquan02");
		String token = TestConsole.csrfToken(get(browser, "/submit").body());
		// when it sends 16 MB, far more than the web server reads of a body it refused
		HttpResponse<String> refused = browser.send(upload(token, 16 * 1024 * 1024),
				HttpResponse.BodyHandlers.ofString());
		// then the whole page still reaches it, before the connection is closed
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.body()).contains("The upload is too large", "</html>");
	}

	@Test
	void shouldNotLetAnyoneWithoutASessionFillTheAuditLogWithOverSizeSends() throws Exception {
		// given a client that never signed in
		HttpClient stranger = HttpClient.newHttpClient();
		// when it sends three requests over the size limit
		for (int i = 0; i < 3; i++) {
			assertThat(
					stranger.send(upload("no-token", 1536 * 1024), HttpResponse.BodyHandlers.ofString()).statusCode())
				.isEqualTo(413);
		}
		// then each is refused, and none is a row of the audit log (they are logged)
		assertThat(audited(UploadRefusals.ANONYMOUS, UploadRefusals.TOO_LARGE)).isEmpty();
	}

	private MvcTestResult send(String username, String query, String accept, Path file) throws IOException {
		return this.mvc.post()
			.uri("/submit" + query)
			.multipart()
			.file(file(file))
			.with(csrf())
			.with(TestConsole.as(this.context, username))
			.header("Accept", accept)
			.exchange();
	}

	private static MockMultipartFile file(Path file) throws IOException {
		return new MockMultipartFile("files", file.getFileName().toString(), "application/octet-stream",
				Files.readAllBytes(file));
	}

	private long uploadsOf(String username) {
		return this.context.getBean(JdbcTemplate.class)
			.queryForObject("select count(*) from console_upload where username = ?", Long.class, username);
	}

	private static long stagedRequests() throws IOException {
		if (!Files.isDirectory(console.staging())) {
			return 0;
		}
		try (Stream<Path> folders = Files.list(console.staging())) {
			return folders.count();
		}
	}

	/**
	 * A browser form's upload of one file of {@code size} bytes, with the form's token.
	 */
	private HttpRequest upload(String token, int size) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--XyZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
				+ "\r\n--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"bm04.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		byte[] content = new byte[size];
		Arrays.fill(content, (byte) 'x');
		body.writeBytes(content);
		body.writeBytes("\r\n--XyZ--\r\n".getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(uri("/submit"))
			.header("Accept", "text/html,*/*;q=0.8")
			.header("Content-Type", "multipart/form-data; boundary=XyZ")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private HttpClient signedIn(String username) throws IOException, InterruptedException {
		return TestConsole.signIn(HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.version(HttpClient.Version.HTTP_1_1)
			.build(), this.port, username);
	}

	private HttpResponse<String> get(HttpClient browser, String path) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,*/*;q=0.8").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
