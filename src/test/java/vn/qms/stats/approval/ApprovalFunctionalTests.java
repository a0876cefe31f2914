package vn.qms.stats.approval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.bench.Bm04Generator;
import vn.qms.stats.ingest.HeldFiles;
import vn.qms.stats.ingest.IngestVerdict;
import vn.qms.stats.ingest.IngestVerdict.Outcome;
import vn.qms.stats.ingest.Ingestor;
import vn.qms.stats.ingest.samples.Bm02Sheet;
import vn.qms.stats.ingest.samples.NationalBm02;
import vn.qms.stats.ingest.samples.SampleWorkbooks;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A file dropped, its key approved, a corrected file held with nothing stored, the
 * approval withdrawn with a reason, the held file applied: its figures replace the old
 * ones. For a compilation read in memory (BM02) and a streamed dossier log (BM04).
 */
class ApprovalFunctionalTests {

	@TempDir
	Path work;

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldHoldACorrectedCompilationForAnApprovedPeriodAndApplyItAfterTheWithdrawal(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given a national compilation ingested (BQP: 20 mandatory bodies) and
			// approved
			ConfigurableApplicationContext context = database.start();
			Ingestor ingestor = context.getBean(Ingestor.class);
			Approvals approvals = context.getBean(Approvals.class);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			Path input = Files.createDirectories(this.work.resolve("input"));
			assertThat(ingestor.ingest(national(input.resolve("bm02-lan-1.xlsx"), 20), false).outcome())
				.isEqualTo(Outcome.ACCEPTED);
			assertThat(approvals.approve("BM02", "VN", "2020", "nguyen.van.a").changed()).isTrue();
			// when a corrected file (BQP: 21) comes for the same key
			IngestVerdict held = ingestor.ingest(national(input.resolve("bm02-lan-2.xlsx"), 21), false);
			// then it is held, not applied: the figures are those approved
			assertThat(held.outcome()).isEqualTo(Outcome.HELD);
			assertThat(held.line(Locale.forLanguageTag("vi"))).startsWith("TẠM GIỮ")
				.contains("bm02-lan-2.xlsx BM02 VN 2020", "Kỳ báo cáo đã được phê duyệt và khóa",
						"đã được nguyen.van.a phê duyệt lúc");
			Path inHeld = input.resolve("held").resolve("bm02-lan-2.xlsx");
			assertThat(held.movedTo()).isEqualTo(inHeld);
			assertThat(inHeld.resolveSibling("bm02-lan-2.xlsx.result.txt")).content()
				.contains("TẠM GIỮ", "HELD (period approved and locked, not applied)", "Period approved and locked");
			assertThat(bqpMandatory(jdbc)).isEqualTo(20);
			assertThat(jdbc.queryForObject("select count(*) from submission", Integer.class)).isEqualTo(1);
			assertThat(approvals.held())
				.extracting(HeldFiles.HeldFile::fileName, HeldFiles.HeldFile::form, HeldFiles.HeldFile::reportingUnit,
						HeldFiles.HeldFile::period)
				.containsExactly(tuple("bm02-lan-2.xlsx", "BM02", "VN", "2020"));
			// and while the key stays approved, applying it holds it again
			assertThat(approvals.applyHeld("bm02-lan-2.xlsx").outcome()).isEqualTo(Outcome.HELD);
			assertThat(bqpMandatory(jdbc)).isEqualTo(20);
			// when the approval is withdrawn with a reason and the held file applied
			assertThat(approvals.withdraw("BM02", "VN", "2020", "tran.thi.b", "BQP đính chính số liệu").changed())
				.isTrue();
			IngestVerdict applied = approvals.applyHeld("bm02-lan-2.xlsx");
			// then its figures replace the old ones, and nothing is held any more
			assertThat(applied.outcome()).isEqualTo(Outcome.ACCEPTED);
			assertThat(applied.movedTo()).isEqualTo(input.resolve("processed").resolve("bm02-lan-2.xlsx"));
			assertThat(bqpMandatory(jdbc)).isEqualTo(21);
			assertThat(approvals.held()).isEmpty();
			try (var files = Files.list(input.resolve("held"))) {
				assertThat(files).isEmpty();
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldHoldADossierLogForAnApprovedPeriodOnItsTitleBlockAndApplyItAfterTheWithdrawal(String kind)
			throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given a dossier log of An Giang for Quý III/2026 ingested and approved
			ConfigurableApplicationContext context = database.start();
			Ingestor ingestor = context.getBean(Ingestor.class);
			Approvals approvals = context.getBean(Approvals.class);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			Path input = Files.createDirectories(this.work.resolve("input"));
			Bm04Generator log = new Bm04Generator(400, 0.0, 2, 30, 1);
			assertThat(ingestor.ingest(log.write(input.resolve("so-ho-so.xlsx")), false).outcome())
				.isEqualTo(Outcome.ACCEPTED);
			approvals.approve("BM04", "91", "Quý III/2026", "cli:an");
			// when another log for the same key comes
			IngestVerdict held = ingestor.ingest(log.withSeed(2).write(input.resolve("so-ho-so-2.xlsx")), false);
			// then it is held, its rows not stored
			assertThat(held.outcome()).isEqualTo(Outcome.HELD);
			assertThat(held.line(Locale.ENGLISH)).startsWith("HELD")
				.contains("so-ho-so-2.xlsx BM04 91 2026-Q3", "Period approved and locked");
			assertThat(input.resolve("held").resolve("so-ho-so-2.xlsx")).isRegularFile();
			assertThat(currentFile(jdbc)).isEqualTo("so-ho-so.xlsx");
			assertThat(jdbc.queryForObject("select count(*) from submission", Integer.class)).isEqualTo(1);
			// when withdrawn and applied
			approvals.withdraw("BM04", "91", "2026-Q3", "cli:an", "Sổ bổ sung hồ sơ tháng 9");
			IngestVerdict applied = approvals.applyHeld("so-ho-so-2.xlsx");
			// then it is the current submission
			assertThat(applied.outcome()).isEqualTo(Outcome.ACCEPTED);
			assertThat(applied.rows()).isEqualTo(400);
			assertThat(currentFile(jdbc)).isEqualTo("so-ho-so-2.xlsx");
			assertThat(input.resolve("processed").resolve("so-ho-so-2.xlsx")).isRegularFile();
		}
	}

	private static int bqpMandatory(JdbcTemplate jdbc) {
		return jdbc.queryForObject("""
				select r.mandatory_total from bm02_row r
				join submission_current c on c.submission_id = r.submission_id
				where c.form = 'BM02' and c.reporting_unit = 'VN' and c.period = '2020' and r.unit_code = 'BQP'""",
				Integer.class);
	}

	private static String currentFile(JdbcTemplate jdbc) {
		return jdbc.queryForObject("""
				select s.file_name from submission s join submission_current c on c.submission_id = s.id
				where c.form = 'BM04' and c.reporting_unit = '91' and c.period = '2026-Q3'""", String.class);
	}

	/** The national sample, with BQP's mandatory bodies set to {@code bqpMandatory}. */
	private static Path national(Path file, int bqpMandatory) throws Exception {
		Bm02Sheet ministries = NationalBm02.ministries("Năm 2020");
		Object[] bqp = ministries.data().get(0);
		bqp[2] = bqpMandatory;
		bqp[3] = bqpMandatory - 3;
		Path written = SampleWorkbooks.write(file.resolveSibling(file.getFileName() + ".tmp"), ministries,
				NationalBm02.provinces("Năm 2020"));
		return Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);
	}

}
