package vn.qms.stats.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.reference.ReferenceUnits;
import vn.qms.stats.report.IngestReports;
import vn.qms.stats.report.QuarterlyReports;
import vn.qms.stats.report.ReportFormat;
import vn.qms.stats.report.ReviewReports;
import vn.qms.stats.report.StatusReports;

@Command(name = "report", mixinStandardHelpOptions = true,
		description = "Lập báo cáo PDF/XLSX / Render a report to PDF and XLSX")
class ReportCommand implements Callable<Integer> {

	static final List<String> KINDS = List.of("quarterly", "review", "status", "ingest");

	@ParentCommand
	Main main;

	@Mixin
	ScopeOptions scope;

	@Parameters(index = "0", paramLabel = "KIND", description = "quarterly, review, status or ingest")
	String kind;

	@Option(names = "--format", split = ",", defaultValue = "pdf,xlsx", paramLabel = "pdf,xlsx")
	List<String> formats;

	@Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: qms.output, ./out)")
	Path out;

	@Override
	public Integer call() throws Exception {
		if (!KINDS.contains(this.kind)) {
			throw new UsageException("Unknown report '" + this.kind + "'; use one of " + String.join(", ", KINDS));
		}
		PeriodOptions periods = this.scope.periods();
		if (periods.periods().size() > 1 && !"review".equals(this.kind)) {
			throw new UsageException("--from/--to is for the review; give --period for " + this.kind);
		}
		Set<ReportFormat> chosen = formats();
		try (Application app = Application.start(this.main)) {
			this.scope.requireKnownUnit(app.bean(ReferenceUnits.class));
			Path outDir = (this.out != null) ? this.out : app.properties().output();
			List<FigureScope> scopes = this.scope.scopes(periods, app.properties());
			for (Path file : render(app, scopes, app.locale(), chosen, outDir)) {
				System.out.println(file);
			}
		}
		return 0;
	}

	private List<Path> render(Application app, List<FigureScope> scopes, Locale locale, Set<ReportFormat> chosen,
			Path outDir) throws IOException {
		FigureScope scope = scopes.get(0);
		return switch (this.kind) {
			case "quarterly" -> app.bean(QuarterlyReports.class).render(scope, locale, chosen, outDir);
			case "status" -> app.bean(StatusReports.class).render(scope, locale, chosen, outDir);
			case "ingest" -> app.bean(IngestReports.class).render(scope, locale, chosen, outDir);
			default -> app.bean(ReviewReports.class).render(scopes, locale, chosen, outDir);
		};
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
