package vn.qms.stats.ingest.corpus;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.cli.Main;
import vn.qms.stats.ingest.IngestVerdict;
import vn.qms.stats.ingest.IngestVerdict.Outcome;
import vn.qms.stats.ingest.Ingestor;
import vn.qms.stats.ingest.Problem;
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

	/** On a database of its own, so that no file is a duplicate of the other test's. */
	@Test
	@Timeout(120)
	void shouldPrintOneVerdictLinePerFileAndExitWith3() throws Exception {
		// given
		Path input = this.work.resolve("cli");
		List<Case> cases = BadFileCorpus.write(input, this.work.resolve("cli-scratch"));
		TestDatabase cli = TestDatabase.h2();
		// when
		PrintStream original = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		int status;
		try {
			status = mainRun("--db", cli.url(), "ingest", input.toString());
		}
		finally {
			System.setOut(original);
			cli.close();
		}
		// then
		assertThat(status).isEqualTo(3);
		List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(cases.size());
		for (int i = 0; i < cases.size(); i++) {
			Case expected = cases.get(i);
			assertThat(lines.get(i)).as(expected.fileName())
				.containsAnyOf(" " + expected.fileName() + " ", " " + expected.fileName() + ":");
			assertThat(lines.get(i).startsWith("BỊ TỪ CHỐI ")).as(lines.get(i)).isEqualTo(expected.isRejected());
		}
	}

	private static int mainRun(String... args) {
		return Main.run(args);
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
