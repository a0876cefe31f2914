package vn.qms.stats.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.bench.Bm04Generator;
import vn.qms.stats.ingest.IngestVerdict.Outcome;
import vn.qms.stats.ingest.bulk.Bm04Swap;
import vn.qms.stats.ingest.samples.FormSheet;
import vn.qms.stats.ingest.text.LegacyVietnamese;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated dossier log of 20,000 rows through {@link Ingestor#ingest} on the streaming
 * path ({@code loadBm04}, {@code swapBm04}), on H2 and PostgreSQL.
 */
class Bm04IngestIntegrationTests {

	static final int ROWS = 20_000;

	/** 2 agencies, so that the rows reusing their agency's dossier code collide. */
	static final Bm04Generator LOG = new Bm04Generator(ROWS, 0.0012, 2, 30, 11);

	@TempDir
	Path input;

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldStoreTheGoodRowsAndListTheBadAndDuplicateOnes(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given
			ConfigurableApplicationContext context = database.start("qms.ingest.bm04-max-error-rate=0.002");
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			Path file = LOG.write(this.input.resolve("bm04.xlsx"));
			// when
			IngestVerdict verdict = context.getBean(Ingestor.class).ingest(file, false);
			// then
			assertThat(verdict.outcome()).isEqualTo(Outcome.ACCEPTED);
			assertThat(verdict.form() + " " + verdict.reportingUnit() + " " + verdict.period())
				.isEqualTo("BM04 91 2026-Q3");
			long skipped = skipped(verdict);
			assertThat(skipped).isPositive();
			assertThat(verdict.rows() + skipped).isEqualTo(ROWS);
			assertThat(verdict.problems().get(0).messageKey()).isEqualTo("ingest.rows.skipped");
			assertThat(verdict.problems().get(0).arguments()).startsWith(String.valueOf(skipped), "20000", "40");
			assertThat(verdict.problems()).extracting(Problem::messageKey).contains("ingest.rule.duplicate");
			assertThat(count(jdbc, "bm04_row")).isEqualTo(verdict.rows());
			assertThat(count(jdbc, "(select agency_code, dossier_code from bm04_row "
					+ "group by agency_code, dossier_code having count(*) > 1) d"))
				.isZero();
			assertThat(count(jdbc, "submission_current where form = 'BM04'")).isOne();
			assertThat(count(jdbc, "bm04_row where completed_at is not null and (working_days is null "
					+ "or working_days > calendar_days or calendar_days < 0)"))
				.isZero();
			assertThat(count(jdbc, "bm04_problem")).isZero();
			assertThat(count(jdbc, "batch_step_execution where step_name in ('loadBm04', 'swapBm04')")).isEqualTo(2);
			assertThat(this.input.resolve("processed").resolve("bm04.xlsx")).isRegularFile();
			assertThat(this.input.resolve("processed").resolve("bm04.xlsx.result.json")).isRegularFile();
			// and the same log again lists the same skipped rows
			Path again = Files.copy(this.input.resolve("processed").resolve("bm04.xlsx"), file);
			IngestVerdict duplicate = context.getBean(Ingestor.class).ingest(again, false);
			assertThat(duplicate.outcome()).isEqualTo(Outcome.DUPLICATE);
			assertThat(duplicate.rows()).isEqualTo(verdict.rows());
			assertThat(duplicate.problems()).isEqualTo(verdict.problems());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldRejectALogAboveTheRateAndStoreNothing(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given the default rate, 0.1 %: 20 rows of 20,000
			ConfigurableApplicationContext context = database.start();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			Path file = LOG.withBadShare(0.005).write(this.input.resolve("bm04.xlsx"));
			// when
			IngestVerdict verdict = context.getBean(Ingestor.class).ingest(file, false);
			// then
			assertThat(verdict.outcome()).isEqualTo(Outcome.REJECTED);
			assertThat(verdict.problems().get(0).messageKey()).isEqualTo("ingest.rows.too.many.bad");
			assertThat(verdict.problems()).filteredOn(Problem::isError).hasSizeGreaterThan(20);
			assertThat(count(jdbc, "bm04_row")).isZero();
			assertThat(count(jdbc, "submission")).isZero();
			assertThat(count(jdbc, "bm04_problem")).isZero();
			assertThat(this.input.resolve("rejected").resolve("bm04.xlsx")).isRegularFile();
			assertThat(Files.exists(file)).isFalse();
		}
	}

	@Test
	void shouldMakeEachAcceptedLogItsSubmissionsOwnPartitionOnPostgresql() throws Exception {
		try (TestDatabase database = TestDatabase.postgres()) {
			// given a log, then a corrected log for the same agency and quarter, then a
			// rejected one
			ConfigurableApplicationContext context = database.start("qms.ingest.bm04-max-error-rate=0.002");
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			Ingestor ingestor = context.getBean(Ingestor.class);
			IngestVerdict first = ingestor.ingest(LOG.write(this.input.resolve("bm04.xlsx")), false);
			IngestVerdict corrected = ingestor.ingest(
					new Bm04Generator(ROWS / 2, 0.001, 2, 30, 12).write(this.input.resolve("bm04-corrected.xlsx")),
					false);
			IngestVerdict rejected = ingestor.ingest(LOG.withBadShare(0.01).write(this.input.resolve("bm04-bad.xlsx")),
					false);
			// then each accepted log is one partition holding exactly its rows, the
			// history
			// stays, the current submission is the corrected one, and no staging table is
			// left
			assertThat(List.of(first.outcome(), corrected.outcome(), rejected.outcome()))
				.containsExactly(Outcome.ACCEPTED, Outcome.ACCEPTED, Outcome.REJECTED);
			List<Long> submissions = jdbc.queryForList("select id from submission order by id", Long.class);
			assertThat(submissions).hasSize(2);
			assertThat(jdbc.queryForList(
					"select cast(c.oid as regclass)::text from pg_inherits i join pg_class c "
							+ "on c.oid = i.inhrelid where i.inhparent = 'bm04_row'::regclass order by 1",
					String.class))
				.containsExactly("bm04_row_" + submissions.get(0), "bm04_row_" + submissions.get(1));
			assertThat(count(jdbc, "bm04_row_" + submissions.get(0))).isEqualTo(first.rows());
			assertThat(count(jdbc, "bm04_row_" + submissions.get(1))).isEqualTo(corrected.rows());
			assertThat(
					jdbc.queryForObject("select submission_id from submission_current where form = 'BM04'", Long.class))
				.isEqualTo(submissions.get(1));
			assertThat(count(jdbc, "pg_tables where tablename like 'bm04_stage%'")).isZero();
			assertThat(count(jdbc, "bm04_row where calendar_days is null and completed_at is not null")).isZero();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "TCVN3", "VNI" })
	void shouldReadALogTypedInALegacyVietnameseCodeOnTheStreamingPath(String code) throws Exception {
		try (TestDatabase database = TestDatabase.h2()) {
			// given the log with its title, header and channels in TCVN3 or VNI
			ConfigurableApplicationContext context = database.start("qms.ingest.bm04-max-error-rate=0.002");
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			Path file = LOG.write(this.input.resolve("bm04.xlsx"),
					(text) -> LegacyVietnamese.encode(text, LegacyVietnamese.Encoding.valueOf(code)));
			// when
			IngestVerdict verdict = context.getBean(Ingestor.class).ingest(file, false);
			// then it is read as the Unicode log is: same unit, period, rows and channels
			assertThat(verdict.outcome()).isEqualTo(Outcome.ACCEPTED);
			assertThat(verdict.reportingUnit() + " " + verdict.period()).isEqualTo("91 2026-Q3");
			assertThat(verdict.rows() + skipped(verdict)).isEqualTo(ROWS);
			assertThat(jdbc.queryForList("select distinct channel from bm04_row order by channel", String.class))
				.containsExactly("IN_PERSON", "ONLINE", "POSTAL");
			assertThat(count(jdbc, "batch_step_execution where step_name = 'loadBm04'")).isOne();
		}
	}

	@Test
	void shouldStreamALogOfMoreRowsThanAreReadInMemory() throws Exception {
		try (TestDatabase database = TestDatabase.h2()) {
			// given 20,000 dossiers and at most 1,000 rows read in memory
			ConfigurableApplicationContext context = database.start("qms.ingest.max-rows-in-memory=1000");
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			Path file = new Bm04Generator(ROWS, 0.0, 2, 30, 11).write(this.input.resolve("bm04.xlsx"));
			// when
			IngestVerdict verdict = context.getBean(Ingestor.class).ingest(file, false);
			// then the streaming path read them all; the limit is the in-memory path's
			assertThat(verdict.outcome()).isEqualTo(Outcome.ACCEPTED);
			assertThat(verdict.rows()).isEqualTo(ROWS);
			assertThat(count(jdbc, "bm04_row")).isEqualTo(ROWS);
			assertThat(count(jdbc, "batch_step_execution where step_name = 'loadBm04'")).isOne();
			assertThat(count(jdbc, "batch_step_execution where step_name = 'loadSubmission'")).isZero();
			assertThat(this.input.resolve("processed").resolve("bm04.xlsx")).isRegularFile();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldSkipARowWithAValueLongerThanItsColumnAndStoreTheRestUnderAShortenedSheetName(String kind)
			throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given 1,000 good dossiers and one whose code has 101 characters (its column
			// 100), in a sheet named with 120 characters (its column 100)
			ConfigurableApplicationContext context = database.start();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			String longCode = "H91.26." + "9".repeat(94);
			String sheetName = "Sổ theo dõi hồ sơ " + "x".repeat(102);
			Path file = longValues(longCode, sheetName, 1000);
			// when
			IngestVerdict verdict = context.getBean(Ingestor.class).ingest(file, false);
			// then
			assertThat(verdict.outcome()).isEqualTo(Outcome.ACCEPTED);
			assertThat(verdict.rows()).isEqualTo(1000);
			Problem tooLong = verdict.problems()
				.stream()
				.filter((problem) -> problem.messageKey().equals("ingest.cell.too.long"))
				.findFirst()
				.orElseThrow();
			assertThat(tooLong.describe(java.util.Locale.ENGLISH)).contains("row 506, column B (Mã hồ sơ)")
				.endsWith("The value is 101 characters long; at most 100 are allowed");
			assertThat(tooLong.describe(java.util.Locale.forLanguageTag("vi")))
				.endsWith("Giá trị dài 101 ký tự, quá 100 ký tự cho phép");
			assertThat(tooLong.value()).isEqualTo(longCode);
			assertThat(tooLong.sheet()).hasSize(100).startsWith("Sổ theo dõi hồ sơ xxx").endsWith("…");
			assertThat(jdbc.queryForList("select distinct sheet from bm04_row", String.class))
				.containsExactly(tooLong.sheet());
			assertThat(this.input.resolve("processed").resolve("bm04-dai.xlsx")).isRegularFile();
		}
	}

	@Test
	void shouldListAtMostTenThousandBadRowsButCountThemAll() throws Exception {
		try (TestDatabase database = TestDatabase.h2()) {
			// given a log of 60,000 rows that all break a rule, a quarter reusing a
			// dossier code
			ConfigurableApplicationContext context = database.start();
			Path file = new Bm04Generator(60_000, 1.0, 2, 30, 11).write(this.input.resolve("bm04.xlsx"));
			// when
			IngestVerdict verdict = context.getBean(Ingestor.class).ingest(file, false);
			// then the verdict counts every bad row (all but the first use of the 2
			// shared
			// codes) and lists the first 10,000 problems, duplicates among them, in row
			// order
			assertThat(verdict.outcome()).isEqualTo(Outcome.REJECTED);
			assertThat(verdict.problems().get(0).arguments()).startsWith("59998", "60000");
			List<Problem> listed = verdict.problems().subList(1, verdict.problems().size());
			assertThat(listed).hasSize(Bm04Swap.MAX_LISTED);
			assertThat(listed).extracting(Problem::row).isSorted();
			assertThat(listed).extracting(Problem::messageKey).contains("ingest.rule.duplicate");
			assertThat(count(context.getBean(JdbcTemplate.class), "bm04_duplicate")).isZero();
		}
	}

	@Test
	void shouldRejectALogThatBreaksOffMidChunkAndStayReadyForTheNext() throws Exception {
		try (TestDatabase database = TestDatabase.postgres()) {
			// given a log whose sheet is broken at row 1,500: its first 1,000 rows are
			// already being copied into the chunk's COPY when the reader fails
			ConfigurableApplicationContext context = database.start("qms.ingest.max-rows-in-memory=1000",
					"spring.datasource.hikari.maximum-pool-size=2");
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			Ingestor ingestor = context.getBean(Ingestor.class);
			Path broken = brokenAt(LOG.write(this.input.resolve("whole.xlsx")), 1500,
					this.input.resolve("bm04-broken.xlsx"));
			// when it is ingested, then a good log
			IngestVerdict verdict = ingestor.ingest(broken, false);
			IngestVerdict next = ingestor
				.ingest(new Bm04Generator(ROWS / 4, 0.0, 2, 30, 13).write(this.input.resolve("bm04-next.xlsx")), false);
			// then the broken one is refused whole, nothing of it stored, and the next
			// one
			// (on the same pool: no connection was left in COPY mode) is stored
			assertThat(verdict.outcome()).isNotEqualTo(Outcome.ACCEPTED);
			assertThat(this.input.resolve("rejected").resolve("bm04-broken.xlsx")).isRegularFile();
			assertThat(next.outcome()).isEqualTo(Outcome.ACCEPTED);
			assertThat(count(jdbc, "bm04_row")).isEqualTo(ROWS / 4);
			assertThat(count(jdbc, "submission")).isOne();
		}
	}

	/** The Vietnamese and English texts of the warning of the logs below. */
	static final String OUTSIDE_VI = "2 hồ sơ đã giải quyết có ngày nằm ngoài lịch ngày làm việc (2003–2041), "
			+ "đầu tiên ở dòng %d: số ngày làm việc của chúng không được tính; số ngày theo lịch vẫn được tính";

	static final String OUTSIDE_EN = "Completed dossiers with a date outside the working-day calendar "
			+ "(2003–2041): 2, the first at row %d; their working days are not counted, their calendar days still are";

	@ParameterizedTest
	@ValueSource(strings = { "h2-streamed", "postgresql-streamed", "h2-streamed-duplicate",
			"postgresql-streamed-duplicate", "h2-csv", "postgresql-csv" })
	void shouldWarnOfCompletedDossiersOutsideTheCalendarAndStoreThem(String variant) throws Exception {
		try (TestDatabase database = TestDatabase.of(variant.substring(0, variant.indexOf('-')))) {
			// given a log of 6 dossiers, two completed outside the years the working-day
			// calendar counts (2003–2041 with the calendar shipped): in 1995 and in 2045
			// (one pending in 2045 is not counted); and, for one variant, a seventh
			// reusing
			// the code of the one of 2045 (a duplicate: skipped, not counted, and the
			// swap counts in the staged rows rather than taking the load's count)
			boolean duplicate = variant.endsWith("-duplicate");
			ConfigurableApplicationContext context = database.start("qms.ingest.bm04-max-error-rate=0.5");
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			FormSheet sheet = outsideTheCalendar(duplicate);
			Path file = variant.endsWith("-csv") ? csv(sheet, this.input.resolve("bm04-lich.csv"))
					: vn.qms.stats.ingest.samples.SampleWorkbooks.write(this.input.resolve("bm04-lich.xlsx"), sheet);
			// when
			IngestVerdict verdict = context.getBean(Ingestor.class).ingest(file, false);
			// then the file is accepted, every dossier stored, and one warning says so
			assertThat(verdict.outcome()).isEqualTo(Outcome.ACCEPTED);
			assertThat(verdict.rows()).isEqualTo(6);
			assertThat(count(jdbc, "bm04_row")).isEqualTo(6);
			assertThat(count(jdbc, "bm04_row where completed_at is not null and working_days is null")).isEqualTo(2);
			assertThat(count(jdbc, "batch_step_execution where step_name = 'swapBm04'"))
				.isEqualTo(variant.endsWith("-csv") ? 0 : 1);
			int firstRow = sheet.dataRowNumber(1);
			List<Problem> warnings = verdict.problems()
				.stream()
				.filter((problem) -> problem.messageKey().equals("ingest.bm04.outside.calendar"))
				.toList();
			assertThat(warnings).hasSize(1);
			Problem warning = warnings.get(0);
			assertThat(warning.isError()).isFalse();
			assertThat(warning.row()).isNull();
			assertThat(warning.sheet()).isEqualTo(variant.endsWith("-csv") ? "bm04-lich" : "SO");
			assertThat(warning.arguments()).containsExactly("2", "2", String.valueOf(firstRow), "2003", "2041");
			assertThat(warning.message(ProblemMessages.VIETNAMESE)).isEqualTo(OUTSIDE_VI.formatted(firstRow));
			assertThat(warning.message(java.util.Locale.ENGLISH)).isEqualTo(OUTSIDE_EN.formatted(firstRow));
			assertThat(count(jdbc, "submission where warning_count > 0")).isOne();
			// and the result file gives it in both languages
			String result = Files
				.readString(this.input.resolve("processed").resolve(file.getFileName() + ".result.json"));
			assertThat(result).contains(OUTSIDE_VI.formatted(firstRow)).contains(OUTSIDE_EN.formatted(firstRow));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldNotWarnOfALogInsideTheCalendar(String kind) throws Exception {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given a log of 1,000 dossiers of 2026
			ConfigurableApplicationContext context = database.start();
			Path file = longValues("H91.26.X", "SO", 1000);
			Path csv = csv(new vn.qms.stats.ingest.samples.FormSheet("SO", vn.qms.stats.ingest.form.Forms.BM04)
				.title("Kỳ báo cáo: 2026-Q3", "Mã đơn vị báo cáo: 91")
				.row("H91.26.1", "1.001757", "H91.07", java.time.LocalDateTime.of(2026, 7, 15, 8, 0), "30/07/2026",
						"28/07/2026 10:15", "Trực tuyến"),
					this.input.resolve("bm04-csv.csv"));
			// when, streamed and read in memory
			List<IngestVerdict> verdicts = List.of(context.getBean(Ingestor.class).ingest(file, false),
					context.getBean(Ingestor.class).ingest(csv, false));
			// then
			assertThat(verdicts).allSatisfy((verdict) -> {
				assertThat(verdict.outcome()).isEqualTo(Outcome.ACCEPTED);
				assertThat(verdict.problems()).extracting(Problem::messageKey)
					.doesNotContain("ingest.bm04.outside.calendar");
			});
		}
	}

	/**
	 * Six dossiers, the second (index 1) completed in 1995 and the fifth (index 4) in
	 * 2045, the fourth pending in 2045; with {@code duplicate}, a seventh reusing the
	 * fifth's code, completed in 2045.
	 */
	private static FormSheet outsideTheCalendar(boolean duplicate) {
		FormSheet sheet = new FormSheet("SO", vn.qms.stats.ingest.form.Forms.BM04).title("Kỳ báo cáo: 2026-Q3",
				"Mã đơn vị báo cáo: 91");
		java.time.LocalDateTime in2026 = java.time.LocalDateTime.of(2026, 7, 15, 8, 0);
		sheet.row("H91.26.1", "1.001757", "H91.07", in2026, "30/07/2026", "28/07/2026 10:15", "Trực tuyến");
		sheet.row("H91.95.2", "1.001757", "H91.07", java.time.LocalDateTime.of(1995, 3, 1, 8, 0), "15/03/1995",
				"10/03/1995 09:00", "Trực tiếp");
		sheet.row("H91.26.3", "1.001757", "H91.07", in2026, "30/07/2026", "29/07/2026 10:15", "Trực tuyến");
		sheet.row("H91.45.4", "1.001757", "H91.07", java.time.LocalDateTime.of(2045, 1, 2, 8, 0), "20/01/2045", "",
				"Trực tiếp");
		sheet.row("H91.45.5", "1.001757", "H91.07", java.time.LocalDateTime.of(2045, 1, 2, 8, 0), "20/01/2045",
				"05/01/2045 10:00", "Trực tiếp");
		sheet.row("H91.26.6", "1.001757", "H91.07", in2026, "30/07/2026", "", "Trực tuyến");
		if (duplicate) {
			sheet.row("H91.45.5", "1.001757", "H91.07", java.time.LocalDateTime.of(2045, 1, 3, 8, 0), "20/01/2045",
					"06/01/2045 10:00", "Trực tiếp");
		}
		return sheet;
	}

	/** The sheet as a CSV file: the generic path. */
	private static Path csv(FormSheet sheet, Path file) throws java.io.IOException {
		StringBuilder text = new StringBuilder();
		for (List<Object> row : sheet.rows()) {
			text.append(String.join(",", row.stream().map(Bm04IngestIntegrationTests::csvValue).toList())).append('\n');
		}
		return Files.writeString(file, text);
	}

	private static String csvValue(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof java.time.LocalDateTime time) {
			return time.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
		}
		String text = value.toString();
		return (text.contains(",") || text.contains("\"")) ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

	/**
	 * A one-sheet dossier log of {@code rows} good rows and, in the middle (row 506), one
	 * with {@code code}, its sheet named {@code sheetName} (longer than Excel allows, so
	 * renamed in the workbook's XML).
	 */
	private Path longValues(String code, String sheetName, int rows) throws java.io.IOException {
		vn.qms.stats.ingest.samples.FormSheet sheet = new vn.qms.stats.ingest.samples.FormSheet("SO",
				vn.qms.stats.ingest.form.Forms.BM04)
			.title("Kỳ báo cáo: 2026-Q3", "Mã đơn vị báo cáo: 91");
		for (int i = 0; i <= rows; i++) {
			String dossier = (i == 500) ? code : String.format("H91.26.%08d", i + 1);
			sheet.row(dossier, "1.001757", "H91.07", java.time.LocalDateTime.of(2026, 7, 15, 8, 0), "30/07/2026",
					"28/07/2026 10:15", "Trực tuyến");
		}
		Path file = vn.qms.stats.ingest.samples.SampleWorkbooks.write(this.input.resolve("bm04-dai.xlsx"), sheet);
		assertThat(sheet.dataRowNumber(500)).isEqualTo(506);
		try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(file)) {
			Path workbook = zip.getPath("xl/workbook.xml");
			String xml = Files.readString(workbook);
			assertThat(xml).contains("name=\"SO\"");
			Files.writeString(workbook, xml.replace("name=\"SO\"", "name=\"" + sheetName + "\""));
		}
		return file;
	}

	/** The xlsx with its sheet's row {@code row} made malformed XML. */
	private static Path brokenAt(Path xlsx, int row, Path target) throws java.io.IOException {
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(xlsx));
				java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(target))) {
			for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] bytes = in.readAllBytes();
				if (entry.getName().startsWith("xl/worksheets/")) {
					String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
					String start = "<row r=\"" + row + "\"";
					assertThat(xml).contains(start);
					bytes = xml.replace(start, start + " <<").getBytes(java.nio.charset.StandardCharsets.UTF_8);
				}
				out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
				out.write(bytes);
				out.closeEntry();
			}
		}
		return target;
	}

	static long skipped(IngestVerdict verdict) {
		return verdict.problems()
			.stream()
			.filter((problem) -> problem.messageKey().equals("ingest.row.skipped"))
			.count();
	}

	static int count(JdbcTemplate jdbc, String from) {
		return jdbc.queryForObject("select count(*) from " + from, Integer.class);
	}

}
