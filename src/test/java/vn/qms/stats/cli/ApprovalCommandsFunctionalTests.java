package vn.qms.stats.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.qms.stats.ingest.samples.SampleWorkbooks;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code approve} and {@code unapprove} as a script uses them, with {@code ingest} of a
 * file for the approved key (held, exit status 3) and of the held file after the
 * withdrawal.
 */
class ApprovalCommandsFunctionalTests {

	@TempDir
	Path folder;

	@Test
	void shouldApproveHoldWithdrawAndApplyFromTheCommandLine() throws Exception {
		try (TestDatabase database = TestDatabase.h2()) {
			// given An Giang's processing times for Quý III/2026 ingested
			String db = database.url();
			Path inbox = Files.createDirectories(this.folder.resolve("input"));
			Path first = Files.copy(Path.of("input-samples", SampleWorkbooks.AN_GIANG_BM03),
					inbox.resolve(SampleWorkbooks.AN_GIANG_BM03));
			assertThat(CommandRun.run("--db", db, "ingest", first.toString()).status()).isZero();
			// when every form of the key is approved, then BM03 once more
			CommandRun approve = CommandRun.run("--db", db, "--lang", "en", "approve", "--unit", "91", "--period",
					"Quý III/2026");
			CommandRun twice = CommandRun.run("--db", db, "--lang", "en", "approve", "--form", "bm03", "--unit", "91",
					"--period", "2026-Q3");
			CommandRun list = CommandRun.run("--db", db, "approve", "--list", "--unit", "91");
			// then
			assertThat(approve.status()).isZero();
			assertThat(approve.out().lines()).hasSize(4)
				.allSatisfy((line) -> assertThat(line).startsWith("Approved BM0")
					.contains("of unit 91 for period 2026-Q3 (by cli:"));
			assertThat(twice.status()).isZero();
			assertThat(twice.out()).contains("was already approved by cli:", ": nothing changed");
			assertThat(list.out().lines()).hasSize(5)
				.element(3)
				.asString()
				.startsWith("BM03  91       2026-Q3  ĐÃ PHÊ DUYỆT");
			// when a file for the approved key comes
			Path again = Files.copy(Path.of("input-samples", SampleWorkbooks.AN_GIANG_BM03),
					inbox.resolve("bm03_an-giang_2026-q3_dinh-chinh.xlsx"));
			// a byte after the zip: the same content as another file (SHA-256), no
			// duplicate
			Files.write(again, new byte[] { 0 }, StandardOpenOption.APPEND);
			CommandRun held = CommandRun.run("--db", db, "ingest", inbox.toString());
			CommandRun heldList = CommandRun.run("--db", db, "approve", "--held");
			// then it is held, exit status 3
			assertThat(held.status()).isEqualTo(3);
			assertThat(held.out()).startsWith("TẠM GIỮ").contains("BM03 91 2026-Q3", "held");
			assertThat(heldList.out()).contains("BM03       91       2026-Q3",
					"held/bm03_an-giang_2026-q3_dinh-chinh.xlsx");
			// when withdrawn without a reason, then with one, and the held file ingested
			CommandRun noReason = CommandRun.run("--db", db, "unapprove", "--form", "BM03", "--unit", "91", "--period",
					"2026-Q3");
			CommandRun unapprove = CommandRun.run("--db", db, "unapprove", "--form", "BM03", "--unit", "91", "--period",
					"2026-Q3", "--reason", "Đính chính thời gian giải quyết");
			CommandRun applied = CommandRun.run("--db", db, "ingest",
					inbox.resolve("held").resolve("bm03_an-giang_2026-q3_dinh-chinh.xlsx").toString());
			CommandRun history = CommandRun.run("--db", db, "approve", "--history", "--form", "BM03");
			// then
			assertThat(noReason.status()).isEqualTo(2);
			assertThat(unapprove.status()).isZero();
			assertThat(unapprove.out()).startsWith("Đã rút phê duyệt BM03 của đơn vị 91 kỳ 2026-Q3");
			assertThat(applied.status()).isZero();
			assertThat(applied.out()).startsWith("ĐÃ NHẬN");
			assertThat(inbox.resolve("processed").resolve("bm03_an-giang_2026-q3_dinh-chinh.xlsx")).isRegularFile();
			assertThat(history.out().lines()).hasSize(3);
			assertThat(history.out()).contains("ĐÃ RÚT PHÊ DUYỆT", "Đính chính thời gian giải quyết");
		}
	}

}
