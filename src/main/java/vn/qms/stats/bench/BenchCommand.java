package vn.qms.stats.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.ingest.bulk.Bm04Figures;
import vn.qms.stats.ingest.bulk.Bm04Staging;
import vn.qms.stats.system.QmsStatsApplication;

/**
 * {@code bench bm04 --rows 100000,1000000 --db jdbc:postgresql://127.0.0.1:5432/qms_bench}:
 * creates the database, and for each row count generates a BM04 workbook, loads it with
 * the bare fastexcel→COPY pipeline, then with the streaming BM04 step of the application,
 * computes the figures, and prints seconds, rows/s and peak heap per stage; drops the
 * database at the end.
 */
public final class BenchCommand {

	private BenchCommand() {
	}

	public static void main(String[] args) throws Exception {
		System.exit(run(args));
	}

	public static int run(String... args) throws Exception {
		List<Long> counts = new ArrayList<>(List.of(100_000L, 1_000_000L));
		String url = "jdbc:postgresql://127.0.0.1:5432/qms_bench";
		Path folder = Files.createTempDirectory("qms-bench");
		for (int i = 0; i < args.length - 1; i++) {
			switch (args[i]) {
				case "--rows" -> counts = Arrays.stream(args[++i].split(",")).map(Long::valueOf).toList();
				case "--db" -> url = args[++i];
				case "--dir" -> folder = Files.createDirectories(Path.of(args[++i]));
				default -> {
				}
			}
		}
		String server = url.substring(0, url.lastIndexOf('/') + 1);
		String name = url.substring(url.lastIndexOf('/') + 1);
		admin(server, "create database " + name);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(QmsStatsApplication.class).run(
				"--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--logging.level.vn.qms.stats=warn")) {
			System.out.printf("%-10s %-22s %9s %12s %10s%n", "rows", "stage", "seconds", "rows/s", "peak MB");
			for (long rows : counts) {
				bench(context, url, folder, rows);
			}
		}
		finally {
			admin(server, "drop database if exists " + name + " with (force)");
		}
		return 0;
	}

	private static void bench(ConfigurableApplicationContext context, String url, Path folder, long rows)
			throws Exception {
		Path file = folder.resolve("bm04-" + rows + ".xlsx");
		stage(rows, "generate .xlsx", () -> Bm04Generator.of(rows).write(file));
		for (int warm = 0; warm < 2; warm++) {
			stage(rows, (warm == 0) ? "baseline (warm-up)" : "baseline fastexcel→COPY",
					() -> Bm04Baseline.run(file, url));
		}
		long[] execution = new long[1];
		stage(rows, "loadBm04 step", () -> execution[0] = load(context, file).getId());
		String table = new Bm04Staging(context.getBean(DataSource.class), execution[0], "BM04").table();
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		jdbc.execute("analyze " + table);
		int[] lines = new int[1];
		stage(rows, "figures (SQL)",
				() -> lines[0] = new Bm04Figures(jdbc).compute(table, null, LocalDate.of(2026, 9, 30)).size());
		System.out.printf("%-10d %-22s %s lines, %s MB file%n", rows, "", lines[0], Files.size(file) >> 20);
		Files.deleteIfExists(file);
	}

	private static JobExecution load(ConfigurableApplicationContext context, Path file) throws Exception {
		Job job = new JobBuilder("bm04Bench", context.getBean(JobRepository.class))
			.start(context.getBean("loadBm04", Step.class))
			.build();
		return context.getBean(JobOperator.class)
			.start(job,
					new JobParametersBuilder().addString("file", file.toString())
						.addLong("run", System.nanoTime())
						.toJobParameters());
	}

	private interface Stage {

		Object run() throws Exception;

	}

	private static void stage(long rows, String name, Stage stage) throws Exception {
		try (HeapPeak heap = new HeapPeak()) {
			long start = System.nanoTime();
			stage.run();
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf("%-10d %-22s %9.2f %12.0f %10d%n", rows, name, seconds, rows / seconds, heap.megabytes());
		}
	}

	private static void admin(String server, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(server + "postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
