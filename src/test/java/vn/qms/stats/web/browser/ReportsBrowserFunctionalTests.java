package vn.qms.stats.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.account.Accounts;
import vn.qms.stats.account.Role;
import vn.qms.stats.ingest.IngestVerdict;
import vn.qms.stats.ingest.Ingestor;
import vn.qms.stats.reference.Period;
import vn.qms.stats.system.QmsProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the sample workbooks of {@code input-samples/} ingested, the secretariat of An
 * Giang follows the reporting status and the figures of Quý III/2026 and renders its
 * quarterly report; an administrator reads the job history and the audit log.
 */
@BrowserTest
class ReportsBrowserFunctionalTests {

	private static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	Accounts accounts;

	@Autowired
	Ingestor ingestor;

	@Autowired
	QmsProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	private String secretariat;

	private String admin;

	@BeforeEach
	void samplesIngested() throws Exception {
		this.secretariat = TestAccounts.ensure(this.accounts, "vanphong.91", Role.SECRETARIAT, "91");
		this.admin = TestAccounts.ensure(this.accounts, "quantri", Role.ADMIN, null);
		if (this.jdbc.queryForObject("select count(*) from batch_job_execution", Integer.class) > 0) {
			return;
		}
		Path input = Files.createDirectories(this.properties.input());
		try (Stream<Path> samples = Files.list(Path.of("input-samples"))) {
			for (Path sample : samples.sorted().toList()) {
				Path copy = Files.copy(sample, input.resolve(sample.getFileName()));
				IngestVerdict verdict = this.ingestor.ingest(copy, false);
				assertThat(verdict.outcome()).as(verdict.line(Locale.ENGLISH))
					.isEqualTo(IngestVerdict.Outcome.ACCEPTED);
			}
		}
	}

	@Test
	void shouldRenderTheQuarterlyReportAndDownloadItsPdf(Browser browser) throws Exception {
		// given
		browser.signIn(this.secretariat, TestAccounts.PASSWORD);
		browser.open("/reports");
		// when the secretariat asks for the quarterly report of An Giang for Quý III/2026
		new Select(browser.find(By.id("kind"))).selectByValue("quarterly");
		browser.type(By.id("unit"), "91");
		browser.type(By.id("period"), "2026-Q3");
		browser.find(By.id("render")).click();
		// then the page follows it until it is done, with its files to download
		String done = message("reports.state.DONE");
		browser.waitUntil((driver) -> driver.findElements(By.cssSelector("#requests tr[data-report] td.state"))
			.stream()
			.anyMatch((state) -> state.getText().equals(done)));
		assertThat(browser.findAll(By.cssSelector("#requests a.report-file")).stream().map(WebElement::getText))
			.containsExactlyInAnyOrder("quarterly_91_2026-Q3.pdf", "quarterly_91_2026-Q3.xlsx");
		assertThat(browser.rows(By.id("files")))
			.allSatisfy((file) -> assertThat(file.get(1)).isEqualTo(message("reports.kind.quarterly")));
		browser.screenshot("reports");
		Path pdf = browser.download(By.cssSelector("#requests a.report-file[href$='.pdf']"));
		assertThat(pdf.getFileName()).hasToString("quarterly_91_2026-Q3.pdf");
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(new PDFTextStripper().getText(document)).contains("An Giang",
					Period.ofQuarter(2026, 3).label(VI));
		}
	}

	@Test
	void shouldShowTheReportingStatusAndTheFiguresWithTheirTrend(Browser browser) throws Exception {
		// given
		browser.signIn(this.secretariat, TestAccounts.PASSWORD);
		// when
		browser.open("/status?unit=91&period=2026-Q3");
		// then the status page lists the units under An Giang with what each sent
		assertThat(browser.findAll(By.cssSelector("#status tbody tr"))).isNotEmpty();
		assertThat(browser.text(By.tagName("h1"))).contains("91", Period.ofQuarter(2026, 3).label(VI));
		browser.screenshot("status");
		// and the figures page has every figure with its counts, and draws the trend
		browser.open("/figures?unit=91&period=2026-Q3");
		assertThat(browser.findAll(By.cssSelector("main p.bad"))).isEmpty();
		List<List<String>> figures = browser.rows(By.id("figures"));
		assertThat(figures).isNotEmpty();
		for (WebElement figure : browser.findAll(By.cssSelector("#figures tbody tr"))) {
			// every figure by its name, never by the id of docs/figures.md
			assertThat(figure.findElement(By.tagName("td")).getText()).isNotBlank()
				.isNotEqualTo(figure.getAttribute("data-figure"));
		}
		assertThat(figures).anySatisfy((figure) -> assertThat(figure.get(1)).endsWith("%"));
		Long chartWidth = (Long) browser.driver()
			.executeScript("var img = document.getElementById('trend'); return img.complete ? img.naturalWidth : 0;");
		assertThat(chartWidth).isPositive();
		browser.driver().executeScript("document.getElementById('trend').scrollIntoView({block: 'end'});");
		browser.screenshot("figures");
	}

	@Test
	void shouldShowTheAdministratorTheIngestsAndWhoDidWhat(Browser browser) throws Exception {
		// given
		browser.signIn(this.admin, TestAccounts.PASSWORD);
		// when
		browser.open("/admin/jobs");
		// then each sample file's ingest is listed as completed
		List<List<String>> runs = browser.rows(By.id("runs"));
		try (Stream<Path> samples = Files.list(Path.of("input-samples"))) {
			for (Path sample : samples.toList()) {
				assertThat(runs).anySatisfy((run) -> {
					assertThat(run.get(2)).isEqualTo("COMPLETED");
					assertThat(run.get(7)).contains(sample.getFileName().toString());
				});
			}
		}
		browser.screenshot("jobs");
		// and the audit log has the administrator's sign-in
		browser.open("/admin/audit");
		assertThat(browser.rows(By.id("audit")))
			.anySatisfy((event) -> assertThat(event.subList(1, 3)).containsExactly(this.admin, "SIGN_IN"));
		browser.screenshot("audit");
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, VI);
	}

}
