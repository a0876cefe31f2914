package vn.qms.stats.web.approval;

import java.util.List;

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
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.qms.stats.account.Role;
import vn.qms.stats.approval.ApprovalEvent;
import vn.qms.stats.approval.Approvals;
import vn.qms.stats.audit.AuditLog;
import vn.qms.stats.system.QmsStatsApplication;
import vn.qms.stats.web.TestConsole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The reason for withdrawing an approval is checked by the server, whatever the page
 * allows: none (or only invisible characters), too long, or with control characters is
 * answered 400 with the page saying why, in Vietnamese or English, and nothing is
 * recorded; a valid one is stored without the invisible characters around it.
 */
@SpringBootTest(classes = QmsStatsApplication.class, properties = TestConsole.SERVLET)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class WithdrawalReasonIntegrationTests {

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
	void accountAndApproval() {
		TestConsole.account(this.context, "thuky91", Role.SECRETARIAT, "91");
		this.context.getBean(Approvals.class).approve("BM03", "91", "2026-Q3", "thuky91");
	}

	@AfterAll
	void close() {
		console.close();
	}

	@Test
	void shouldRefuseAReasonTooLongInvisibleOrWithControlCharactersAndRecordNothing() throws Exception {
		// when
		MvcTestResult tooLong = withdraw("x".repeat(5_000), "");
		MvcTestResult tooLongEn = withdraw("x".repeat(2_001), "en");
		MvcTestResult invisible = withdraw(" \u200b\ufeff ", "");
		MvcTestResult nul = withdraw("a\u0000b", "");
		MvcTestResult lineBreak = withdraw("a\nb", "en");
		// then each is refused, saying why
		for (MvcTestResult refused : List.of(tooLong, tooLongEn, invisible, nul, lineBreak)) {
			assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
			assertThat(refused).bodyText().contains("id=\"approval-message\"");
		}
		assertThat(tooLong).bodyText().contains("Lý do rút phê duyệt quá dài: tối đa 2000 ký tự");
		assertThat(tooLongEn).bodyText().contains("too long: at most 2000 characters");
		assertThat(invisible).bodyText().contains("Cần nêu lý do rút phê duyệt");
		assertThat(nul).bodyText().contains("Lý do rút phê duyệt chứa ký tự điều khiển");
		assertThat(lineBreak).bodyText().contains("contains control characters");
		// and the period is still approved, nothing recorded, no reason in the audit log
		Approvals approvals = this.context.getBean(Approvals.class);
		assertThat(approvals.isApproved("BM03", "91", "2026-Q3")).isTrue();
		assertThat(approvals.history("BM03", "91", "2026-Q3")).hasSize(1);
		assertThat(this.context.getBean(AuditLog.class).latest(20))
			.allSatisfy((event) -> assertThat(String.valueOf(event.detail())).doesNotContain("xxx", "\u0000"));
		// when a reason of 2,000 characters between invisible ones is given
		String longest = "Đính chính " + "x".repeat(2_000 - "Đính chính ".length());
		MvcTestResult withdrawn = withdraw("\u200b " + longest + " \ufeff", "");
		// then it is recorded, trimmed
		assertThat(withdrawn.getResponse().getStatus()).isEqualTo(HttpStatus.FOUND.value());
		assertThat(approvals.isApproved("BM03", "91", "2026-Q3")).isFalse();
		assertThat(approvals.history("BM03", "91", "2026-Q3")).extracting(ApprovalEvent::reason)
			.containsExactly(null, longest);
	}

	private MvcTestResult withdraw(String reason, String lang) {
		return this.mvc.post()
			.uri("/approvals/withdraw" + (lang.isEmpty() ? "" : "?lang=" + lang))
			.param("form", "BM03")
			.param("unit", "91")
			.param("period", "2026-Q3")
			.param("reason", reason)
			.with(csrf())
			.with(TestConsole.as(this.context, "thuky91"))
			.exchange();
	}

}
