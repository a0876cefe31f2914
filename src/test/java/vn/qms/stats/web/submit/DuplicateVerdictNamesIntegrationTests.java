package vn.qms.stats.web.submit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.qms.stats.account.Role;
import vn.qms.stats.ingest.samples.SampleWorkbooks;
import vn.qms.stats.system.QmsStatsApplication;
import vn.qms.stats.web.TestConsole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The result of a duplicate sent through the console names the file it repeats only to a
 * reader who may see that file's upload: an agency that sends the bytes another agency
 * account of its unit sent learns that they were ingested, when and as which submission,
 * never the other's file name; its own earlier file, a secretariat covering the unit and
 * an administrator are told the name.
 */
@SpringBootTest(classes = QmsStatsApplication.class, properties = TestConsole.SERVLET)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class DuplicateVerdictNamesIntegrationTests {

	private static final TestConsole console = new TestConsole();

	private static final String FIRST_NAME = "bao-cao-rieng-cua-coquan91.xlsx";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	/** The submission the first upload was stored as. */
	private long submission;

	/** The same bytes, sent by another agency account of the same unit. */
	private long byAnother;

	/** The same bytes, sent again by the account that sent them first. */
	private long bySameAccount;

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
		Path sample = Path.of("input-samples", SampleWorkbooks.AN_GIANG_BM03);
		long first = TestConsole.submit(this.mvc, as("coquan91"),
				Files.copy(sample, console.scratch().resolve(FIRST_NAME)));
		assertThat(TestConsole.awaitUpload(this.mvc, as("coquan91"), first)).isEqualTo("ACCEPTED");
		this.submission = this.context.getBean(JdbcTemplate.class)
			.queryForObject("select id from submission where file_name = ?", Long.class, FIRST_NAME);
		this.byAnother = TestConsole.submit(this.mvc, as("coquan91b"),
				Files.copy(sample, console.scratch().resolve("ban-gui-lai.xlsx")));
		assertThat(TestConsole.awaitUpload(this.mvc, as("coquan91b"), this.byAnother)).isEqualTo("DUPLICATE");
		this.bySameAccount = TestConsole.submit(this.mvc, as("coquan91"),
				Files.copy(sample, console.scratch().resolve("lan-hai.xlsx")));
		assertThat(TestConsole.awaitUpload(this.mvc, as("coquan91"), this.bySameAccount)).isEqualTo("DUPLICATE");
	}

	@AfterAll
	void close() {
		console.close();
	}

	@Test
	void shouldNotTellAnAgencyTheNameOfAFileAnotherAccountSent() {
		// when
		String result = result("coquan91b", this.byAnother);
		// then it says the content was ingested, when and as what, in both languages
		assertThat(result)
			.contains("TRÙNG LẶP", "DUPLICATE", "Một tệp cùng nội dung đã được nhập lần đầu lúc",
					"thành bản nộp số " + this.submission, "A file with the same content was first ingested on",
					"as submission " + this.submission)
			.doesNotContain(FIRST_NAME, "bao-cao-rieng");
	}

	@Test
	void shouldTellTheNameToThoseWhoMaySeeTheEarlierUpload() {
		// a secretariat covering the unit, the administrator
		for (String reader : new String[] { "thuky91", "admin" }) {
			assertThat(result(reader, this.byAnother)).as(reader)
				.contains("Đã nhập lần đầu lúc", "(tệp “" + FIRST_NAME + "”), thành bản nộp số " + this.submission,
						"(as “" + FIRST_NAME + "”), as submission " + this.submission);
		}
		// and the account that sent it, sending it again
		assertThat(result("coquan91", this.bySameAccount)).contains("(as “" + FIRST_NAME + "”)");
	}

	private String result(String reader, long upload) {
		MvcTestResult result = this.mvc.get().uri("/submissions/{id}/files/result", upload).with(as(reader)).exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private RequestPostProcessor as(String username) {
		return TestConsole.as(this.context, username);
	}

}
