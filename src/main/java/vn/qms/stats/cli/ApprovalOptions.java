package vn.qms.stats.cli;

import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Option;

import vn.qms.stats.approval.ApprovalAnswer;
import vn.qms.stats.ingest.form.FormDefinition;
import vn.qms.stats.ingest.form.Forms;

/**
 * The key of {@code approve} and {@code unapprove}: a form (all four when omitted), a
 * unit and a period.
 */
class ApprovalOptions {

	@Option(names = "--form", paramLabel = "BM0n", description = "Form BM01..BM04 (default: all four)")
	String form;

	@Option(names = "--unit", paramLabel = "CODE", description = "Reporting unit code, e.g. 91, VN, BKHCN")
	String unit;

	@Option(names = "--period", paramLabel = "P", description = "Period, e.g. 2020, 2026-Q3, \"Quý III/2026\"")
	String period;

	/** The forms asked for; a missing unit or period is a usage error (exit status 2). */
	List<String> forms() {
		if (this.unit == null || this.period == null) {
			throw new UsageException("Give --unit and --period (and --form, else all four forms)");
		}
		if (this.form != null) {
			return List.of(this.form.toUpperCase(Locale.ROOT));
		}
		return Forms.all().stream().map(FormDefinition::code).toList();
	}

	/** Who acts from the command line: {@code cli:<os user>}. */
	static String actor() {
		return "cli:" + System.getProperty("user.name", "unknown");
	}

	/**
	 * Prints the answers, one line each; the exit status: 2 for a form, unit, period or
	 * reason that is not valid, 1 when someone else changed a key at the same moment,
	 * else 0 (an approved key approved again, or a key withdrawn that was not approved,
	 * is left as asked and says so).
	 */
	static int print(List<ApprovalAnswer> answers, Locale locale) {
		for (ApprovalAnswer answer : answers) {
			if (answer.status() == ApprovalAnswer.Status.INVALID) {
				throw new UsageException(
						answer.message(Locale.forLanguageTag("vi")) + " / " + answer.message(Locale.ENGLISH));
			}
			System.out.println(answer.message(locale));
		}
		return answers.stream().anyMatch((answer) -> answer.status() == ApprovalAnswer.Status.BUSY) ? 1 : 0;
	}

}
