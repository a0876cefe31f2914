package vn.qms.stats.approval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.approval.ApprovalAnswer.Status;
import vn.qms.stats.ingest.IngestVerdict;
import vn.qms.stats.ingest.Ingestor;
import vn.qms.stats.ingest.samples.SampleWorkbooks;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Approving, withdrawing, the current states and the history, on H2 and PostgreSQL.
 */
class ApprovalsIntegrationTests {

	@TempDir
	Path input;

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldApproveWithdrawAndApproveAgainKeepingEveryEventWithActorTimeAndReason(String kind) {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given
			ConfigurableApplicationContext context = database.start();
			Approvals approvals = context.getBean(Approvals.class);
			// when
			ApprovalAnswer approved = approvals.approve("BM03", "91", "Quý III/2026", "nguyen.van.a");
			boolean lockedThen = approvals.isApproved("BM03", "91", "2026-Q3");
			ApprovalAnswer withdrawn = approvals.withdraw("BM03", "91", "2026-Q3", "tran.thi.b",
					"Số liệu quý III cần đính chính");
			boolean lockedAfter = approvals.isApproved("BM03", "91", "2026-Q3");
			ApprovalAnswer again = approvals.approve("BM03", "91", "2026-Q3", "nguyen.van.a");
			// then
			assertThat(approved.status()).isEqualTo(Status.APPROVED);
			assertThat(approved.message(Locale.ENGLISH))
				.startsWith("Approved BM03 of unit 91 for period 2026-Q3 (by " + "nguyen.van.a, on ");
			assertThat(lockedThen).isTrue();
			assertThat(withdrawn.status()).isEqualTo(Status.WITHDRAWN);
			assertThat(withdrawn.message(Locale.forLanguageTag("vi"))).startsWith("Đã rút phê duyệt BM03 của đơn vị 91")
				.contains("lý do: Số liệu quý III cần đính chính");
			assertThat(lockedAfter).isFalse();
			assertThat(again.changed()).isTrue();
			List<ApprovalEvent> history = approvals.history("BM03", "91", "2026-Q3");
			assertThat(history)
				.extracting(ApprovalEvent::seq, ApprovalEvent::action, ApprovalEvent::actor, ApprovalEvent::reason)
				.containsExactly(tuple(1, ApprovalEvent.Action.APPROVED, "nguyen.van.a", null),
						tuple(2, ApprovalEvent.Action.WITHDRAWN, "tran.thi.b", "Số liệu quý III cần đính chính"),
						tuple(3, ApprovalEvent.Action.APPROVED, "nguyen.van.a", null));
			assertThat(history).allSatisfy((event) -> assertThat(event.actedAt()).isNotNull());
			assertThat(context.getBean(JdbcTemplate.class)
				.queryForObject("select count(*) from approval_event", Integer.class)).isEqualTo(3);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldAnswerAnApprovalTwiceOrAWithdrawalOfNothingWithAMessageAndRecordNothing(String kind) {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given
			ConfigurableApplicationContext context = database.start();
			Approvals approvals = context.getBean(Approvals.class);
			approvals.approve("BM01", "91", "2026-Q3", "cli:an");
			// when
			ApprovalAnswer twice = approvals.approve("BM01", "91", "2026-Q3", "cli:binh");
			ApprovalAnswer nothing = approvals.withdraw("BM04", "91", "2026-Q3", "cli:an", "nhầm");
			ApprovalAnswer noReason = approvals.withdraw("BM01", "91", "2026-Q3", "cli:an", "  ");
			ApprovalAnswer badForm = approvals.approve("BM07", "91", "2026-Q3", "cli:an");
			ApprovalAnswer badUnit = approvals.approve("BM01", "999", "2026-Q3", "cli:an");
			ApprovalAnswer badPeriod = approvals.approve("BM01", "91", "Quý V/2026", "cli:an");
			// then
			assertThat(twice.status()).isEqualTo(Status.ALREADY_APPROVED);
			assertThat(twice.message(Locale.ENGLISH))
				.startsWith("BM01 of unit 91 for period 2026-Q3 was already approved by cli:an on ")
				.endsWith(": nothing changed");
			assertThat(nothing.status()).isEqualTo(Status.NOT_APPROVED);
			assertThat(nothing.message(Locale.forLanguageTag("vi")))
				.isEqualTo("BM04 của đơn vị 91 kỳ 2026-Q3 chưa được phê duyệt: không có gì để rút, không thay đổi gì");
			assertThat(noReason.status()).isEqualTo(Status.INVALID);
			assertThat(noReason.message(Locale.ENGLISH)).isEqualTo("A reason is required to withdraw an approval");
			assertThat(List.of(badForm, badUnit, badPeriod)).extracting((answer) -> answer.message(Locale.ENGLISH))
				.containsExactly("Not a form: BM07 (BM01, BM02, BM03 or BM04)",
						"Unit code not in the reference units: 999",
						"Not a period: Quý V/2026 (e.g. 2020, 2026-Q3, “Quý III/2026”, 2012-H1)");
			assertThat(approvals.history(null, null, null)).hasSize(1);
			assertThat(approvals.isApproved("BM01", "91", "2026-Q3")).isTrue();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldTellTheReportsWhetherTheFiguresOfAUnitAndPeriodAreApprovedPartlyOrNot(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given An Giang's agency list (BM01) and processing times (BM03) for Quý
			// III/2026
			ConfigurableApplicationContext context = database.start();
			Approvals approvals = context.getBean(Approvals.class);
			Ingestor ingestor = context.getBean(Ingestor.class);
			for (String sample : List.of(SampleWorkbooks.AN_GIANG_BM01, SampleWorkbooks.AN_GIANG_BM03)) {
				Path file = Files.copy(Path.of("input-samples", sample), this.input.resolve(sample));
				assertThat(ingestor.ingest(file, true).outcome()).isEqualTo(IngestVerdict.Outcome.ACCEPTED);
			}
			// when
			UnitApproval none = approvals.state("91", "2026-Q3");
			approvals.approve("BM01", "91", "2026-Q3", "cli:an");
			UnitApproval partly = approvals.state("91", "Quý III/2026");
			approvals.approve("BM03", "91", "2026-Q3", "cli:an");
			UnitApproval approved = approvals.state("91", "2026-Q3");
			UnitApproval nothingSubmitted = approvals.state("92", "2026-Q3");
			// then
			assertThat(List.of(none, partly, approved, nothingSubmitted)).extracting(UnitApproval::level)
				.containsExactly(UnitApproval.Level.NOT_APPROVED, UnitApproval.Level.PARTLY_APPROVED,
						UnitApproval.Level.APPROVED, UnitApproval.Level.NOT_APPROVED);
			assertThat(partly.forms())
				.extracting(FormApproval::form, FormApproval::submitted, FormApproval::approved,
						FormApproval::approvedBy)
				.containsExactly(tuple("BM01", true, true, "cli:an"), tuple("BM02", false, false, null),
						tuple("BM03", true, false, null), tuple("BM04", false, false, null));
			assertThat(partly.period()).isEqualTo("2026-Q3");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldListTheCurrentStateOfEachKeyOfAUnitAndPeriod(String kind) {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given
			ConfigurableApplicationContext context = database.start();
			Approvals approvals = context.getBean(Approvals.class);
			approvals.approve("BM01", "91", "2026-Q3", "cli:an");
			approvals.approve("BM03", "91", "2026-Q3", "cli:an");
			approvals.withdraw("BM03", "91", "2026-Q3", "cli:an", "đính chính");
			approvals.approve("BM02", "VN", "2020", "cli:an");
			// when
			List<ApprovalEvent> unit91 = approvals.list("91", "Quý III/2026");
			List<ApprovalEvent> all = approvals.list(null, null);
			// then
			assertThat(unit91).extracting(ApprovalEvent::form, ApprovalEvent::action)
				.containsExactly(tuple("BM01", ApprovalEvent.Action.APPROVED),
						tuple("BM03", ApprovalEvent.Action.WITHDRAWN));
			assertThat(unit91.get(1).reason()).isEqualTo("đính chính");
			assertThat(all).extracting(ApprovalEvent::reportingUnit).containsExactly("91", "91", "VN");
		}
	}

}
