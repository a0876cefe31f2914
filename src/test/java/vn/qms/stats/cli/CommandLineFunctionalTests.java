package vn.qms.stats.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.ingest.samples.Bm02Sheet;
import vn.qms.stats.ingest.samples.SampleWorkbooks;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line as a script uses it: a dropped BM02 file, its verdict and exit status,
 * and the figures it prints, on H2 and on PostgreSQL.
 */
class CommandLineFunctionalTests {

	@TempDir
	Path folder;

	@Test
	void shouldPrintTheSameFiguresForTheSameFileOnH2AndPostgresql() throws IOException {
		Map<String, String> figures = new HashMap<>();
		for (String kind : new String[] { "h2", "postgresql" }) {
			try (TestDatabase database = TestDatabase.of(kind)) {
				// given the sample national compilation for 2020
				Path inbox = Files.createDirectories(this.folder.resolve(kind));
				Path file = Files.copy(Path.of("input-samples", SampleWorkbooks.NATIONAL_2020),
						inbox.resolve(SampleWorkbooks.NATIONAL_2020));
				// when
				CommandRun ingest = CommandRun.run("--db", database.url(), "ingest", file.toString());
				CommandRun csv = CommandRun.run("--db", database.url(), "figures", "--unit", "VN", "--period",
						"Năm 2020");
				// then
				assertThat(ingest.status()).isZero();
				assertThat(ingest.out()).contains("BM02 VN 2020").contains("85");
				assertThat(inbox.resolve("processed").resolve(SampleWorkbooks.NATIONAL_2020)).exists();
				assertThat(csv.status()).isZero();
				figures.put(kind, csv.out());
			}
		}
		assertThat(figures.get("h2"))
			.startsWith("figure,branch,unit_code,unit_name,period,numerator,denominator,value\n")
			.contains("units_compliant_rate,ministries,VN,Việt Nam,2020,20,22,0.909091\n")
			.contains("units_compliant_rate,provinces,VN,Việt Nam,2020,62,63,0.984127\n")
			.contains("encouraged_announced_rate,all,VN,Việt Nam,2020,74,98,0.755102\n")
			.contains("commune_announced_rate,all,VN,Việt Nam,2020,5564,8910,0.624467\n");
		assertThat(figures.get("postgresql")).isEqualTo(figures.get("h2"));
	}

	@Test
	void shouldRenderTheNationalReviewFromTheSamplesWithTheDemo() throws IOException {
		try (TestDatabase database = TestDatabase.h2()) {
			// when
			Path out = this.folder.resolve("out");
			CommandRun demo = CommandRun.run("--db", database.url(), "demo", "--out", out.toString());
			CommandRun json = CommandRun.run("--db", database.url(), "figures", "--unit", "VN", "--period", "2020",
					"--format", "json");
			// then
			assertThat(demo.status()).isZero();
			assertThat(out.resolve("review_VN_2020.xlsx")).isNotEmptyFile();
			try (PDDocument pdf = Loader.loadPDF(out.resolve("review_VN_2020.pdf").toFile())) {
				// justified lines come out with doubled spaces
				String text = new PDFTextStripper().getText(pdf).replaceAll("[ \\t]+", " ");
				assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
					.contains("90,9 % bộ, ngành (20/22)")
					.contains("98,4 % địa phương (62/63)")
					.contains("62,4 % UBND cấp xã (5.564/8.910)")
					.contains("75,5 % cơ quan thuộc đối tượng khuyến khích (74/98)");
			}
			assertThat(json.out()).contains("\"figure\" : \"units_compliant_rate\"")
				.contains("\"numerator\" : 20")
				.contains("\"value\" : 0.909091");
			assertQuarterlyReportReadsLikeASignedDocument(out.resolve("quarterly_91_2026-Q3.pdf"));
		}
	}

	/**
	 * An Giang's quarterly report of the demo: agencies by name, a trend of eight
	 * quarters of which those before the province's present form have no data, and a last
	 * page with the last section, the signers of config/application.yml and "Nơi nhận".
	 */
	private static void assertQuarterlyReportReadsLikeASignedDocument(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			String text = stripper.getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Hồ sơ chưa giải quyết đã quá hạn tại cuối kỳ:")
				.contains("2.001824 Sở Y tế")
				.doesNotContainPattern("\\d\\.\\d{6} H91\\.\\d\\d ");
			assertThat(text).contains("Q2/2025 – – – – – – Q3/2025 100,0 % (1/1)")
				.contains("Q2/2026 100,0 % (1/1)")
				.doesNotContain("0,0 % (0/1)");
			stripper.setStartPage(document.getNumberOfPages());
			String last = stripper.getText(document).replaceAll("\\s+", " ");
			assertThat(last).contains("VI. CHẤT LƯỢNG SỐ LIỆU", "TM. BAN CHỈ ĐẠO", "Trần Văn Phúc", "Lê Thị Thu Hà",
					"Nơi nhận: - Bộ Khoa học và Công nghệ;", "- Lưu: VT, Sở KH&CN.");
		}
	}

	@Test
	void shouldPrintTheFiguresOfEachUnitUnderTheNationAsEachPeriodNamedIt() throws IOException {
		try (TestDatabase database = TestDatabase.h2()) {
			// given the national summary of 2019 and An Giang's own summary for Quý
			// III/2026
			Path inbox = Files.createDirectories(this.folder.resolve("children"));
			Files.writeString(inbox.resolve("quoc-gia-2019.csv"), """
					BỘ KHOA HỌC VÀ CÔNG NGHỆ
					Kỳ báo cáo: Năm 2019
					Mã đơn vị báo cáo: VN

					Mã đơn vị,Tên đơn vị,Số cơ quan thuộc đối tượng bắt buộc,Số cơ quan bắt buộc đã công bố
					89,An Giang,10,8
					91,Kiên Giang,20,20
					44,Quảng Bình,4,3
					45,Quảng Trị,2,2
					""");
			Files.writeString(inbox.resolve("an-giang-2026-q3.csv"), """
					UBND TỈNH AN GIANG
					Kỳ báo cáo: Quý III/2026
					Mã đơn vị báo cáo: 91

					Mã đơn vị,Tên đơn vị,Số cơ quan thuộc đối tượng bắt buộc,Số cơ quan bắt buộc đã công bố
					91,An Giang,7,6
					""");
			CommandRun ingest = CommandRun.run("--db", database.url(), "ingest", inbox.toString());
			// when
			CommandRun in2019 = CommandRun.run("--db", database.url(), "figures", "--unit", "VN", "--period", "2019",
					"--children");
			CommandRun in2026 = CommandRun.run("--db", database.url(), "figures", "--unit", "VN", "--period", "2026-Q3",
					"--children");
			CommandRun restated = CommandRun.run("--db", database.url(), "figures", "--unit", "VN", "--period", "2019",
					"--children", "--restate", "current");
			CommandRun range = CommandRun.run("--db", database.url(), "figures", "--unit", "VN", "--from", "2024",
					"--to", "2025", "--children", "--format", "json");
			// then
			assertThat(ingest.status()).isZero();
			assertThat(in2019.status()).isZero();
			assertThat(in2019.out())
				.startsWith("figure,branch,unit_code,unit_name,period,numerator,denominator,value\n")
				.contains("mandatory_announced_rate,all,91,Kiên Giang,2019,20,20,1.000000\n")
				.contains("mandatory_announced_rate,all,89,An Giang,2019,8,10,0.800000\n")
				.contains("mandatory_announced_rate,all,44,Quảng Bình,2019,3,4,0.750000\n")
				.contains("reporting_rate,all,BKHCN,Bộ Khoa học và Công nghệ,2019,0,1,0.000000\n")
				.doesNotContain(",VN,");
			assertThat(in2026.out()).contains("mandatory_announced_rate,all,91,An Giang,2026-Q3,6,7,0.857143\n")
				.contains("reporting_rate,all,44,Quảng Trị,2026-Q3,0,1,0.000000\n")
				.doesNotContain(",89,", ",Kiên Giang,", ",Quảng Bình,");
			assertThat(restated.out()).contains("mandatory_announced_rate,all,91,An Giang,2019,28,30,0.933333\n")
				.contains("mandatory_announced_rate,all,44,Quảng Trị,2019,5,6,0.833333\n")
				.doesNotContain(",89,", ",Kiên Giang,");
			JsonNode objects = new ObjectMapper().readTree(range.out());
			assertThat(namesOf(objects, "91", "2024")).containsExactly("Kiên Giang");
			assertThat(namesOf(objects, "91", "2025")).containsExactly("An Giang");
			assertThat(namesOf(objects, "44", "2024")).containsExactly("Quảng Bình");
		}
	}

	private static List<String> namesOf(JsonNode objects, String code, String period) {
		List<String> names = new ArrayList<>();
		objects.forEach((object) -> {
			if (object.get("unit_code").asText().equals(code) && object.get("period").asText().equals(period)) {
				names.add(object.get("unit_name").asText());
			}
		});
		return names.stream().distinct().toList();
	}

	@Test
	void shouldAnswerABadCommandLineWithExitStatus2BeforeTouchingTheDatabase() {
		assertThat(CommandRun.run("figures", "--unit", "VN").status()).isEqualTo(2);
		assertThat(CommandRun.run("figures", "--unit", "VN", "--period", "Q5/2020").status()).isEqualTo(2);
		assertThat(CommandRun.run("figures", "--unit", "VN", "--period", "2020", "--restate", "2019").status())
			.isEqualTo(2);
		assertThat(CommandRun.run("figures", "--unit", "VN", "--period", "2020", "--from", "2015", "--to", "2020")
			.status()).isEqualTo(2);
		assertThat(CommandRun.run("report", "weekly", "--unit", "VN", "--period", "2020").status()).isEqualTo(2);
		assertThat(CommandRun.run("report", "quarterly", "--unit", "91", "--from", "2015", "--to", "2020").status())
			.isEqualTo(2);
		assertThat(CommandRun.run("no-such-command").status()).isEqualTo(2);
	}

	@Test
	void shouldRefuseAUnitNotInTheReferenceUnitsWithExitStatus2AndWriteNothing() throws IOException {
		try (TestDatabase database = TestDatabase.h2()) {
			// given
			Path out = this.folder.resolve("out");
			// when
			CommandRun report = CommandRun.run("--db", database.url(), "report", "quarterly", "--unit", "91' OR '1'='1",
					"--period", "2026-Q3", "--out", out.toString());
			CommandRun figures = CommandRun.run("--db", database.url(), "figures", "--unit", "NOSUCH", "--period",
					"2026-Q3");
			CommandRun known = CommandRun.run("--db", database.url(), "figures", "--unit", "BKHCN", "--period",
					"2026-Q3");
			// then
			assertThat(report.status()).isEqualTo(2);
			assertThat(report.err()).contains("Không có đơn vị mã 91' OR '1'='1 trong danh mục đơn vị",
					"No reference unit with the code 91' OR '1'='1");
			assertThat(out).doesNotExist();
			assertThat(figures.status()).isEqualTo(2);
			assertThat(figures.err()).contains("Không có đơn vị mã NOSUCH", "No reference unit with the code NOSUCH");
			assertThat(figures.out()).isEmpty();
			assertThat(known.status()).as(known.err()).isZero();
		}
	}

	@Test
	void shouldRefuseAYearOutOfTheSupportedRangeWithABilingualMessage() {
		// when
		CommandRun run = CommandRun.run("report", "review", "--unit", "VN", "--from", "2020", "--to", "99999");
		// then
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("Năm ngoài phạm vi hỗ trợ / Year out of the supported range: 99999")
			.contains("1900–2999");
	}

	@Test
	void shouldRejectAnUnknownUnitCodeNamingSheetRowAndColumnAndStoreNothing() throws IOException {
		Bm02Sheet sheet = national().row("BKHCN", "Bộ Khoa học và Công nghệ", 10, 10).row("BXX", "Bộ Không Có", 5, 5);
		assertRejected(sheet, "trang tính “Bộ ngành”, dòng 8, cột B (Mã đơn vị), giá trị “BXX”");
	}

	@Test
	void shouldRejectAFileWithoutPeriodAndStoreNothing() throws IOException {
		Bm02Sheet sheet = new Bm02Sheet("Bộ ngành").title("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "Mã đơn vị báo cáo: VN")
			.row("BKHCN", "Bộ Khoa học và Công nghệ", 10, 10);
		assertRejected(sheet, "trang tính “Bộ ngành”: Thiếu kỳ báo cáo");
	}

	@Test
	void shouldRejectMoreAnnouncedThanTotalNamingTheCellAndStoreNothing() throws IOException {
		Bm02Sheet sheet = national().row("BKHCN", "Bộ Khoa học và Công nghệ", 10, 10).row("BYT", "Bộ Y tế", 12, 30);
		assertRejected(sheet, "trang tính “Bộ ngành”, dòng 8, cột E (Số cơ quan bắt buộc đã công bố), giá trị “30”");
	}

	@Test
	void shouldLeaveAFileStillBeingWrittenInPlaceUnreadWithStatus3AndIngestItOnceComplete() throws Exception {
		try (TestDatabase database = TestDatabase.h2()) {
			// given a file something keeps writing to, and at most 2 s to wait for it
			Path inbox = Files.createDirectories(this.folder.resolve("inbox"));
			Path file = Files.writeString(inbox.resolve("bo-nganh.csv"), """
					BỘ KHOA HỌC VÀ CÔNG NGHỆ
					Kỳ báo cáo: Năm 2020
					Mã đơn vị báo cáo: VN

					Mã đơn vị,Tên đơn vị,Số cơ quan thuộc đối tượng bắt buộc,Số cơ quan bắt buộc đã công bố
					BKHCN,Bộ Khoa học và Công nghệ,10,10
					BYT,Bộ Y tế,12,12
					""");
			Map<String, String> settings = Map.of("qms.ingest.stable-for", "1s", "qms.ingest.wait-for-stable", "2s");
			CommandRun meanwhile;
			try (Writing writing = Writing.to(file)) {
				// when
				meanwhile = withSettings(settings,
						() -> CommandRun.run("--db", database.url(), "ingest", inbox.toString()));
			}
			CommandRun complete = withSettings(settings,
					() -> CommandRun.run("--db", database.url(), "ingest", inbox.toString()));
			// then it was left alone, unread, and read once nothing wrote to it any more
			assertThat(meanwhile.status()).isEqualTo(3);
			assertThat(meanwhile.out()).startsWith("CHƯA ĐỌC (tệp đang được ghi, để nguyên tại chỗ) bo-nganh.csv")
				.contains("(kích thước hoặc thời điểm sửa đổi vẫn thay đổi sau 2 giây chờ): tệp được để nguyên tại "
						+ "chỗ, chưa đọc. Xin chạy lại lệnh nhập khi tệp đã chép xong.");
			assertThat(complete.status()).isZero();
			assertThat(complete.out()).startsWith("ĐÃ NHẬN bo-nganh.csv BM02 VN 2020: 2 dòng");
			assertThat(inbox.resolve("processed").resolve("bo-nganh.csv")).exists();
			assertThat(inbox.resolve("rejected")).doesNotExist();
			JdbcTemplate jdbc = database.start().getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from batch_job_execution", Integer.class)).isOne();
		}
	}

	private void assertRejected(Bm02Sheet sheet, String where) throws IOException {
		try (TestDatabase database = TestDatabase.h2()) {
			// given
			Path file = SampleWorkbooks.write(this.folder.resolve("bad.xlsx"), sheet);
			// when
			CommandRun ingest = CommandRun.run("--db", database.url(), "ingest", file.toString());
			// then
			assertThat(ingest.status()).isEqualTo(3);
			assertThat(ingest.out()).startsWith("BỊ TỪ CHỐI bad.xlsx").contains(where);
			assertThat(this.folder.resolve("rejected").resolve("bad.xlsx")).exists();
			assertThat(this.folder.resolve("rejected").resolve("bad.xlsx.result.txt")).exists();
			JdbcTemplate jdbc = database.start().getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from submission", Integer.class)).isZero();
			assertThat(jdbc.queryForObject("select count(*) from bm02_row", Integer.class)).isZero();
		}
	}

	private static Bm02Sheet national() {
		return new Bm02Sheet("Bộ ngành").title("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "Kỳ báo cáo: Năm 2020",
				"Mã đơn vị báo cáo: VN");
	}

	/** Runs with these settings, as config/application.yml would give them. */
	private static CommandRun withSettings(Map<String, String> settings, Supplier<CommandRun> command) {
		settings.forEach(System::setProperty);
		try {
			return command.get();
		}
		finally {
			settings.keySet().forEach(System::clearProperty);
		}
	}

	/**
	 * Something writing to a file: its first bytes written again, unchanged, every 50 ms,
	 * until closed.
	 */
	private static final class Writing implements AutoCloseable {

		private final Thread thread;

		private volatile boolean writing = true;

		private Writing(Path file) throws IOException {
			byte[] start = Arrays.copyOf(Files.readAllBytes(file), 16);
			this.thread = new Thread(() -> {
				try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
					while (this.writing) {
						channel.write(ByteBuffer.wrap(start), 0);
						Thread.sleep(50);
					}
				}
				catch (IOException | InterruptedException ex) {
					throw new IllegalStateException(ex);
				}
			});
			this.thread.start();
		}

		static Writing to(Path file) throws IOException {
			return new Writing(file);
		}

		@Override
		public void close() throws InterruptedException {
			this.writing = false;
			this.thread.join();
		}

	}

}
