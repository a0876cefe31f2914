package vn.qms.stats.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.bench.Bm04Generator;
import vn.qms.stats.ingest.IngestVerdict.Outcome;
import vn.qms.stats.ingest.samples.Bm02Sheet;
import vn.qms.stats.ingest.samples.NationalBm02;
import vn.qms.stats.ingest.samples.SampleWorkbooks;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

class IngestorIntegrationTests {

	@TempDir
	Path input;

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldStoreAnAcceptedFileWithItsCountsAndMoveItToProcessed(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given
			ConfigurableApplicationContext context = database.start();
			Path file = national(this.input.resolve(SampleWorkbooks.NATIONAL_2020), 20);
			// when
			IngestVerdict verdict = context.getBean(Ingestor.class).ingest(file, false);
			// then
			assertThat(verdict.outcome()).isEqualTo(Outcome.ACCEPTED);
			assertThat(verdict)
				.extracting(IngestVerdict::form, IngestVerdict::reportingUnit, IngestVerdict::period,
						IngestVerdict::rows)
				.containsExactly("BM02", "VN", "2020", 85);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			Map<String, Object> sums = jdbc.queryForMap("""
					select count(*) as row_count, sum(encouraged_total) as et, sum(encouraged_announced) as ea,
						sum(commune_total) as ct, sum(commune_announced) as ca,
						sum(case when unit_kind = 'MINISTRY' and mandatory_total > 0
							and mandatory_announced = mandatory_total then 1 else 0 end) as ministries_ok,
						sum(case when unit_kind = 'PROVINCE' and mandatory_total > 0
							and mandatory_announced = mandatory_total then 1 else 0 end) as provinces_ok
					from bm02_row r join submission_current c on c.submission_id = r.submission_id
					where c.form = 'BM02' and c.reporting_unit = 'VN' and c.period = '2020'""");
			assertThat(sums.values()).map((value) -> ((Number) value).longValue())
				.containsExactly(85L, 98L, 74L, 8910L, 5564L, 20L, 62L);
			Path processed = this.input.resolve("processed").resolve(SampleWorkbooks.NATIONAL_2020);
			assertThat(verdict.movedTo()).isEqualTo(processed);
			assertThat(file).doesNotExist();
			assertThat(processed.resolveSibling(SampleWorkbooks.NATIONAL_2020 + ".result.json")).exists();
			assertThat(processed.resolveSibling(SampleWorkbooks.NATIONAL_2020 + ".result.txt")).content()
				.contains("ĐÃ NHẬN", "ACCEPTED", "BM02 VN 2020");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldRecogniseTheSameFileAgainAsADuplicateThatChangesNothing(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given
			ConfigurableApplicationContext context = database.start();
			Ingestor ingestor = context.getBean(Ingestor.class);
			Path file = national(this.input.resolve("national.xlsx"), 20);
			Path copy = Files.copy(file, this.input.resolve("copy.bin"));
			ingestor.ingest(file, false);
			Files.move(copy, file);
			// when
			IngestVerdict again = ingestor.ingest(file, false);
			// then
			assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
			assertThat(again.line(Locale.ENGLISH)).startsWith("DUPLICATE");
			assertThat(again.movedTo().getParent()).isEqualTo(this.input.resolve("processed"));
			assertThat(again.movedTo().getFileName().toString()).startsWith("national_").endsWith(".xlsx");
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from submission", Integer.class)).isEqualTo(1);
			assertThat(jdbc.queryForObject("select count(*) from bm02_row", Integer.class)).isEqualTo(85);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldRepeatTheWarningsOfTheFirstIngestWhenTheSameFileComesAgainAndSayWhenAndAsWhat(String kind)
			throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given a national compilation with a warning on each sheet, accepted once
			ConfigurableApplicationContext context = database.start();
			Ingestor ingestor = context.getBean(Ingestor.class);
			Path file = warned(this.input.resolve("quoc-gia.xlsx"), 20);
			Path copy = Files.copy(file, this.input.resolve("copy.bin"));
			IngestVerdict first = ingestor.ingest(file, false);
			long id = context.getBean(JdbcTemplate.class).queryForObject("select id from submission", Long.class);
			// when the very same file is dropped again, under another name
			IngestVerdict again = ingestor.ingest(Files.move(copy, this.input.resolve("quoc-gia (1).xlsx")), false);
			// then it changes nothing but says what the first ingest said
			assertThat(first.outcome()).isEqualTo(Outcome.ACCEPTED);
			assertThat(first.problems()).extracting(Problem::messageKey)
				.containsExactly("ingest.total.mismatch", "ingest.unit.name.differs");
			assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
			assertThat(again.problems())
				.isEqualTo(first.problems().stream().map((problem) -> problem.inFile("quoc-gia (1).xlsx")).toList());
			assertThat(again.line(Locale.ENGLISH)).contains("85 rows, 0 errors, 2 warnings")
				.containsPattern("\\| First ingested on \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d \\(as “quoc-gia.xlsx”\\), "
						+ "as submission " + id + " \\(BM02 VN 2020\\)$");
			assertThat(again.movedTo().resolveSibling("quoc-gia (1).xlsx.result.txt")).content()
				.contains("TRÙNG LẶP", "Đã nhập lần đầu lúc", "thành bản nộp số " + id + " (BM02 VN 2020)",
						"1. [CẢNH BÁO] trang tính “Bộ ngành”, dòng 34, cột D", "The total row says 999",
						"2. [CẢNH BÁO] trang tính “Địa phương”, dòng 12, cột C", "The unit name differs");
			// and once a corrected file has replaced it, says that too
			ingestor.ingest(warned(this.input.resolve("dinh-chinh.xlsx"), 21), false);
			Path third = Files.copy(this.input.resolve("processed").resolve("quoc-gia.xlsx"),
					this.input.resolve("quoc-gia (2).xlsx"));
			assertThat(ingestor.ingest(third, false).line(Locale.ENGLISH))
				.endsWith("as submission " + id + " (BM02 VN 2020, since replaced by submission " + (id + 1) + ")");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldReplaceTheSubmissionWithACorrectedFileAndKeepTheOldOneInHistory(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given
			ConfigurableApplicationContext context = database.start();
			Ingestor ingestor = context.getBean(Ingestor.class);
			ingestor.ingest(national(this.input.resolve("first.xlsx"), 20), true);
			// when
			IngestVerdict corrected = ingestor.ingest(national(this.input.resolve("corrected.xlsx"), 21), true);
			// then
			assertThat(corrected.outcome()).isEqualTo(Outcome.ACCEPTED);
			assertThat(corrected.movedTo()).isNull();
			assertThat(this.input.resolve("corrected.xlsx")).exists();
			assertThat(this.input.resolve("corrected.xlsx.result.json")).exists();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			List<Map<String, Object>> history = jdbc
				.queryForList("select id, file_name, replaced_by, row_count from submission order by id");
			assertThat(history).hasSize(2);
			assertThat(history.get(0).get("replaced_by")).isEqualTo(history.get(1).get("id"));
			assertThat(history.get(1).get("replaced_by")).isNull();
			assertThat(jdbc.queryForObject("select submission_id from submission_current", Long.class))
				.isEqualTo(((Number) history.get(1).get("id")).longValue());
			assertThat(jdbc.queryForObject("select count(*) from bm02_row", Integer.class)).isEqualTo(170);
			assertThat(jdbc.queryForObject("select r.mandatory_total from bm02_row r join submission_current c "
					+ "on c.submission_id = r.submission_id where r.unit_code = 'BQP'", Integer.class))
				.isEqualTo(21);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldStoreNothingFromARejectedFileAndMoveItToRejectedWithItsResults(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given
			ConfigurableApplicationContext context = database.start();
			BadBm02.unknownUnitCode(this.input.resolve("a-unknown.xlsx"));
			BadBm02.missingPeriod(this.input.resolve("b-no-period.xlsx"));
			BadBm02.announcedAboveTotal(this.input.resolve("c-above.xlsx"));
			Files.writeString(this.input.resolve("d-notes.xlsx"), "not a workbook");
			// when
			List<IngestVerdict> verdicts = context.getBean(Ingestor.class).ingestAll(List.of(this.input), false);
			// then
			assertThat(verdicts).extracting(IngestVerdict::outcome).containsOnly(Outcome.REJECTED).hasSize(4);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from submission", Integer.class)).isZero();
			assertThat(jdbc.queryForObject("select count(*) from bm02_row", Integer.class)).isZero();
			Path rejected = this.input.resolve("rejected");
			assertThat(rejected.resolve("c-above.xlsx")).exists();
			assertThat(rejected.resolve("c-above.xlsx.result.json")).content()
				.contains("\"row\" : 8", "\"column\" : \"E\"");
			assertThat(rejected.resolve("c-above.xlsx.result.txt")).content()
				.contains("trang tính “Bộ ngành”, dòng 8, cột E (Số cơ quan bắt buộc đã công bố), giá trị “30”",
						"sheet “Bộ ngành”, row 8, column E (Số cơ quan bắt buộc đã công bố), value “30”");
			assertThat(verdicts.get(3).line(Locale.ENGLISH)).startsWith("REJECTED d-notes.xlsx")
				.contains("not an Excel or CSV spreadsheet");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldRejectAFileOfMoreRowsThanTheLimitStoreNothingAndMoveItToRejected(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given 85 units in two sheets, 50 rows read in memory at most
			ConfigurableApplicationContext context = database.start("qms.ingest.max-rows-in-memory=50");
			Path file = national(this.input.resolve("national.xlsx"), 20);
			// when
			IngestVerdict verdict = context.getBean(Ingestor.class).ingest(file, false);
			// then
			assertThat(verdict.outcome()).isEqualTo(Outcome.REJECTED);
			assertThat(verdict.problems()).singleElement()
				.extracting(Problem::messageKey, Problem::sheet, Problem::row)
				.containsExactly("ingest.file.too.many.rows", "Địa phương", 39);
			// and it says what its title block says it is, so that the nation's ingestion
			// report for 2020 lists it
			assertThat(List.of(verdict.form(), verdict.reportingUnit(), verdict.period())).containsExactly("BM02", "VN",
					"2020");
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from submission", Integer.class)).isZero();
			assertThat(jdbc.queryForObject("select count(*) from bm02_row", Integer.class)).isZero();
			Path rejected = this.input.resolve("rejected").resolve("national.xlsx");
			assertThat(file).doesNotExist();
			assertThat(rejected).exists();
			assertThat(rejected.resolveSibling("national.xlsx.result.txt")).content()
				.contains("dừng đọc ở dòng 39 của trang tính “Địa phương”", "tối đa 50 dòng dữ liệu",
						"reading stopped at row 39 of sheet “Địa phương”", "at most 50 data rows",
						"must be sent as an .xlsx workbook with a single sheet");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldRejectAFileOfMoreProblemsThanTheLimitListingTheFirstAndWhereReadingStopped(String kind)
			throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given a dossier log sent as .csv (read in memory) of 100 rows, each with a
			// date that is none; 20 problems listed at most
			ConfigurableApplicationContext context = database.start("qms.ingest.max-problems=20");
			Path file = BadBm04Csv.write(this.input.resolve("so-ho-so.csv"), 100, BadBm04Csv.Fault.RECEIVED_NOT_A_DATE);
			// when
			IngestVerdict verdict = context.getBean(Ingestor.class).ingest(file, false);
			// then
			int stoppedAt = BadBm04Csv.FIRST_DATA_ROW + 20;
			assertThat(verdict.outcome()).isEqualTo(Outcome.REJECTED);
			assertThat(verdict.problems()).hasSize(21);
			assertThat(verdict.problems().get(0)).extracting(Problem::messageKey, Problem::sheet, Problem::row)
				.containsExactly("ingest.file.too.many.problems", "so-ho-so", stoppedAt);
			assertThat(verdict.problems().subList(1, 21)).extracting(Problem::messageKey)
				.containsOnly("ingest.cell.not.datetime");
			assertThat(verdict.line(Locale.ENGLISH)).contains("21 errors", "reading stopped at row " + stoppedAt);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from submission", Integer.class)).isZero();
			assertThat(jdbc.queryForObject("select count(*) from bm04_row", Integer.class)).isZero();
			Path rejected = this.input.resolve("rejected").resolve("so-ho-so.csv");
			assertThat(file).doesNotExist();
			assertThat(rejected).exists();
			assertThat(rejected.resolveSibling("so-ho-so.csv.result.txt")).content()
				.contains("dừng đọc ở dòng 27 của trang tính “so-ho-so” sau 20 lỗi và cảnh báo",
						"Xin sửa trước các lỗi được liệt kê",
						"reading stopped at row 27 of sheet “so-ho-so” after 20 errors and warnings",
						"Please fix the problems listed first",
						"21. [LỖI] trang tính “so-ho-so”, dòng 26, cột D (Ngày tiếp nhận)")
				.doesNotContain("dòng 27, cột D");
			assertThat(ResultDocument.parse(Files.readString(rejected.resolveSibling("so-ho-so.csv.result.json")))
				.problems()).hasSize(21);
		}
	}

	@Test
	void shouldRefuseAnXlsxAboveTheConfiguredLimitOnBothPathsNamingThatLimit() throws Exception {
		try (TestDatabase database = TestDatabase.h2()) {
			// given a dossier log of some 1.7 MB, which the streaming path would take
			ConfigurableApplicationContext context = database.start("qms.guard.max-xlsx-file-mb=1");
			Path file = new Bm04Generator(30_000, 0.0, 2, 30, 11).write(this.input.resolve("bm04.xlsx"));
			// when
			IngestVerdict verdict = context.getBean(Ingestor.class).ingest(file, false);
			// then
			assertThat(verdict.outcome()).isEqualTo(Outcome.REJECTED);
			assertThat(verdict.problems()).singleElement().satisfies((problem) -> {
				assertThat(problem.messageKey()).isEqualTo("ingest.guard.too-large");
				assertThat(problem.message(Locale.ENGLISH)).startsWith("The file is too large (2 MB, at most 1 MB).");
			});
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from submission", Integer.class)).isZero();
			assertThat(jdbc.queryForObject("select count(*) from batch_step_execution where step_name = 'loadBm04'",
					Integer.class))
				.isZero();
			assertThat(this.input.resolve("rejected").resolve("bm04.xlsx")).exists();
		}
	}

	/** The national sample, with BQP's mandatory bodies set to {@code bqpMandatory}. */
	/**
	 * The national compilation with a total row that disagrees with its ministries (999)
	 * and a province under a name other than the reference's.
	 */
	private static Path warned(Path file, int bqpMandatory) throws Exception {
		Bm02Sheet ministries = NationalBm02.ministries("Năm 2020").total(999);
		ministries.data().get(0)[2] = bqpMandatory;
		ministries.data().get(0)[3] = bqpMandatory - 3;
		Bm02Sheet provinces = NationalBm02.provinces("Năm 2020");
		provinces.data().get(0)[1] = "Thủ đô Hà Nội";
		return SampleWorkbooks.write(file, ministries, provinces);
	}

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
