package vn.qms.stats.ingest.corpus;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.ingest.IngestVerdict;
import vn.qms.stats.ingest.IngestVerdict.Outcome;
import vn.qms.stats.ingest.Ingestor;
import vn.qms.stats.ingest.Problem;
import vn.qms.stats.ingest.samples.NationalBm02;
import vn.qms.stats.ingest.samples.SampleWorkbooks;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole {@link BadFileCorpus} through one {@code Ingestor.ingestAll} call on H2 (one
 * application context for the class): every file gets the verdict and message its case
 * names, in Vietnamese and English, at the right cell; it ends in {@code rejected/} or
 * {@code processed/} with its result files; nothing of a rejected file is stored; and the
 * run neither crashes, nor hangs, nor keeps much memory. Then the same corpus once
 * through the command line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadFileCorpusFunctionalTests {

	static final Locale VI = Locale.forLanguageTag("vi");

	/**
	 * Heap still used after the run and a full GC. Coarse: {@code System.gc()} is a hint
	 * and the figure includes the application context; it catches a reader that keeps a
	 * zip bomb's or a 16,384-column sheet's content, not a leak of a few MB.
	 */
	static final long MAX_HEAP_AFTER_RUN = 512L * 1024 * 1024;

	@TempDir
	Path work;

	private TestDatabase database;

	private ConfigurableApplicationContext context;

	@BeforeAll
	void start() {
		this.database = TestDatabase.h2();
		this.context = this.database.start();
	}

	@AfterAll
	void stop() {
		this.database.close();
	}

	@Test
	@Timeout(120)
	void shouldGiveEveryFileOfTheCorpusItsVerdictAndMessageAndStoreNothingOfARejectedFile() throws Exception {
		// given
		Path input = this.work.resolve("input");
		List<Case> cases = BadFileCorpus.write(input, this.work.resolve("scratch"));
		Map<String, String> sha256 = hashes(input, cases);
		// when
		List<IngestVerdict> verdicts = this.context.getBean(Ingestor.class).ingestAll(List.of(input), false);
		// then
		assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
		assertThat(verdicts).extracting((verdict) -> verdict.file().getFileName().toString())
			.containsExactlyElementsOf(cases.stream().map(Case::fileName).toList());
		Map<String, IngestVerdict> byName = verdicts.stream()
			.collect(Collectors.toMap((verdict) -> verdict.file().getFileName().toString(), Function.identity()));
		JdbcTemplate jdbc = this.context.getBean(JdbcTemplate.class);
		for (Case expected : cases) {
			IngestVerdict verdict = byName.get(expected.fileName());
			CorpusAssertions.assertVerdict(expected, verdict);
			CorpusAssertions.assertPlace(expected, input);
			assertThat(jdbc.queryForObject("select count(*) from submission where file_sha256 = ?", Integer.class,
					sha256.get(expected.fileName())))
				.as(expected.fileName())
				.isEqualTo(expected.isRejected() ? 0 : 1);
		}
		assertThat(usedHeapAfterGc()).isLessThan(MAX_HEAP_AFTER_RUN);
	}

	/**
	 * The whole corpus and a good file through {@code ingest} as a user runs it: a JVM of
	 * its own with a 256 MB heap, on a database of its own (so that no file is a
	 * duplicate of the other test's). Every file gets a verdict line and its result
	 * files, none a system error; the good file is accepted, the process ends by itself
	 * with status 3, and the database answers {@code figures} afterwards.
	 */
	@Test
	@Timeout(600)
	void shouldGiveEveryFileAVerdictInOneIngestWithASmallHeapAndLeaveTheDatabaseUsable() throws Exception {
		// given
		Path input = this.work.resolve("cli");
		List<Case> cases = BadFileCorpus.write(input, this.work.resolve("cli-scratch"));
		SampleWorkbooks.write(input.resolve(GOOD), NationalBm02.ministries("Năm 2020"));
		try (TestDatabase cli = TestDatabase.h2()) {
			// when
			Run ingest = run(cli, "ingest", input.toString());
			// then
			assertThat(ingest.status()).as(ingest.err()).isEqualTo(3);
			List<String> lines = ingest.out().lines().toList();
			assertThat(lines).hasSize(cases.size() + 1).noneMatch((line) -> line.startsWith("LỖI HỆ THỐNG"));
			assertThat(lines).filteredOn((line) -> line.contains(" " + GOOD + " "))
				.singleElement()
				.satisfies((line) -> assertThat(line).startsWith("ĐÃ NHẬN " + GOOD + " BM02 VN 2020"));
			for (Case expected : cases) {
				Path placed = input.resolve(expected.isRejected() ? "rejected" : "processed")
					.resolve(expected.fileName());
				assertThat(placed.resolveSibling(expected.fileName() + ".result.txt")).as(expected.fileName()).exists();
			}
			Matcher slowest = SLOWEST.matcher(ingest.err());
			assertThat(slowest.find()).as(ingest.err()).isTrue();
			System.out.println("ingest -Xmx256m of " + lines.size() + " files: " + slowest.group());
			Run figures = run(cli, "figures", "--unit", "VN", "--period", "2020");
			assertThat(figures.status()).as(figures.err()).isZero();
			assertThat(figures.out()).contains("reporting_rate,ministries,VN,Việt Nam,2020,");
		}
	}

	private static final String GOOD = "z-bo-nganh-2020.xlsx";

	private static final Pattern SLOWEST = Pattern.compile("Đã xử lý .+ tệp lâu nhất: .+ \\((\\d+,\\d) giây\\)");

	/** What a command run as its own process printed, and its exit status. */
	private record Run(int status, String out, String err) {
	}

	private Run run(TestDatabase database, String... command) throws Exception {
		List<String> line = new java.util.ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp",
						System.getProperty("java.class.path"), "vn.qms.stats.cli.Main", "--db", database.url()));
		line.addAll(List.of(command));
		Path out = Files.createTempFile(this.work, "out", ".txt");
		Path err = Files.createTempFile(this.work, "err", ".txt");
		Process process = new ProcessBuilder(line).directory(this.work.toFile())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile())
			.start();
		int status = process.waitFor();
		return new Run(status, Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	private static Map<String, String> hashes(Path folder, List<Case> cases) throws Exception {
		Map<String, String> hashes = new HashMap<>();
		for (Case expected : cases) {
			byte[] bytes = Files.readAllBytes(folder.resolve(expected.fileName()));
			hashes.put(expected.fileName(), java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)));
		}
		return hashes;
	}

	private static long usedHeapAfterGc() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
