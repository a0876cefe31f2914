package vn.qms.stats.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.qms.stats.account.Role;
import vn.qms.stats.ingest.IngestVerdict;
import vn.qms.stats.ingest.Ingestor;
import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.ingest.samples.SampleWorkbooks;
import vn.qms.stats.metrics.Figure;
import vn.qms.stats.metrics.FigureCsv;
import vn.qms.stats.metrics.FigureJson;
import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.metrics.FigureService;
import vn.qms.stats.metrics.FigureSink;
import vn.qms.stats.reference.CutOffRule;
import vn.qms.stats.reference.Period;
import vn.qms.stats.system.QmsProperties;
import vn.qms.stats.system.QmsStatsApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The console's pages, downloads and actions through MockMvc on H2, with the national
 * BM02 of 2020 and An Giang's BM01 and BM03 of Quý III/2026 ingested: submitting, the
 * figures and their downloads, the reporting status and chase list, blank forms, reports
 * on demand, the job history; and, over real HTTP, the error pages.
 */
@SpringBootTest(classes = QmsStatsApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = TestConsole.SERVLET)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class ConsoleIntegrationTests {

	private static final TestConsole console = new TestConsole();

	private static final Period Q3_2026 = Period.parse("2026-Q3").orElseThrow();

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
	void accountsAndData() throws IOException {
		TestConsole.account(this.context, "admin", Role.ADMIN, null);
		TestConsole.account(this.context, "thuky91", Role.SECRETARIAT, "91");
		TestConsole.account(this.context, "thuky79", Role.SECRETARIAT, "79");
		TestConsole.account(this.context, "coquan91", Role.AGENCY, "91");
		TestConsole.account(this.context, "xemvn", Role.VIEWER, "VN");
		Ingestor ingestor = this.context.getBean(Ingestor.class);
		for (String sample : List.of(SampleWorkbooks.NATIONAL_2020, SampleWorkbooks.AN_GIANG_BM01,
				SampleWorkbooks.AN_GIANG_BM03)) {
			Path file = Files.copy(Path.of("input-samples", sample), console.scratch().resolve(sample));
			assertThat(ingestor.ingest(file, false).outcome()).as(sample).isEqualTo(IngestVerdict.Outcome.ACCEPTED);
		}
	}

	@AfterAll
	void close() {
		console.close();
	}

	@Test
	void shouldShowEachProblemOfASubmittedBadFileAndServeItsResultAndAnnotatedCopy() throws Exception {
		// given An Giang's BM03 with a number of days written in words
		RequestPostProcessor agency = as("coquan91");
		Path bad = console.scratch().resolve("bm03_sai.xlsx");
		String address = ConsoleWorkbooks.wordsForDays(Path.of("input-samples", SampleWorkbooks.AN_GIANG_BM03), bad,
				"mười ngày");
		// when
		long id = TestConsole.submit(this.mvc, agency, bad);
		String outcome = TestConsole.awaitUpload(this.mvc, agency, id);
		MvcTestResult page = this.mvc.get().uri("/submissions/{id}", id).with(agency).exchange();
		MvcTestResult result = this.mvc.get().uri("/submissions/{id}/files/result", id).with(agency).exchange();
		MvcTestResult annotated = this.mvc.get().uri("/submissions/{id}/files/annotated", id).with(agency).exchange();
		// then the page names the cell, its value and what is wrong with it
		assertThat(outcome).isEqualTo("REJECTED");
		assertThat(page).hasStatusOk();
		String row = address.replaceAll("\\D", "");
		assertThat(TestConsole.cells(page)).contains("<h1>bm03_sai.xlsx</h1>", "Bị từ chối", "id=\"problems\"",
				"<td>BM03</td><td>" + row + "</td><td>F (", ")</td><td>mười ngày</td><td>");
		// and the result file lists it, the annotated copy marks that cell
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN);
		assertThat(result).bodyText().contains("dòng " + row + ", cột F", "mười ngày");
		// and the result file says where the file went without the server's folders
		assertThat(result).bodyText()
			.contains(" -> rejected/bm03_sai.xlsx")
			.doesNotContain(console.scratch().getParent().toString(), "/uploads/");
		assertThat(annotated).hasStatusOk();
		assertThat(annotated.getResponse().getHeader("Content-Disposition")).contains("bm03_sai.xlsx.annotated.xlsx");
		try (Workbook copy = ConsoleWorkbooks.read(annotated)) {
			Cell cell = ConsoleWorkbooks.cell(copy.getSheet("BM03"), address);
			assertThat(cell.getStringCellValue()).isEqualTo("mười ngày");
			assertThat(cell.getCellComment().getString().getString()).startsWith("Lỗi:");
		}
	}

	@Test
	void shouldRefuseAFileASecretariatSendsForAUnitItDoesNotCover() throws Exception {
		// given a new BM03 of An Giang (91), sent by Hồ Chí Minh City's (79) secretariat
		RequestPostProcessor other = as("thuky79");
		Path file = console.scratch().resolve("bm03_91_tu_79.xlsx");
		ConsoleWorkbooks.savedAgain(Path.of("input-samples", SampleWorkbooks.AN_GIANG_BM03), file, "thuky79");
		// when
		long id = TestConsole.submit(this.mvc, other, file);
		String outcome = TestConsole.awaitUpload(this.mvc, other, id);
		MvcTestResult page = this.mvc.get().uri("/submissions/{id}", id).with(other).exchange();
		// then it is refused, and An Giang's BM03 in use is still the one it sent
		assertThat(outcome).isEqualTo("REJECTED");
		assertThat(TestConsole.cells(page)).contains("Tệp ghi đơn vị báo cáo 91, không thuộc đơn vị 79");
		assertThat(this.context.getBean(JdbcTemplate.class)
			.queryForObject("select s.file_name from submission_current c join submission s on s.id = c.submission_id"
					+ " where c.reporting_unit = '91' and c.form = 'BM03'", String.class))
			.isEqualTo(SampleWorkbooks.AN_GIANG_BM03);
	}

	@Test
	void shouldTakeAFileWithAVeryLongNameAndListItShortened() throws Exception {
		// given a name of 300 characters, some of them right-to-left overrides
		RequestPostProcessor agency = as("coquan91");
		String name = "bao-cao-" + "y".repeat(250) + "\u202E".repeat(30) + "-quy3.xlsx";
		byte[] content = Files.readAllBytes(Path.of("input-samples", SampleWorkbooks.AN_GIANG_BM03));
		// when
		MvcTestResult sent = this.mvc.post()
			.uri("/submit")
			.multipart()
			.file(new MockMultipartFile("files", name, "application/octet-stream", content))
			.with(csrf())
			.with(agency)
			.exchange();
		// then it is taken and judged, and listed under a shortened name
		assertThat(sent).hasStatus3xxRedirection();
		long id = TestConsole.number("/submissions\\?batch=(\\d+)", sent.getResponse().getRedirectedUrl());
		assertThat(TestConsole.awaitUpload(this.mvc, agency, id)).isNotBlank();
		MvcTestResult page = this.mvc.get().uri("/submissions/{id}", id).with(agency).exchange();
		assertThat(page).hasStatusOk();
		String listed = this.context.getBean(JdbcTemplate.class)
			.queryForObject("select file_name from console_upload where id = ?", String.class, id);
		assertThat(listed).hasSizeLessThanOrEqualTo(255).startsWith("bao-cao-yyy").endsWith("-quy3.xlsx").contains("…");
		assertThat(TestConsole.cells(page)).contains(listed);
	}

	@Test
	void shouldShowEachFigureWithItsNumeratorAndDenominatorAndTheUnitsUnderIt() throws Exception {
		// given
		List<Figure> figures = service().figures(scope("VN", "2020"));
		// when
		MvcTestResult page = this.mvc.get().uri("/figures?unit=VN&period=2020").with(as("xemvn")).exchange();
		// then
		assertThat(page).hasStatusOk();
		String html = TestConsole.cells(page);
		assertThat(html).contains("<h1>Chỉ số của Việt Nam, Năm 2020</h1>", "href=\"/figures?unit=01&amp;period=2020");
		List<Figure> shown = figures.stream()
			.filter((figure) -> "all".equals(figure.branch().code()) && figure.numerator() != null)
			.toList();
		assertThat(shown).extracting(Figure::id).contains("reporting_rate", "units_compliant_rate");
		for (Figure figure : shown) {
			assertThat(rows(html, "data-figure", figure.id())).as(figure.id())
				.contains("<td class=\"num\">" + whole(figure.numerator()) + "</td><td class=\"num\">"
						+ whole(figure.denominator()) + "</td>");
		}
	}

	@Test
	void shouldDownloadTheFiguresAsCsvAndJsonAsTheFiguresCommandWritesThem() throws Exception {
		// given what `figures --format csv|json` writes for the nation in 2020
		FigureScope scope = scope("VN", "2020");
		String csv = written(scope, FigureCsv::open);
		String json = written(scope, FigureJson::open);
		RequestPostProcessor viewer = as("xemvn");
		// when
		MvcTestResult csvDownload = this.mvc.get().uri("/figures.csv?unit=VN&period=2020").with(viewer).exchange();
		MvcTestResult jsonDownload = this.mvc.get().uri("/figures.json?unit=VN&period=2020").with(viewer).exchange();
		MvcTestResult api = this.mvc.get().uri("/api/figures?unit=vn&period=2020").with(viewer).exchange();
		// then
		assertThat(csvDownload).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
		assertThat(csvDownload.getResponse().getHeader("Content-Disposition")).contains("figures_VN_2020.csv");
		assertThat(csvDownload).bodyText()
			.isEqualTo(csv)
			.startsWith("figure,branch,unit_code,unit_name,period,numerator,denominator,value\n")
			.contains("\nunits_compliant_rate,ministries,VN,Việt Nam,2020,20,22,0.909091\n");
		assertThat(jsonDownload).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(jsonDownload).bodyText().isEqualTo(json);
		assertThat(api).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(api).bodyText().isEqualTo(json);
		assertThat(json).contains("\"units_compliant_rate\"");
	}

	@Test
	void shouldListWhoHasNotReportedAndPutThemOnTheChaseList() throws Exception {
		// given An Giang (91) has sent its forms for Quý III/2026, Hồ Chí Minh City (79)
		// has not
		RequestPostProcessor admin = as("admin");
		// when
		MvcTestResult page = this.mvc.get().uri("/status?unit=VN&period=2026-Q3").with(admin).exchange();
		MvcTestResult chase = this.mvc.get().uri("/status/chase.xlsx?unit=VN&period=2026-Q3").with(admin).exchange();
		// then
		assertThat(page).hasStatusOk();
		String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(rows(html, "data-unit", "79")).contains("Chưa gửi");
		assertThat(rows(html, "data-unit", "91")).contains("Đã gửi", "BM01", "BM03");
		assertThat(chase).hasStatusOk();
		assertThat(chase.getResponse().getHeader("Content-Disposition")).contains("chase_VN_2026-Q3.xlsx");
		try (Workbook workbook = ConsoleWorkbooks.read(chase)) {
			List<String> codes = ConsoleWorkbooks.column(workbook.getSheetAt(0), 1);
			assertThat(codes).contains("Mã đơn vị", "79", "01").doesNotContain("91");
		}
	}

	@Test
	void shouldHandOutABlankFormWithTheUnitAndPeriodFilledIn() throws Exception {
		// when
		MvcTestResult page = this.mvc.get().uri("/forms?unit=91&period=2026-Q3").with(as("coquan91")).exchange();
		MvcTestResult form = this.mvc.get()
			.uri("/forms/download?form=BM01&unit=91&period=2026-Q3")
			.with(as("coquan91"))
			.exchange();
		// then
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("id=\"download-BM01\"", "id=\"download-BM04\"");
		assertThat(form).hasStatusOk();
		assertThat(form.getResponse().getHeader("Content-Disposition")).contains("bm01_91_2026-Q3.xlsx");
		try (Workbook workbook = ConsoleWorkbooks.read(form)) {
			assertThat(workbook.getSheetName(0)).isEqualTo("BM01");
			List<String> texts = ConsoleWorkbooks.texts(workbook.getSheetAt(0));
			assertThat(texts).contains("91", "An Giang", Forms.BM01.columns().get(0).labelVi());
			assertThat(String.join("\n", texts)).contains(Q3_2026.label(Locale.forLanguageTag("vi")));
		}
	}

	@Test
	void shouldRenderAReportOnDemandAndServeThePdf() throws Exception {
		// given
		RequestPostProcessor secretariat = as("thuky91");
		// when
		MvcTestResult asked = this.mvc.post()
			.uri("/reports")
			.param("kind", "quarterly")
			.param("unit", "91")
			.param("period", "2026-Q3")
			.with(csrf())
			.with(secretariat)
			.exchange();
		long id = TestConsole.number("#request-(\\d+)", asked.getResponse().getRedirectedUrl());
		String state = TestConsole.awaitReport(this.mvc, secretariat, id);
		MvcTestResult page = this.mvc.get().uri("/reports?unit=91&period=2026-Q3").with(secretariat).exchange();
		MvcTestResult pdf = this.mvc.get().uri("/reports/files/quarterly_91_2026-Q3.pdf").with(secretariat).exchange();
		// then
		assertThat(state).isEqualTo("DONE");
		assertThat(page).bodyText().contains("href=\"/reports/files/quarterly_91_2026-Q3.pdf\"");
		assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII))
			.isEqualTo("%PDF-");
		assertThat(Files.exists(console.output().resolve("quarterly_91_2026-Q3.xlsx"))).isTrue();
	}

	@Test
	void shouldShowTheJobHistoryAndTheAuditLogToTheAdministrator() throws Exception {
		// given a secretariat downloading a blank form
		this.mvc.get().uri("/forms/download?form=BM03&unit=91&period=2026-Q3").with(as("thuky91")).exchange();
		// when
		MvcTestResult jobs = this.mvc.get().uri("/admin/jobs").with(as("admin")).exchange();
		MvcTestResult audit = this.mvc.get().uri("/admin/audit").with(as("admin")).exchange();
		// then
		assertThat(jobs).hasStatusOk();
		assertThat(jobs).bodyText().contains("<td>ingestJob</td><td>COMPLETED</td>", SampleWorkbooks.AN_GIANG_BM03);
		assertThat(audit).hasStatusOk();
		assertThat(TestConsole.cells(audit))
			.contains("<td>thuky91</td><td>BLANK_FORM</td><td>91</td><td>2026-Q3</td><td>BM03</td>");
	}

	@Test
	void shouldShowThePagesInEnglishWhenAsked() {
		// when
		MvcTestResult page = this.mvc.get().uri("/figures?unit=VN&period=2020&lang=en").with(as("xemvn")).exchange();
		// then
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("<html lang=\"en\">", "<h1>Figures of Việt Nam, Year 2020</h1>", "Numerator", "Denominator")
			.doesNotContain("Tử số");
	}

	@Test
	void shouldIgnoreAForwardedAddressWhenNoProxyIsTrusted() throws Exception {
		// given no qms.http.trusted-proxies: a client writing its own X-Forwarded-For
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.build();
		String token = TestConsole.csrfToken(get(browser, "/login").body());
		// when it fails to sign in
		browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("X-Forwarded-For", "203.0.113.77")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=khach-xff&password=sai-mat-khau-xff&_csrf=" + token))
			.build(), HttpResponse.BodyHandlers.ofString());
		// then the audit log, and the throttle, have its connection's own address
		assertThat(this.context.getBean(JdbcTemplate.class)
			.queryForList("select remote from audit_event where actor = 'khach-xff'", String.class))
			.containsExactly("127.0.0.1");
	}

	@Test
	void shouldAnswerErrorsWithTheConsolePageAndNeverAStackTrace() throws Exception {
		// given an administrator signed in through the real sign-in form
		HttpClient browser = signedIn("admin");
		// when
		HttpResponse<String> missing = get(browser, "/submissions/999999");
		HttpResponse<String> badPeriod = get(browser, "/figures?unit=VN&period=xyz");
		HttpResponse<String> badNumber = get(browser, "/submissions/abc");
		HttpResponse<String> badUnit = get(browser, "/status?unit=%3Cscript%3E&period=2020");
		HttpResponse<String> noToken = browser.send(HttpRequest.newBuilder(uri("/reports"))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("kind=status&unit=VN&period=2020"))
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> api = browser.send(HttpRequest.newBuilder(uri("/api/figures?period=xyz")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> encodedSlash = get(browser, "/reports/files/..%2f..%2fetc%2fpasswd");
		HttpResponse<String> cutOff = browser.send(HttpRequest.newBuilder(uri("/submit"))
			.header("Accept", "text/html")
			.header("Content-Type", "multipart/form-data; boundary=XyZ")
			.header("X-CSRF-TOKEN", TestConsole.csrfToken(get(browser, "/submit").body()))
			.POST(HttpRequest.BodyPublishers.ofString("--XyZ\r\nContent-Disposition: form-data; name=\"files\";"
					+ " filename=\"bm03.xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\nPK\u0003\u0004"))
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> notAnUpload = browser.send(HttpRequest.newBuilder(uri("/submit"))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("files=bm03.xlsx&_csrf=" + TestConsole.csrfToken(get(browser, "/submit").body())))
			.build(), HttpResponse.BodyHandlers.ofString());
		// then
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("Không tìm thấy", "Mã HTTP 404");
		assertThat(badPeriod.statusCode()).isEqualTo(400);
		assertThat(badPeriod.body()).contains("Có lỗi xảy ra", "Mã HTTP 400");
		assertThat(badNumber.statusCode()).isEqualTo(400);
		assertThat(badUnit.statusCode()).isEqualTo(400);
		assertThat(notAnUpload.statusCode()).isEqualTo(400);
		// an upload cut off: refused, no more said (the client that cut it is not
		// reading)
		assertThat(cutOff.statusCode()).isEqualTo(400);
		assertThat(cutOff.body()).doesNotContain("Exception", "trace", "Tomcat");
		// refused by Tomcat before the console sees it: a short page of ours, not
		// Tomcat's
		assertThat(encodedSlash.statusCode()).isEqualTo(400);
		assertThat(encodedSlash.body()).contains("Mã HTTP 400", "HTTP status 400")
			.doesNotContain("Tomcat", "HTTP Status 400 –", "Exception");
		assertThat(noToken.statusCode()).isEqualTo(403);
		assertThat(noToken.body()).contains("Không có quyền truy cập", "Mã HTTP 403");
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.body()).contains("\"status\":400").doesNotContain("trace", "exception", "message", "Exception");
		for (HttpResponse<String> error : List.of(missing, badPeriod, badNumber, badUnit, noToken, notAnUpload)) {
			assertThat(error.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
			assertThat(error.body()).as(error.uri().toString())
				.contains("admin · ADMIN · VN")
				.doesNotContain("Exception", "\tat ", "at vn.qms", "at org.springframework", "<script>", "trace");
		}
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void shouldAnswerAnAddressThatCannotBeDecodedWithA400AndNoErrorInTheLog(CapturedOutput log) throws Exception {
		// given a browser signed in and one not
		HttpClient admin = signedIn("admin");
		HttpClient stranger = browser();
		String token = TestConsole.csrfToken(get(stranger, "/login").body());
		// when each sends a percent sign that starts no escape
		String signedIn = sentAsWritten(admin, "GET /status?unit=VN&period=%ZZ", "");
		String notSignedIn = sentAsWritten(stranger, "GET /status?unit=VN&period=%ZZ", "");
		String file = "--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.csv\"\r\n\r\na\r\n--XyZ--\r\n";
		String upload = sentAsWritten(admin, "POST /submit?lang=%ZZ",
				"X-CSRF-TOKEN: " + TestConsole.csrfToken(get(admin, "/submit").body())
						+ "\r\nContent-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: " + file.length()
						+ "\r\n\r\n" + file);
		HttpResponse<String> signIn = stranger.send(HttpRequest.newBuilder(uri("/login"))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=admin%ZZ&password=x&_csrf=" + token))
			.build(), HttpResponse.BodyHandlers.ofString());
		// then each is refused with the short error page, the stranger without being sent
		// to sign in first
		assertThat(signedIn).startsWith("HTTP/1.1 400 ");
		assertThat(notSignedIn).startsWith("HTTP/1.1 400 ");
		assertThat(upload).startsWith("HTTP/1.1 400 ");
		assertThat(notSignedIn).contains("X-Frame-Options: DENY", "X-Content-Type-Options: nosniff");
		assertThat(signIn.statusCode()).isEqualTo(400);
		for (String refused : List.of(signedIn, notSignedIn, upload, signIn.body())) {
			assertThat(refused).contains("Mã HTTP 400").doesNotContain("Exception", "Tomcat", "trace");
		}
		// and the log has no error, no stack trace
		assertThat(log.getAll()).doesNotContain("ERROR", "Servlet.service()", "Character decoding failed", "\tat ");
	}

	@Test
	void shouldStillReadAFormInUtf8() throws Exception {
		// given
		HttpClient stranger = browser();
		String token = TestConsole.csrfToken(get(stranger, "/login").body());
		// when someone signs in with a Vietnamese name that does not exist
		stranger.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=" + URLEncoder.encode("người-lạ", StandardCharsets.UTF_8)
						+ "&password=sai-mat-khau-utf8&_csrf=" + token))
			.build(), HttpResponse.BodyHandlers.ofString());
		// then the audit log has the name as it was typed
		assertThat(this.context.getBean(JdbcTemplate.class)
			.queryForList("select actor from audit_event where action = 'SIGN_IN_FAILED'", String.class))
			.contains("người-lạ");
	}

	private RequestPostProcessor as(String username) {
		return TestConsole.as(this.context, username);
	}

	private FigureService service() {
		return this.context.getBean(FigureService.class);
	}

	private FigureScope scope(String unit, String period) {
		return FigureScope.of(unit, Period.parse(period).orElseThrow(),
				CutOffRule.of(this.context.getBean(QmsProperties.class).cutOffRule()));
	}

	private String written(FigureScope scope, Function<Writer, FigureSink> format) {
		StringWriter out = new StringWriter();
		try (FigureSink sink = format.apply(out)) {
			service().figures(scope, sink);
		}
		return out.toString();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	/** A browser that keeps its cookies. */
	private static HttpClient browser() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
	}

	/** A browser signed in as the account through the sign-in form. */
	private HttpClient signedIn(String username) throws IOException, InterruptedException {
		return TestConsole.signIn(browser(), this.port, username);
	}

	/**
	 * Sends a request over a socket, with the browser's cookies, for an address that
	 * {@link URI} refuses to hold: its method and target, then its own header lines (each
	 * ending in CRLF) and body, if any; answers the whole response, status line first.
	 */
	private String sentAsWritten(HttpClient browser, String line, String rest) throws IOException {
		String cookies = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore()
			.getCookies()
			.stream()
			.map(HttpCookie::toString)
			.collect(Collectors.joining("; "));
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(30_000);
			String request = line + " HTTP/1.1\r\nHost: 127.0.0.1:" + this.port
					+ "\r\nAccept: text/html\r\nConnection: close\r\n"
					+ (cookies.isEmpty() ? "" : "Cookie: " + cookies + "\r\n") + (rest.isEmpty() ? "\r\n" : rest);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Asks for a page as a browser does. */
	private HttpResponse<String> get(HttpClient browser, String path) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,*/*;q=0.8").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** The table rows with an attribute's value, such as a unit's on the status page. */
	private static String rows(String html, String attribute, String value) {
		Matcher matcher = Pattern.compile("<tr " + attribute + "=\"" + value + "\">(.*?)</tr>", Pattern.DOTALL)
			.matcher(html);
		StringBuilder rows = new StringBuilder();
		while (matcher.find()) {
			rows.append(matcher.group(1));
		}
		assertThat(rows).as(value).isNotEmpty();
		return rows.toString();
	}

	private static String whole(BigDecimal number) {
		return (number == null) ? "" : String.format(Locale.ROOT, "%,d", number.toBigIntegerExact()).replace(',', '.');
	}

}
