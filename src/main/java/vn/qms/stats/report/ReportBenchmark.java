package vn.qms.stats.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How long rendering takes for the largest reports: the national review of 63 provinces
 * (and 22 ministries) over 6 years, and the quarterly report of a province with 1,000
 * agencies, each to PDF and XLSX, timed after warm-up. Not a test: the lead wires
 * {@link #run} to a {@code bench} command.
 */
public final class ReportBenchmark {

	/** Renders before timing (templates compiled, JIT warm). */
	public static final int WARM_UP = 5;

	/** Timed renders of each report. */
	public static final int RUNS = 10;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final ReportTemplates templates;

	public ReportBenchmark(ReportTemplates templates) {
		this.templates = templates;
	}

	/**
	 * The timings of one report in one set of formats, in seconds.
	 *
	 * @param report what was rendered
	 * @param formats the formats written by each run
	 * @param median the median of the runs
	 * @param max the slowest run
	 */
	public record Result(String report, String formats, double median, double max) {

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%-44s %-9s median %6.3f s   max %6.3f s", this.report, this.formats,
					this.median, this.max);
		}

	}

	/** Renders each report {@code warmUp + runs} times into a temporary folder. */
	public List<Result> run(int warmUp, int runs) throws IOException {
		Path out = Files.createTempDirectory("qms-bench");
		List<Result> results = new ArrayList<>();
		ReviewReportRenderer review = new ReviewReportRenderer(this.templates);
		QuarterlyReportRenderer quarterly = new QuarterlyReportRenderer(this.templates);
		ReviewModel national = BenchmarkModels.nationalReview();
		QuarterlyModel province = BenchmarkModels.quarterlyReport();
		String reviewName = "review VN 63 provinces + 22 ministries x 6 yrs";
		String quarterlyName = "quarterly 66, 1,000 agencies";
		for (Set<ReportFormat> formats : List.of(EnumSet.of(ReportFormat.PDF), EnumSet.of(ReportFormat.XLSX),
				EnumSet.allOf(ReportFormat.class))) {
			results
				.add(time(reviewName, formats, warmUp, runs, () -> review.render(national, VIETNAMESE, formats, out)));
			results.add(time(quarterlyName, formats, warmUp, runs,
					() -> quarterly.render(province, VIETNAMESE, formats, out)));
		}
		return results;
	}

	/** Prints the results, one line per report and formats. */
	public static void print(List<Result> results, PrintStream out) {
		results.forEach(out::println);
	}

	public static void main(String[] args) throws IOException {
		print(new ReportBenchmark(new ReportTemplates()).run(WARM_UP, RUNS), System.out);
	}

	private static Result time(String report, Set<ReportFormat> formats, int warmUp, int runs, Render render)
			throws IOException {
		for (int i = 0; i < warmUp; i++) {
			render.run();
		}
		List<Double> seconds = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			render.run();
			seconds.add((System.nanoTime() - start) / 1e9);
		}
		Collections.sort(seconds);
		double median = (seconds.get((runs - 1) / 2) + seconds.get(runs / 2)) / 2;
		String names = String.join("+", formats.stream().map(ReportFormat::extension).toList());
		return new Result(report, names, median, seconds.get(runs - 1));
	}

	@FunctionalInterface
	private interface Render {

		void run() throws IOException;

	}

}
