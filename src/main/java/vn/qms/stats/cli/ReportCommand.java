package vn.qms.stats.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import vn.qms.stats.reference.CutOffRule;
import vn.qms.stats.reference.Period;
import vn.qms.stats.report.ReportFormat;
import vn.qms.stats.report.ReviewReports;

@Command(name = "report", description = "Lập báo cáo PDF/XLSX / Render a report to PDF and XLSX")
class ReportCommand implements Callable<Integer> {

	@ParentCommand
	Main main;

	@Parameters(index = "0", paramLabel = "KIND", description = "review (quarterly, status, ingest: not yet)")
	String kind;

	@Option(names = "--unit", required = true, paramLabel = "CODE")
	String unit;

	@Option(names = "--period", required = true, paramLabel = "P")
	String period;

	@Option(names = "--format", split = ",", defaultValue = "pdf,xlsx", paramLabel = "pdf,xlsx")
	List<String> formats;

	@Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: qms.output, ./out)")
	Path out;

	@Option(names = "--restate", paramLabel = "current", description = "Restate in today's units (not yet)")
	String restate;

	@Override
	public Integer call() throws Exception {
		if (!"review".equals(this.kind)) {
			throw new UsageException("Report '" + this.kind + "' is not yet available; available: review");
		}
		if (this.restate != null) {
			throw new UsageException("--restate is not yet available (issue #4)");
		}
		Period parsed = PeriodOptions.of(this.period, null, null).periods().get(0);
		Set<ReportFormat> chosen = formats();
		try (Application app = Application.start(this.main)) {
			Path outDir = (this.out != null) ? this.out : app.properties().output();
			Locale locale = app.locale();
			CutOffRule rule = CutOffRule.of(app.properties().cutOffRule());
			for (Path file : app.bean(ReviewReports.class).render(this.unit, parsed, rule, locale, chosen, outDir)) {
				System.out.println(file);
			}
		}
		return 0;
	}

	private Set<ReportFormat> formats() {
		Set<ReportFormat> chosen = EnumSet.noneOf(ReportFormat.class);
		for (String format : this.formats) {
			try {
				chosen.add(ReportFormat.valueOf(format.trim().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new UsageException("Unknown format '" + format + "'; use pdf, xlsx or both: pdf,xlsx");
			}
		}
		return chosen;
	}

}
