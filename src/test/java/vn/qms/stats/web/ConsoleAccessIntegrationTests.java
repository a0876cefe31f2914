package vn.qms.stats.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.qms.stats.account.Role;
import vn.qms.stats.ingest.samples.SampleWorkbooks;
import vn.qms.stats.system.QmsStatsApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Who may see and do what in the console, on H2: for each role (an administrator; the
 * secretariat, an agency and a viewer of An Giang, 91; an agency, the secretariat and a
 * viewer of Hồ Chí Minh City, 79), the pages, actions and files of another unit, another
 * agency's submission and the administrator's pages are refused with 403, and what the
 * role may do answers 200.
 */
@SpringBootTest(classes = QmsStatsApplication.class, properties = TestConsole.SERVLET)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class ConsoleAccessIntegrationTests {

	private static final TestConsole console = new TestConsole();

	/**
	 * The BM03 the agency of 91 submitted, for {@code {upload}} in the addresses below.
	 */
	private long upload;

	/**
	 * A file naming An Giang (91) that the agency of 79 sent, rejected, for
	 * {@code {rejected79}}: seen under the sender's unit, never under the one it names.
	 */
	private long rejected79;

	/**
	 * An Giang's BM03 sent again by the administrator, for {@code {admin91}}: a file
	 * whose unit its sender may report for is seen under that unit too.
	 */
	private long admin91;

	/** A report the secretariat of 79 asked for, for {@code {report79}}. */
	private long report79;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@DynamicPropertySource
	static void console(DynamicPropertyRegistry registry) {
		console.register(registry);
	}

	@BeforeAll
	void accountsAndFiles() throws IOException {
		TestConsole.account(this.context, "admin", Role.ADMIN, null);
		TestConsole.account(this.context, "thuky91", Role.SECRETARIAT, "91");
		TestConsole.account(this.context, "coquan91", Role.AGENCY, "91");
		TestConsole.account(this.context, "coquan91b", Role.AGENCY, "91");
		TestConsole.account(this.context, "xem91", Role.VIEWER, "91");
		TestConsole.account(this.context, "coquan79", Role.AGENCY, "79");
		TestConsole.account(this.context, "thuky79", Role.SECRETARIAT, "79");
		TestConsole.account(this.context, "xem79", Role.VIEWER, "79");
		// An Giang's BM03, sent by its agency
		Path sample = Path.of("input-samples", SampleWorkbooks.AN_GIANG_BM03);
		this.upload = TestConsole.submit(this.mvc, as("coquan91"), sample);
		assertThat(TestConsole.awaitUpload(this.mvc, as("coquan91"), this.upload)).isEqualTo("ACCEPTED");
		// the same, sent by the agency of 79, and by the administrator
		Path copy = Files.copy(sample, console.scratch().resolve("bm03_ghi_91_tu_79.xlsx"));
		this.rejected79 = TestConsole.submit(this.mvc, as("coquan79"), copy);
		assertThat(TestConsole.awaitUpload(this.mvc, as("coquan79"), this.rejected79)).isEqualTo("REJECTED");
		this.admin91 = TestConsole.submit(this.mvc, as("admin"), sample);
		assertThat(TestConsole.awaitUpload(this.mvc, as("admin"), this.admin91)).isEqualTo("DUPLICATE");
		// a report asked for by 79, and rendered reports of both units in the output
		// folder
		MvcTestResult asked = this.mvc.post()
			.uri("/reports?kind=status&unit=79&period=2026-Q3")
			.with(csrf())
			.with(as("thuky79"))
			.exchange();
		this.report79 = TestConsole.number("#request-(\\d+)", asked.getResponse().getRedirectedUrl());
		Files.createDirectories(console.output());
		for (String unit : List.of("91", "79")) {
			Files.writeString(console.output().resolve("review_" + unit + "_2026-Q3.pdf"), "%PDF-1.7 " + unit);
		}
	}

	@AfterAll
	void close() {
		console.close();
	}

	/**
	 * What each account may not see or do: another unit's, another agency's, the
	 * administrator's.
	 */
	static Stream<Arguments> refused() {
		List<Arguments> all = new ArrayList<>();
		// a secretariat and a viewer: every page, download and action of a unit they do
		// not cover
		for (String[] pair : new String[][] { { "thuky91", "79" }, { "xem91", "79" }, { "thuky79", "91" },
				{ "thuky91", "VN" }, { "xem91", "VN" } }) {
			for (String attempt : anotherUnit(pair[1])) {
				all.add(arguments(pair[0], attempt));
			}
		}
		// an agency: another unit's forms, and no figures, status or reports at all
		for (String[] pair : new String[][] { { "coquan91", "79" }, { "coquan79", "91" } }) {
			for (String attempt : anotherUnit(pair[1])) {
				all.add(arguments(pair[0], attempt));
			}
			String own = pair[0].substring("coquan".length());
			for (String attempt : List.of("GET /figures?unit=" + own, "GET /api/figures?unit=" + own,
					"GET /status?unit=" + own, "GET /status/chase.xlsx?unit=" + own, "GET /reports?unit=" + own,
					"GET /reports/files/review_" + own + "_2026-Q3.pdf",
					"POST /reports?kind=status&unit=" + own + "&period=2026-Q3")) {
				all.add(arguments(pair[0], attempt));
			}
		}
		// approving is for a secretariat (and the administrator) only
		for (String account : List.of("xem91", "coquan91")) {
			all.add(arguments(account, "GET /approvals?unit=91&period=2026-Q3"));
			all.add(arguments(account, "POST /approvals/approve?form=BM03&unit=91&period=2026-Q3"));
		}
		// another agency's submission and its files, even of the same unit; another
		// unit's
		// secretariat
		for (String account : List.of("coquan91b", "coquan79", "thuky79")) {
			for (String attempt : List.of("GET /submissions/{upload}", "GET /submissions/{upload}/state",
					"GET /submissions/{upload}/files/result", "GET /submissions/{upload}/files/original")) {
				all.add(arguments(account, attempt));
			}
		}
		// a rejected file that names a unit its sender may not report for: not for the
		// unit it names
		for (String account : List.of("thuky91", "xem91", "coquan91")) {
			for (String attempt : List.of("GET /submissions/{rejected79}", "GET /submissions/{rejected79}/state",
					"GET /submissions/{rejected79}/files/result", "GET /submissions/{rejected79}/files/original")) {
				all.add(arguments(account, attempt));
			}
		}
		// another unit's report on demand
		all.add(arguments("thuky91", "GET /reports/requests/{report79}/state"));
		all.add(arguments("xem91", "GET /reports/requests/{report79}/state"));
		// the administrator's pages
		for (String account : List.of("thuky91", "coquan91", "xem91", "coquan79", "thuky79")) {
			for (String attempt : List.of("GET /admin/jobs", "GET /admin/jobs?failed=true", "GET /admin/audit",
					"POST /admin/jobs/1/restart", "GET /admin/accounts",
					"POST /admin/accounts?username=mallory&role=ADMIN&unit=VN",
					"POST /admin/accounts/admin/enabled?enabled=false", "POST /admin/accounts/admin/password")) {
				all.add(arguments(account, attempt));
			}
		}
		// a unit merged in 2025 into another's: the old An Giang (89) into 91, Bình Dương
		// (74) into 79
		for (String[] pair : new String[][] { { "thuky79", "89" }, { "xem91", "74" }, { "thuky91", "74" } }) {
			for (String attempt : before2025(pair[1])) {
				all.add(arguments(pair[0], attempt));
			}
		}
		all.add(arguments("thuky79", "GET /approvals?unit=89&period=2024-Q4"));
		all.add(arguments("thuky91", "GET /approvals?unit=74&period=2024-Q4"));
		// a viewer submitting
		all.add(arguments("xem91", "GET /submit"));
		all.add(arguments("xem91", "UPLOAD /submit"));
		return all.stream();
	}

	/** What each account may see and do. */
	static Stream<Arguments> allowed() {
		List<Arguments> all = new ArrayList<>();
		for (String unit : List.of("VN", "91", "79")) {
			for (String attempt : ownUnit(unit)) {
				all.add(arguments("admin", attempt));
			}
		}
		add(all, "admin", "GET /admin/jobs", "GET /admin/audit", "GET /admin/accounts", "GET /submissions/{upload}",
				"GET /submissions/{upload}/files/result", "GET /reports/requests/{report79}/state");
		for (String attempt : ownUnit("91")) {
			all.add(arguments("thuky91", attempt));
		}
		add(all, "thuky91", "GET /submit", "GET /submissions/{upload}", "GET /submissions/{upload}/files/result",
				"GET /submissions/{upload}/files/original");
		add(all, "xem91", "GET /figures?unit=91&period=2026-Q3", "GET /figures.json?unit=91&period=2026-Q3",
				"GET /api/figures?unit=91&period=2026-Q3", "GET /status?unit=91&period=2026-Q3",
				"GET /reports?unit=91&period=2026-Q3", "GET /reports/files/review_91_2026-Q3.pdf",
				"GET /forms?unit=91&period=2026-Q3", "GET /submissions", "GET /submissions/{upload}");
		add(all, "coquan91", "GET /", "GET /submit", "GET /submissions", "GET /submissions/{upload}",
				"GET /submissions/{upload}/state", "GET /submissions/{upload}/files/result",
				"GET /submissions/{upload}/files/original", "GET /forms?unit=91&period=2026-Q3",
				"GET /forms/download?form=BM02&unit=91&period=2026-Q3");
		add(all, "coquan79", "GET /", "GET /submit", "GET /forms",
				"GET /forms/download?form=BM01&unit=79&period=2026-Q3");
		// the history of the units merged into one's own in 2025
		for (String[] pair : new String[][] { { "thuky91", "89" }, { "xem91", "89" }, { "thuky79", "74" } }) {
			for (String attempt : before2025(pair[1])) {
				all.add(arguments(pair[0], attempt));
			}
		}
		// and, for a secretariat, approving them (a late form of the old province)
		add(all, "thuky91", "GET /approvals?unit=89&period=2024-Q4");
		add(all, "thuky79", "GET /approvals?unit=74&period=2024-Q4");
		add(all, "thuky79", "GET /figures?unit=79&period=2026-Q3", "GET /status?unit=79&period=2026-Q3",
				"GET /reports/files/review_79_2026-Q3.pdf", "GET /reports/requests/{report79}/state");
		// a rejected file: its sender, and those covering the sender's unit, whatever
		// unit the file names
		for (String account : List.of("coquan79", "thuky79", "xem79", "admin")) {
			add(all, account, "GET /submissions/{rejected79}", "GET /submissions/{rejected79}/state",
					"GET /submissions/{rejected79}/files/result", "GET /submissions/{rejected79}/files/original");
		}
		// a file of 91 the administrator sent: those covering 91 too
		add(all, "xem91", "GET /submissions/{admin91}", "GET /submissions/{admin91}/files/result");
		return all.stream();
	}

	@ParameterizedTest(name = "{0}: {1} → 403")
	@MethodSource("refused")
	void shouldRefuseWhatTheAccountMayNotSeeOrDo(String account, String attempt) throws IOException {
		// when
		MvcTestResult result = attempt(account, attempt);
		// then
		assertThat(result).as("%s: %s", account, attempt).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(result.getResponse().getContentAsByteArray()).as("%s: %s", account, attempt).isEmpty();
	}

	@ParameterizedTest(name = "{0}: {1} → 200")
	@MethodSource("allowed")
	void shouldAllowWhatTheAccountMaySeeOrDo(String account, String attempt) throws IOException {
		// when
		MvcTestResult result = attempt(account, attempt);
		// then
		assertThat(result).as("%s: %s", account, attempt).hasStatusOk();
		assertThat(result.getResponse().getContentAsByteArray()).as("%s: %s", account, attempt).isNotEmpty();
	}

	@Test
	void shouldListOnlyTheSubmissionsAndReportsTheAccountMaySee() throws IOException {
		// when
		String otherAgency = body("coquan79", "/submissions");
		String sameUnitAgency = body("coquan91b", "/submissions");
		String secretariat = body("thuky91", "/submissions");
		String reports91 = body("thuky91", "/reports");
		String reports79 = body("thuky79", "/reports");
		String viewer91 = body("xem91", "/submissions");
		String secretariat79 = body("thuky79", "/submissions");
		String viewer79 = body("xem79", "/submissions");
		// then
		assertThat(otherAgency).doesNotContain(SampleWorkbooks.AN_GIANG_BM03).contains("bm03_ghi_91_tu_79.xlsx");
		assertThat(sameUnitAgency).doesNotContain(SampleWorkbooks.AN_GIANG_BM03);
		assertThat(secretariat).contains(SampleWorkbooks.AN_GIANG_BM03);
		// the file of 79's agency naming 91: listed under 79, not under 91
		for (String list91 : List.of(secretariat, viewer91)) {
			assertThat(list91).contains("href=\"/submissions/" + this.admin91 + "\"")
				.doesNotContain("bm03_ghi_91_tu_79.xlsx");
		}
		for (String list79 : List.of(secretariat79, viewer79)) {
			assertThat(list79).contains("bm03_ghi_91_tu_79.xlsx")
				.doesNotContain("href=\"/submissions/" + this.admin91 + "\"");
		}
		assertThat(reports91).contains("review_91_2026-Q3.pdf").doesNotContain("review_79_2026-Q3.pdf");
		assertThat(reports79).contains("review_79_2026-Q3.pdf").doesNotContain("review_91_2026-Q3.pdf");
	}

	@Test
	void shouldRecordNothingForARefusedRenderOrDownload() throws IOException {
		// given
		attempt("thuky91", "POST /reports?kind=review&unit=79&period=2026-Q3");
		attempt("thuky91", "GET /reports/files/review_79_2026-Q3.pdf");
		// when
		String audit = TestConsole.cells(this.mvc.get().uri("/admin/audit").with(as("admin")).exchange());
		// then
		assertThat(audit).doesNotContain("<td>thuky91</td><td>REPORT</td>")
			.doesNotContain("<td>thuky91</td><td>DOWNLOAD</td><td>79</td>");
	}

	@Test
	void shouldRecordTheDownloadOfARejectedFileUnderItsSendersUnitNotTheOneItNames() throws IOException {
		// given
		attempt("thuky79", "GET /submissions/{rejected79}/files/original");
		// when
		String audit = TestConsole.cells(this.mvc.get().uri("/admin/audit").with(as("admin")).exchange());
		// then
		assertThat(audit).contains("<td>thuky79</td><td>DOWNLOAD</td><td>79</td>")
			.doesNotContain("<td>thuky79</td><td>DOWNLOAD</td><td>91</td>");
	}

	/** Every page, download and action about a unit, for Quý III/2026. */
	private static List<String> anotherUnit(String unit) {
		String scope = "unit=" + unit + "&period=2026-Q3";
		return List.of("GET /figures?" + scope, "GET /figures.csv?" + scope, "GET /figures.csv?children=true&" + scope,
				"GET /figures.json?" + scope, "GET /api/figures?" + scope, "GET /figures/trend.png?" + scope,
				"GET /status?" + scope, "GET /status/chase.xlsx?" + scope, "GET /reports?" + scope,
				"POST /reports?kind=review&" + scope, "GET /reports/files/review_" + unit + "_2026-Q3.pdf",
				"GET /forms?" + scope, "GET /forms/download?form=BM01&" + scope, "GET /approvals?" + scope,
				"POST /approvals/approve?form=BM03&" + scope, "POST /approvals/withdraw?form=BM03&reason=x&" + scope);
	}

	/** A province's pages for a quarter before the 2025 reorganisation. */
	private static List<String> before2025(String unit) {
		String scope = "unit=" + unit + "&period=2024-Q4";
		return List.of("GET /figures?" + scope, "GET /figures.csv?" + scope, "GET /api/figures?" + scope,
				"GET /status?" + scope, "GET /reports?" + scope, "GET /forms?" + scope);
	}

	/**
	 * What a secretariat may see of its own unit (the rendered reports of 91 and 79
	 * only).
	 */
	private static List<String> ownUnit(String unit) {
		String scope = "unit=" + unit + "&period=2026-Q3";
		List<String> all = new ArrayList<>(List.of("GET /figures?" + scope, "GET /figures.csv?" + scope,
				"GET /api/figures?" + scope, "GET /figures/trend.png?" + scope, "GET /status?" + scope,
				"GET /status/chase.xlsx?" + scope, "GET /reports?" + scope, "GET /forms?" + scope,
				"GET /forms/download?form=BM01&" + scope, "GET /approvals?" + scope));
		if (!"VN".equals(unit)) {
			all.add("GET /reports/files/review_" + unit + "_2026-Q3.pdf");
		}
		return all;
	}

	private static void add(List<Arguments> all, String account, String... attempts) {
		for (String attempt : attempts) {
			all.add(arguments(account, attempt));
		}
	}

	private MvcTestResult attempt(String account, String attempt) throws IOException {
		String[] parts = attempt.split(" ", 2);
		String uri = parts[1].replace("{upload}", String.valueOf(this.upload))
			.replace("{rejected79}", String.valueOf(this.rejected79))
			.replace("{admin91}", String.valueOf(this.admin91))
			.replace("{report79}", String.valueOf(this.report79));
		return switch (parts[0]) {
			case "GET" -> this.mvc.get().uri(uri).with(as(account)).exchange();
			case "POST" -> this.mvc.post().uri(uri).with(csrf()).with(as(account)).exchange();
			case "UPLOAD" -> this.mvc.post()
				.uri(uri)
				.multipart()
				.file(new MockMultipartFile("files", SampleWorkbooks.AN_GIANG_BM03, "application/octet-stream",
						Files.readAllBytes(Path.of("input-samples", SampleWorkbooks.AN_GIANG_BM03))))
				.with(csrf())
				.with(as(account))
				.exchange();
			default -> throw new IllegalArgumentException(attempt);
		};
	}

	private String body(String account, String uri) throws IOException {
		MvcTestResult result = this.mvc.get().uri(uri).with(as(account)).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor as(String account) {
		return TestConsole.as(this.context, account);
	}

}
