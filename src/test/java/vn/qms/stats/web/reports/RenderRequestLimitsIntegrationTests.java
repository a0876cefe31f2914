package vn.qms.stats.web.reports;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.qms.stats.account.Role;
import vn.qms.stats.schedule.ReportKinds;
import vn.qms.stats.system.QmsStatsApplication;
import vn.qms.stats.web.TestConsole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Reports asked for in the console while the render thread is busy: asking again for a
 * report still waiting points to it, and an account with
 * {@value RenderRequests#PER_ACCOUNT} reports waiting or rendering is told, in its
 * language, to wait (429), while others may still ask.
 */
@SpringBootTest(classes = QmsStatsApplication.class, properties = TestConsole.SERVLET)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class RenderRequestLimitsIntegrationTests {

	private static final TestConsole console = new TestConsole();

	private final CountDownLatch rendering = new CountDownLatch(1);

	private final CountDownLatch release = new CountDownLatch(1);

	@MockitoBean
	ReportKinds kinds;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@DynamicPropertySource
	static void console(DynamicPropertyRegistry registry) {
		console.register(registry);
	}

	@BeforeAll
	void accounts() throws Exception {
		TestConsole.account(this.context, "thuky91", Role.SECRETARIAT, "91");
		TestConsole.account(this.context, "xem91", Role.VIEWER, "91");
		given(this.kinds.kinds()).willReturn(List.of("quarterly", "review", "status", "ingest"));
		given(this.kinds.outputFolder()).willReturn(console.output());
		given(this.kinds.render(any(), any(), any(), any(), any())).willAnswer((invocation) -> {
			this.rendering.countDown();
			this.release.await(5, TimeUnit.MINUTES);
			return List.<Path>of();
		});
	}

	@AfterAll
	void close() {
		this.release.countDown();
		console.close();
	}

	@Test
	void shouldPointToTheSameReportWaitingAndRefuseAFourthOneOfAnAccount() throws Exception {
		// given a quarterly report of 91 rendering (the render thread busy with it)
		RequestPostProcessor secretariat = TestConsole.as(this.context, "thuky91");
		long first = asked(ask(secretariat, "quarterly", ""));
		assertThat(this.rendering.await(5, TimeUnit.MINUTES)).isTrue();
		// when the same report is asked for twice more, then another
		long second = asked(ask(secretariat, "quarterly", ""));
		long again = asked(ask(secretariat, "quarterly", ""));
		long status = asked(ask(secretariat, "status", ""));
		// then the second one waits, the third is the second
		assertThat(second).isNotEqualTo(first);
		assertThat(again).isEqualTo(second);
		assertThat(status).isNotIn(first, second);
		// and a fourth report is refused, saying why, in Vietnamese or in English
		MvcTestResult refused = ask(secretariat, "review", "");
		assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(refused).bodyText()
			.contains("id=\"refusal\"", "Tài khoản đã có 3 báo cáo đang chờ hoặc đang lập (tối đa 3)");
		MvcTestResult refusedEn = ask(secretariat, "review", "en");
		assertThat(refusedEn).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(refusedEn).bodyText().contains("This account already has 3 reports waiting or rendering");
		// and another account may still ask
		assertThat(ask(TestConsole.as(this.context, "xem91"), "review", "").getResponse().getStatus())
			.isEqualTo(HttpStatus.FOUND.value());
		// and once they are rendered the account may ask again
		this.release.countDown();
		for (long id : List.of(first, second, status)) {
			assertThat(TestConsole.awaitReport(this.mvc, secretariat, id)).isEqualTo("DONE");
		}
		assertThat(ask(secretariat, "review", "").getResponse().getStatus()).isEqualTo(HttpStatus.FOUND.value());
		verify(this.kinds, times(2)).render(eq("quarterly"), eq("91"), any(), any(), any());
	}

	private MvcTestResult ask(RequestPostProcessor account, String kind, String lang) {
		return this.mvc.post()
			.uri("/reports" + (lang.isEmpty() ? "" : "?lang=" + lang))
			.param("kind", kind)
			.param("unit", "91")
			.param("period", "2026-Q3")
			.with(csrf())
			.with(account)
			.exchange();
	}

	private static long asked(MvcTestResult result) {
		assertThat(result.getResponse().getStatus()).isEqualTo(HttpStatus.FOUND.value());
		return TestConsole.number("#request-(\\d+)", result.getResponse().getRedirectedUrl());
	}

}
