package vn.qms.stats.cli;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import vn.qms.stats.approval.ApprovalAnswer;
import vn.qms.stats.approval.ApprovalEvent;
import vn.qms.stats.approval.Approvals;
import vn.qms.stats.ingest.HeldFiles;
import vn.qms.stats.system.text.OneLine;

@Command(name = "approve", mixinStandardHelpOptions = true,
		description = "Phê duyệt và khóa dữ liệu của đơn vị cho một kỳ; liệt kê phê duyệt, tệp tạm giữ / "
				+ "Approve and lock a unit's data for a period; list approvals, held files")
class ApproveCommand implements Callable<Integer> {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	@ParentCommand
	Main main;

	@Mixin
	ApprovalOptions key;

	@Option(names = "--list", description = "List the current state of every key approved (of --unit, --period)")
	boolean list;

	@Option(names = "--history", description = "List every approval and withdrawal (of --form, --unit, --period)")
	boolean history;

	@Option(names = "--held", description = "List the files held because their key was approved")
	boolean held;

	@Override
	public Integer call() {
		if ((this.list ? 1 : 0) + (this.history ? 1 : 0) + (this.held ? 1 : 0) > 1) {
			throw new UsageException("Give one of --list, --history, --held");
		}
		List<String> forms = (this.list || this.history || this.held) ? List.of() : this.key.forms();
		try (Application app = Application.start(this.main)) {
			Approvals approvals = app.bean(Approvals.class);
			if (this.list) {
				printEvents(approvals.list(this.key.unit, this.key.period), app.locale());
				return 0;
			}
			if (this.history) {
				printEvents(approvals.history(this.key.form, this.key.unit, this.key.period), app.locale());
				return 0;
			}
			if (this.held) {
				printHeld(approvals.held());
				return 0;
			}
			String actor = ApprovalOptions.actor();
			List<ApprovalAnswer> answers = forms.stream()
				.map((form) -> approvals.approve(form, this.key.unit, this.key.period, actor))
				.toList();
			return ApprovalOptions.print(answers, app.locale());
		}
	}

	private static void printEvents(List<ApprovalEvent> events, Locale locale) {
		System.out.printf("%-5s %-8s %-8s %-18s %-19s %-24s %s%n", "FORM", "UNIT", "PERIOD", "STATE", "AT", "BY",
				"REASON");
		for (ApprovalEvent event : events) {
			System.out.println(OneLine.escape(String.format("%-5s %-8s %-8s %-18s %-19s %-24s %s", event.form(),
					event.reportingUnit(), event.period(), Approvals.stateLabel(event, locale),
					TIME.format(event.actedAt()), event.actor(), (event.reason() != null) ? event.reason() : "")));
		}
	}

	private static void printHeld(List<HeldFiles.HeldFile> files) {
		System.out.printf("%-19s %-10s %-8s %-8s %s%n", "HELD AT", "FORM", "UNIT", "PERIOD", "FILE");
		for (HeldFiles.HeldFile file : files) {
			System.out.println(OneLine.escape(String.format("%-19s %-10s %-8s %-8s %s", TIME.format(file.heldAt()),
					file.form(), file.reportingUnit(), file.period(), file.path())));
		}
	}

}
