package vn.qms.stats.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.qms.stats.report.ReportBenchmark;
import vn.qms.stats.report.ReportTemplates;

/**
 * Benchmarks that print figures (never timed tests): see docs/benchmarks.md.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
		description = "Đo hiệu năng / Benchmarks that print timings (docs/benchmarks.md)",
		subcommands = { BenchCommand.Reports.class, vn.qms.stats.bench.BenchCommand.Bm04.class,
				vn.qms.stats.bench.ConsoleUpload.class, vn.qms.stats.bench.StartupBench.class })
class BenchCommand {

	@Command(name = "reports", mixinStandardHelpOptions = true,
			description = "Render the national review (63 provinces x 6 years) and a quarterly "
					+ "report with 1,000 agencies repeatedly; print median and worst seconds")
	static class Reports implements Callable<Integer> {

		@Option(names = "--warm-up", defaultValue = "" + ReportBenchmark.WARM_UP)
		int warmUp;

		@Option(names = "--runs", defaultValue = "" + ReportBenchmark.RUNS)
		int runs;

		@Override
		public Integer call() throws Exception {
			ReportBenchmark.print(new ReportBenchmark(new ReportTemplates()).run(this.warmUp, this.runs), System.out);
			return 0;
		}

	}

}
