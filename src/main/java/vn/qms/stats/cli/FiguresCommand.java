package vn.qms.stats.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import vn.qms.stats.metrics.FigureCsv;
import vn.qms.stats.metrics.FigureJson;
import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.metrics.FigureService;
import vn.qms.stats.metrics.FigureSink;
import vn.qms.stats.reference.ReferenceUnits;
import vn.qms.stats.system.DatabaseApplication;

@Command(name = "figures", mixinStandardHelpOptions = true,
		description = "In các chỉ số của một đơn vị và kỳ / Print the figures of a unit and period")
class FiguresCommand implements Callable<Integer> {

	@ParentCommand
	Main main;

	@Mixin
	ScopeOptions scope;

	@Option(names = "--format", defaultValue = "csv", paramLabel = "csv|json")
	OutputFormat format;

	@Option(names = "--children",
			description = "Các chỉ số của từng đơn vị trực thuộc / The figures of each unit directly under the unit")
	boolean children;

	@Override
	public Integer call() {
		PeriodOptions periods = this.scope.periods();
		try (Application app = Application.start(DatabaseApplication.class, this.main, DatabaseApplication.READ_ONLY)) {
			this.scope.requireKnownUnit(app.bean(ReferenceUnits.class));
			FigureService service = app.bean(FigureService.class);
			PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
			// written out as they come: a province's figures per procedure are hundreds
			// of thousands of lines
			try (FigureSink sink = (this.format == OutputFormat.json) ? FigureJson.open(out) : FigureCsv.open(out)) {
				for (FigureScope scope : this.scope.scopes(periods, app.properties())) {
					boolean data = this.children ? service.hasData(scope) : service.figuresIfData(scope, sink);
					if (!data) {
						System.err.printf("Chưa có số liệu của %s kỳ %s / No data for %s in %s%n", scope.unitCode(),
								scope.periodCode(), scope.unitCode(), scope.periodCode());
					}
					if (this.children && service.childFigures(scope, sink).isEmpty()) {
						System.err.printf("Không có đơn vị trực thuộc %s kỳ %s / No units under %s in %s%n",
								scope.unitCode(), scope.periodCode(), scope.unitCode(), scope.periodCode());
					}
				}
			}
			out.flush();
		}
		return 0;
	}

	enum OutputFormat {

		csv, json

	}

}
