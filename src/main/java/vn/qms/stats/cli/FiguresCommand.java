package vn.qms.stats.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import vn.qms.stats.metrics.Figure;
import vn.qms.stats.metrics.FigureCsv;
import vn.qms.stats.metrics.FigureJson;
import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.metrics.FigureService;

@Command(name = "figures", description = "In các chỉ số của một đơn vị và kỳ / Print the figures of a unit and period")
class FiguresCommand implements Callable<Integer> {

	@ParentCommand
	Main main;

	@Option(names = "--unit", required = true, paramLabel = "CODE", description = "Unit code, e.g. VN, 91, BKHCN")
	String unit;

	@Option(names = "--period", paramLabel = "P", description = "Period, e.g. 2020, 2026-Q3, \"Quý III/2026\"")
	String period;

	@Option(names = "--from", paramLabel = "YEAR", description = "First year of a range (with --to)")
	Integer from;

	@Option(names = "--to", paramLabel = "YEAR", description = "Last year of a range (with --from)")
	Integer to;

	@Option(names = "--format", defaultValue = "csv", paramLabel = "csv|json")
	OutputFormat format;

	@Option(names = "--restate", paramLabel = "current", description = "Restate history in today's units")
	String restate;

	@Option(names = "--carry-forward",
			description = "Count a unit that did not submit with its latest earlier data (marked in JSON)")
	boolean carryForward;

	@Override
	public Integer call() {
		PeriodOptions periods = PeriodOptions.of(this.period, this.from, this.to);
		if (this.restate != null && !"current".equals(this.restate)) {
			throw new UsageException("--restate takes only 'current', not: " + this.restate);
		}
		try (Application app = Application.start(this.main)) {
			FigureService service = app.bean(FigureService.class);
			List<Figure> figures = new ArrayList<>();
			for (FigureScope scope : periods.scopes(this.unit, app.properties(), this.restate != null,
					this.carryForward)) {
				if (!service.hasData(scope)) {
					System.err.printf("Chưa có số liệu của %s kỳ %s / No data for %s in %s%n", this.unit,
							scope.periodCode(), this.unit, scope.periodCode());
				}
				figures.addAll(service.figures(scope));
			}
			PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
			switch (this.format) {
				case csv -> FigureCsv.write(figures, out);
				case json -> FigureJson.write(figures, out);
			}
			out.flush();
		}
		return 0;
	}

	enum OutputFormat {

		csv, json

	}

}
