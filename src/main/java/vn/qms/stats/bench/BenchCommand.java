package vn.qms.stats.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.ingest.IngestVerdict;
import vn.qms.stats.ingest.Ingestor;
import vn.qms.stats.ingest.worker.ParseWorkers;
import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.metrics.FigureService;
import vn.qms.stats.reference.CutOffRule;
import vn.qms.stats.reference.Period;
import vn.qms.stats.system.QmsProperties;
import vn.qms.stats.system.QmsStatsApplication;

/**
 * {@code bench bm04 --rows 100000,1000000 --db jdbc:postgresql://127.0.0.1:5432/qms_bench}:
 * creates the database, and for each row count generates a BM04 workbook, loads it with
 * the bare fastexcel→COPY pipeline, then ingests it through the real {@code ingestJob}
 * ({@code loadBm04}, {@code swapBm04}), computes the figures, and prints seconds, rows/s
 * and peak heap per stage; drops the database at the end. {@code --db} is the inherited
 * option of the main command (or of {@link Standalone}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Đo hiệu năng / Benchmarks (PostgreSQL)",
		subcommands = { BenchCommand.Bm04.class, ConsoleUpload.class })
public final class BenchCommand implements Runnable {

	@Spec
	CommandSpec spec;

	/** Runs without the main command: {@code bench bm04 --rows ... --db ...}. */
	public static void main(String[] args) {
		System.exit(new CommandLine(new Standalone()).execute(args));
	}

	@Override
	public void run() {
		this.spec.commandLine().usage(System.out);
	}

	/** The root when run on its own, holding {@code --db} as the main command does. */
	@Command(name = "qms-bench", subcommands = BenchCommand.class)
	static final class Standalone {

		@Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "JDBC_URL")
		String database;

	}

	/** {@code bench bm04}: BM04 ingestion and figures. */
	@Command(name = "bm04", mixinStandardHelpOptions = true,
			description = "BM04: bare fastexcel→COPY, ingestJob, figures")
	public static final class Bm04 implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Option(names = "--rows", split = ",", defaultValue = "100000,1000000", paramLabel = "N[,N...]")
		List<Long> counts;

		@Option(names = "--dir", paramLabel = "FOLDER", description = "Where the workbooks go (default: a temp dir)")
		Path folder;

		@Option(names = "--repeat", defaultValue = "3", paramLabel = "R",
				description = "Rounds of baseline and job for logs up to 1,000,000 rows, each on a log of its own; "
						+ "medians printed (default: ${DEFAULT-VALUE})")
		int repeat;

		@Option(names = "--keep", description = "Keep the database and the workbooks, to look into them afterwards")
		boolean keep;

		@Override
		public Integer call() throws Exception {
			String url = url();
			Path dir = (this.folder != null) ? Files.createDirectories(this.folder)
					: Files.createTempDirectory("qms-bench");
			String server = url.substring(0, url.lastIndexOf('/') + 1);
			String name = url.substring(url.lastIndexOf('/') + 1);
			admin(server, "drop database if exists " + name + " with (force)");
			admin(server, "create database " + name);
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(QmsStatsApplication.class).run(
					"--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
					"--spring.datasource.password=", "--logging.level.vn.qms.stats=warn",
					"--logging.level.org.springframework.batch=warn")) {
				meter = CpuMeter.of(url);
				workers = context.getBean(ParseWorkers.class);
				System.out.printf("%-10s %-26s %9s %12s %10s %9s %9s %9s %9s %10s%n", "rows", "stage", "seconds",
						"rows/s", "peak MB", "cpu java", "cpu pg", "cpu main", "cpu other", "worker MB");
				for (long rows : this.counts) {
					bench(context, url, dir, rows, this.keep, this.repeat);
				}
			}
			finally {
				if (!this.keep) {
					admin(server, "drop database if exists " + name + " with (force)");
				}
			}
			return 0;
		}

		private String url() {
			OptionSpec option = this.spec.findOption("--db");
			String url = (option != null) ? option.getValue() : null;
			if (url == null || !url.startsWith("jdbc:postgresql:")) {
				throw new CommandLine.ParameterException(this.spec.commandLine(),
						"bench bm04 needs --db jdbc:postgresql://host:port/database (created and dropped)");
			}
			return url;
		}

	}

	/** Logs up to this size are ingested {@code --repeat} times, larger ones once. */
	private static final long REPEATED_UP_TO = 1_000_000;

	/** Rows of the log ingested, untimed, before the first timed job of a run. */
	private static final long WARM_UP_ROWS = 100_000;

	private static boolean warm;

	private static void bench(ConfigurableApplicationContext context, String url, Path folder, long rows, boolean keep,
			int repeat) throws Exception {
		Ingestor ingestor = context.getBean(Ingestor.class);
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		if (!warm) {
			// as the baseline gets a warm-up run, so does the job (class loading, JIT)
			Path file = Bm04Generator.of(WARM_UP_ROWS).withSeed(1).write(folder.resolve("bm04-warm-up.xlsx"));
			stage(WARM_UP_ROWS, "ingestJob (warm-up)", () -> ingestor.ingest(file, true));
			Files.deleteIfExists(file);
			warm = true;
		}
		int rounds = (rows <= REPEATED_UP_TO) ? Math.max(1, repeat) : 1;
		double[] baselines = new double[rounds];
		double[] jobs = new double[rounds];
		IngestVerdict[] verdict = new IngestVerdict[1];
		Path file = null;
		for (int round = 0; round < rounds; round++) {
			// a log of its own each round: the same file again would be a duplicate
			Path next = folder.resolve("bm04-" + rows + ((round == 0) ? "" : "-" + round) + ".xlsx");
			Bm04Generator generator = Bm04Generator.of(rows).withSeed(Bm04Generator.of(rows).seed() + round);
			stage(rows, "generate .xlsx", () -> generator.write(next));
			if (round == 0) {
				stage(rows, "baseline (warm-up)", () -> Bm04Baseline.run(next, url));
			}
			baselines[round] = stage(rows, "baseline fastexcel→COPY", () -> Bm04Baseline.run(next, url));
			jobs[round] = stage(rows, "ingestJob (real job)", () -> verdict[0] = ingestor.ingest(next, true));
			steps(jdbc, rows);
			System.out.printf("%-10d %-26s %8.2fx%n", rows, "job / baseline", jobs[round] / baselines[round]);
			if (file != null && !keep) {
				Files.deleteIfExists(file);
			}
			file = next;
		}
		if (rounds > 1) {
			double baseline = median(baselines);
			double job = median(jobs);
			System.out.printf("%-10d %-26s %9.2f%n", rows, "baseline, median of " + rounds, baseline);
			System.out.printf("%-10d %-26s %9.2f%n", rows, "ingestJob, median of " + rounds, job);
			System.out.printf("%-10d %-26s %8.2fx%n", rows, "job / baseline, medians", job / baseline);
		}
		if (verdict[0].outcome() != IngestVerdict.Outcome.ACCEPTED) {
			System.out.printf("%-10d %s%n", rows, verdict[0].line(java.util.Locale.ENGLISH));
			return;
		}
		// the figures of the province-quarter, as `figures --unit 91 --period 2026-Q3`
		// computes them
		FigureScope scope = FigureScope.of(Bm04Generator.UNIT, Period.ofQuarter(2026, 3),
				CutOffRule.of(context.getBean(QmsProperties.class).cutOffRule()));
		int[] lines = new int[1];
		for (int run = 0; run < 2; run++) {
			// counted as they come, as `figures` writes them out
			lines[0] = 0;
			stage(rows, (run == 0) ? "figures (first)" : "figures (again)", () -> {
				context.getBean(FigureService.class).figures(scope, (figure) -> lines[0]++);
				return lines[0];
			});
		}
		System.out.printf("%-10d %-26s %s, %d rows stored, %d lines of figures, %d MB file%n", rows, "",
				verdict[0].outcome(), verdict[0].rows(), lines[0], Files.size(file) >> 20);
		if (!keep) {
			Files.deleteIfExists(file);
		}
		if (rows <= BAD_ROWS_UP_TO) {
			badRows(context, folder, rows, keep);
		}
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		java.util.Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	/** The bad-row run is made for logs up to this size (it shows a per-row cost). */
	private static final long BAD_ROWS_UP_TO = 1_000_000;

	/**
	 * The same log with one row in ten breaking a rule: rejected, but its load step shows
	 * what a bad row costs next to a good one.
	 */
	private static void badRows(ConfigurableApplicationContext context, Path folder, long rows, boolean keep)
			throws Exception {
		Path bad = Bm04Generator.of(rows).withBadShare(0.1).write(folder.resolve("bm04-bad-" + rows + ".xlsx"));
		IngestVerdict[] verdict = new IngestVerdict[1];
		stage(rows, "ingestJob, 10 % bad rows", () -> verdict[0] = context.getBean(Ingestor.class).ingest(bad, true));
		steps(context.getBean(JdbcTemplate.class), rows);
		System.out.printf("%-10d %-26s %s, %d rows, %d problems listed%n", rows, "", verdict[0].outcome(),
				verdict[0].rows(), verdict[0].problems().size());
		if (!keep) {
			Files.deleteIfExists(bad);
		}
	}

	/** The steps of the last ingestJob run, timed by Spring Batch. */
	private static void steps(JdbcTemplate jdbc, long rows) {
		jdbc.query(
				"select step_name, start_time, end_time from batch_step_execution where job_execution_id = "
						+ "(select max(job_execution_id) from batch_job_execution) order by step_execution_id",
				(rs) -> {
					Timestamp start = rs.getTimestamp(2);
					Timestamp end = rs.getTimestamp(3);
					double seconds = (end.getTime() - start.getTime()) / 1000.0;
					System.out.printf("%-10d %-26s %9.2f %12.0f %10s%n", rows, "  step " + rs.getString(1), seconds,
							rows / Math.max(seconds, 0.001), "");
				});
	}

	private interface Stage {

		Object run() throws Exception;

	}

	/** CPU seconds of this process and of the server, per stage. */
	private static CpuMeter meter;

	/** The parsing workers of the job, whose peak heap each stage prints. */
	private static ParseWorkers workers;

	/** Runs and prints a stage; its seconds. */
	private static double stage(long rows, String name, Stage stage) throws Exception {
		workers.peakHeapMegabytes();
		try (HeapPeak heap = new HeapPeak()) {
			double[] cpu = meter.read();
			long start = System.nanoTime();
			stage.run();
			double seconds = (System.nanoTime() - start) / 1e9;
			// a closed connection's backend ends a moment later: let the server reap it
			Thread.sleep(300);
			double[] used = meter.read();
			long worker = workers.peakHeapMegabytes();
			System.out.printf("%-10d %-26s %9.2f %12.0f %10d %9.2f %9s %9.2f %9.2f %10s%n", rows, name, seconds,
					rows / seconds, heap.megabytes(), used[0] - cpu[0],
					(cpu[1] < 0 || used[1] < 0) ? "?" : String.format("%.2f", used[1] - cpu[1]), used[2] - cpu[2],
					used[0] - cpu[0] - (used[2] - cpu[2]), (worker >= 0) ? String.valueOf(worker) : "-");
			return seconds;
		}
	}

	static void admin(String server, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(server + "postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
