package vn.qms.stats.bench;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench startup}: each command as a user or a script runs it, a cold process of
 * {@code java -jar}, timed from outside (median of {@code --runs}) on the demo's embedded
 * database; then, with {@code --db} on PostgreSQL, a cold {@code ingest} of a BM04 log
 * against the bare fastexcel→COPY pipeline as a cold process, in the same run, with the
 * peak heap of the ingest process and of its parsing worker.
 */
@Command(name = "startup", mixinStandardHelpOptions = true,
		description = "Cold wall time of each command as a process of its own; cold ingest of a BM04 log "
				+ "against the bare pipeline (with --db jdbc:postgresql://...)")
public final class StartupBench implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--runs", defaultValue = "5", description = "Cold runs of each command (default: ${DEFAULT-VALUE})")
	int runs;

	@Option(names = "--rows", split = ",", defaultValue = "1000000", paramLabel = "N[,N...]",
			description = "Rows of the BM04 logs ingested with --db (default: ${DEFAULT-VALUE})")
	List<Long> counts;

	@Option(names = "--rounds", defaultValue = "3", description = "Rounds of baseline and ingest per row count")
	int rounds;

	@Option(names = "--samples", defaultValue = "input-samples", paramLabel = "DIR")
	Path samples;

	@Option(names = "--dir", paramLabel = "FOLDER", description = "Work folder (default: a temp dir)")
	Path folder;

	/** The system property that makes {@code ingest} write its peak heap to a file. */
	public static final String HEAP_REPORT = "qms.bench.heap-report";

	private Path jar;

	private Path work;

	@Override
	public Integer call() throws Exception {
		this.jar = Path.of(System.getProperty("java.class.path")).toAbsolutePath();
		if (!this.jar.toString().endsWith(".jar") || !Files.isRegularFile(this.jar)) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"bench startup times the jar: run it as java -jar target/qms-stats.jar bench startup");
		}
		this.work = (this.folder != null) ? Files.createDirectories(this.folder)
				: Files.createTempDirectory("qms-startup");
		Path samples = this.samples.toAbsolutePath();
		System.out.printf("load average at start: %s%n", load());
		exec(List.of("-jar", this.jar.toString(), "demo", "--samples", samples.toString(), "--out",
				this.work.resolve("out").toString()));
		List<List<String>> commands = List.of(List.of("--version"), List.of("--help"), List.of("figures", "--help"),
				List.of("figures", "--unit", "VN", "--period", "2020"), List.of("jobs"),
				List.of("inspect", samples.resolve("bm02_quoc-gia_2020.xlsx").toString()));
		System.out.printf("%-45s %8s %8s %8s  %s%n", "command (java -jar qms-stats.jar ...)", "median", "min", "max",
				"load average after");
		for (List<String> command : commands) {
			List<String> line = new ArrayList<>(List.of("-jar", this.jar.toString()));
			line.addAll(command);
			double[] seconds = new double[this.runs];
			for (int i = 0; i < this.runs; i++) {
				seconds[i] = exec(line);
			}
			Arrays.sort(seconds);
			System.out.printf("%-45s %8.2f %8.2f %8.2f  %s%n", shown(command), median(seconds), seconds[0],
					seconds[seconds.length - 1], load());
		}
		String url = url();
		if (url != null) {
			for (long rows : this.counts) {
				ingest(url, rows);
			}
		}
		return 0;
	}

	private void ingest(String url, long rows) throws Exception {
		String server = url.substring(0, url.lastIndexOf('/') + 1);
		String name = url.substring(url.lastIndexOf('/') + 1);
		admin(server, "drop database if exists " + name + " with (force)");
		admin(server, "create database " + name);
		try {
			// the schema and reference data, untimed: a first start of a new version
			Path warmUp = Bm04Generator.of(1000).withSeed(1).write(inbox("warm-up").resolve("bm04-warm-up.xlsx"));
			exec(List.of("-Xmx256m", "-jar", this.jar.toString(), "--db", url, "ingest", warmUp.toString()));
			double[] baseline = new double[this.rounds];
			double[] ingest = new double[this.rounds];
			long ingestHeap = -1;
			long oldHeap = -1;
			long workerHeap = -1;
			for (int round = 0; round < this.rounds; round++) {
				Path file = Bm04Generator.of(rows)
					.withSeed(Bm04Generator.of(rows).seed() + round)
					.write(inbox(rows + "-" + round).resolve("bm04-" + rows + "-" + round + ".xlsx"));
				baseline[round] = exec(
						List.of("-Xmx256m", "-cp", this.jar.toString(), "-Dloader.main=" + Bm04Baseline.class.getName(),
								"org.springframework.boot.loader.launch.PropertiesLauncher", file.toString(), url));
				// the ingest process (the one java -jar starts passes it on) writes its
				// peak
				// heap and its workers' there
				Path heap = this.work.resolve("heap-" + rows + "-" + round + ".properties");
				Files.deleteIfExists(heap);
				ingest[round] = exec(List.of("-Xmx256m", "-D" + HEAP_REPORT + "=" + heap, "-jar", this.jar.toString(),
						"--db", url, "ingest", file.toString()));
				Properties peaks = heapReport(heap);
				long ingestPeak = Long.parseLong(peaks.getProperty("ingest", "-1"));
				long oldPeak = Long.parseLong(peaks.getProperty("old", "-1"));
				long workerPeak = Long.parseLong(peaks.getProperty("workers", "-1"));
				ingestHeap = Math.max(ingestHeap, ingestPeak);
				oldHeap = Math.max(oldHeap, oldPeak);
				workerHeap = Math.max(workerHeap, workerPeak);
				System.out.printf(
						"%,d rows, round %d: baseline %.2f s, ingest %.2f s (%.2f×), peak heap ingest %s (old "
								+ "generation %s), worker %s, load average %s%n",
						rows, round + 1, baseline[round], ingest[round], ingest[round] / baseline[round],
						megabytes(ingestPeak), megabytes(oldPeak), megabytes(workerPeak), load());
				Files.deleteIfExists(file.getParent().resolve("processed").resolve(file.getFileName()));
			}
			Arrays.sort(baseline);
			Arrays.sort(ingest);
			System.out.printf("%,d rows, medians of %d: baseline %.2f s, ingest %.2f s: %.2f×%n", rows, this.rounds,
					median(baseline), median(ingest), median(ingest) / median(baseline));
			System.out.printf("%,d rows, largest peak heap of %d: ingest %s (old generation %s), worker %s%n", rows,
					this.rounds, megabytes(ingestHeap), megabytes(oldHeap), megabytes(workerHeap));
		}
		finally {
			admin(server, "drop database if exists " + name + " with (force)");
		}
	}

	/**
	 * What the ingest process wrote at {@code -D}{@value #HEAP_REPORT}; empty if none.
	 */
	private static Properties heapReport(Path file) throws IOException {
		Properties peaks = new Properties();
		if (Files.isRegularFile(file)) {
			try (Reader reader = Files.newBufferedReader(file)) {
				peaks.load(reader);
			}
		}
		return peaks;
	}

	private static String megabytes(long megabytes) {
		return (megabytes < 0) ? "n/a" : megabytes + " MB";
	}

	private Path inbox(String name) throws IOException {
		return Files.createDirectories(this.work.resolve("inbox-" + name));
	}

	/**
	 * Runs {@code java} with these arguments in the work folder; answers wall seconds.
	 */
	private double exec(List<String> arguments) throws IOException, InterruptedException {
		List<String> line = new ArrayList<>();
		line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		line.addAll(arguments);
		Path log = this.work.resolve("last-command.log");
		long start = System.nanoTime();
		Process process = new ProcessBuilder(line).directory(this.work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		int status = process.waitFor();
		double seconds = (System.nanoTime() - start) / 1e9;
		if (status != 0) {
			throw new IllegalStateException(
					"Exit status " + status + " of " + String.join(" ", line) + ":\n" + Files.readString(log));
		}
		return seconds;
	}

	private String url() {
		OptionSpec option = this.spec.findOption("--db");
		String url = (option != null) ? option.getValue() : null;
		return (url != null && url.startsWith("jdbc:postgresql:")) ? url : null;
	}

	private static String shown(List<String> command) {
		String shown = String.join(" ", command);
		return (shown.length() > 45) ? shown.substring(0, 42) + "..." : shown;
	}

	private static double median(double[] sorted) {
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static String load() {
		return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	private static void admin(String server, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(server + "postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
