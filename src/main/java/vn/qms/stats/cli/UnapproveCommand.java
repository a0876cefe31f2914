package vn.qms.stats.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import vn.qms.stats.approval.ApprovalAnswer;
import vn.qms.stats.approval.Approvals;
import vn.qms.stats.approval.WithdrawalReason;

@Command(name = "unapprove", mixinStandardHelpOptions = true,
		description = "Rút phê duyệt (mở khóa) dữ liệu của đơn vị cho một kỳ, có lý do / "
				+ "Withdraw an approval (unlock a unit's data for a period), with a reason")
class UnapproveCommand implements Callable<Integer> {

	@ParentCommand
	Main main;

	@Mixin
	ApprovalOptions key;

	@Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why the approval is withdrawn")
	String reason;

	@Override
	public Integer call() {
		List<String> forms = this.key.forms();
		if (WithdrawalReason.trimmed(this.reason).isEmpty()) {
			throw new UsageException("Cần nêu lý do rút phê duyệt / A reason is required to withdraw an approval");
		}
		try (Application app = Application.start(this.main)) {
			Approvals approvals = app.bean(Approvals.class);
			String actor = ApprovalOptions.actor();
			List<ApprovalAnswer> answers = forms.stream()
				.map((form) -> approvals.withdraw(form, this.key.unit, this.key.period, actor, this.reason))
				.toList();
			return ApprovalOptions.print(answers, app.locale());
		}
	}

}
