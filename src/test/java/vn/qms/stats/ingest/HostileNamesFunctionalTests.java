package vn.qms.stats.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.ingest.IngestVerdict.Outcome;
import vn.qms.stats.ingest.samples.ByteNamedFiles;
import vn.qms.stats.ingest.samples.HardLinkedFiles;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every byte of an input is hostile, its name and its place included: a long Vietnamese
 * name, a name with a line feed, a symbolic link in the input folder, a second name (hard
 * link) there of a file kept elsewhere, a {@code rejected/} that is a link elsewhere.
 */
class HostileNamesFunctionalTests {

	/** A normal Vietnamese name: 174 characters, 221 bytes of UTF-8. */
	static final String LONG_NAME = "Báo cáo tình hình triển khai áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001 "
			+ "tại các cơ quan hành chính nhà nước của Sở Nội vụ tỉnh An Giang lần hai (đã kiểm tra).xlsx";

	@TempDir
	Path work;

	@Test
	void shouldMoveAFileWithALongVietnameseNameAndWriteItsResultFilesAndAnnotatedCopy() throws Exception {
		try (TestDatabase database = TestDatabase.of("h2")) {
			// given
			ConfigurableApplicationContext context = database.start();
			Path input = Files.createDirectories(this.work.resolve("input"));
			Path file = BadBm02.announcedAboveTotal(input.resolve(LONG_NAME));
			// when
			IngestVerdict verdict = context.getBean(Ingestor.class).ingest(file, false);
			// then
			assertThat(verdict.outcome()).isEqualTo(Outcome.REJECTED);
			Path rejected = input.resolve("rejected");
			assertThat(rejected.resolve(LONG_NAME)).isRegularFile();
			List<String> names = names(rejected);
			assertThat(names).hasSize(4).allSatisfy((name) -> assertThat(bytes(name)).isLessThanOrEqualTo(255));
			assertThat(names.stream().filter((name) -> name.endsWith(".xlsx.result.json"))).singleElement()
				.satisfies((name) -> assertThat(name).startsWith("Báo cáo tình hình triển khai"));
			assertThat(names.stream().filter((name) -> name.endsWith(".xlsx.result.txt"))).hasSize(1);
			assertThat(names.stream().filter((name) -> name.endsWith(".xlsx.annotated.xlsx"))).hasSize(1);
		}
	}

	@Test
	void shouldReadAFileWhoseNameIsNotUtf8UnderANameWithoutTheUnreadableBytes() throws Exception {
		ByteNamedFiles.assumeSupported();
		try (TestDatabase database = TestDatabase.of("h2")) {
			// given a workbook named in bytes of an old Windows code page (0xE1 is "á" in
			// cp1258), as an old share or archive gives it: Java cannot open it by its
			// name
			ConfigurableApplicationContext context = database.start();
			Path input = Files.createDirectories(this.work.resolve("input"));
			Path made = BadBm02.announcedAboveTotal(input.resolve("made.xlsx"));
			Path file = ByteNamedFiles.moveAsCp1258(made, input);
			// when
			IngestVerdict verdict = context.getBean(Ingestor.class).ingest(file, false);
			// then it is read, and moved under a name without those bytes
			assertThat(verdict.outcome()).isEqualTo(Outcome.REJECTED);
			assertThat(verdict.problems()).extracting(Problem::messageKey).contains("ingest.rule.not.greater");
			assertThat(input.resolve("rejected").resolve("b_o-c_o.xlsx")).isRegularFile();
		}
	}

	@Test
	void shouldKeepTheVerdictAndResultOfAFileNamedWithALineFeedOnTheirOwnLines() throws Exception {
		try (TestDatabase database = TestDatabase.of("h2")) {
			// given a file whose name would forge a second verdict line
			ConfigurableApplicationContext context = database.start();
			Path input = Files.createDirectories(this.work.resolve("input"));
			Path file = BadBm02.announcedAboveTotal(input.resolve("a\nOK b.xlsx: 85 rows, 0 errors.xlsx"));
			// when
			IngestVerdict verdict = context.getBean(Ingestor.class).ingest(file, false);
			// then
			assertThat(verdict.line(Locale.ENGLISH)).doesNotContain("\n", "\r")
				.startsWith("REJECTED a\\nOK b.xlsx: 85 rows, 0 errors.xlsx BM02 VN 2020: 2 rows, 1 errors");
			Path rejected = input.resolve("rejected");
			String result = Files.readString(rejected.resolve(file.getFileName() + ".result.txt"));
			assertThat(result.lines()).filteredOn((line) -> line.startsWith("OK")).isEmpty();
			assertThat(result).startsWith("Tệp / File: a\\nOK b.xlsx: 85 rows, 0 errors.xlsx\n");
		}
	}

	@Test
	void shouldRefuseASymlinkedInputFileWithoutReadingOrMovingIt() throws Exception {
		try (TestDatabase database = TestDatabase.of("h2")) {
			// given a link in the input folder to a workbook outside it
			ConfigurableApplicationContext context = database.start();
			Path input = Files.createDirectories(this.work.resolve("input"));
			Path outside = BadBm02
				.unknownUnitCode(Files.createDirectories(this.work.resolve("secret")).resolve("x.xlsx"));
			Path link = Files.createSymbolicLink(input.resolve("link.xlsx"), outside);
			// when
			List<IngestVerdict> verdicts = context.getBean(Ingestor.class).ingestAll(List.of(input), false);
			// then
			assertThat(verdicts).singleElement().satisfies((verdict) -> {
				assertThat(verdict.outcome()).isEqualTo(Outcome.REJECTED);
				assertThat(verdict.movedTo()).isNull();
				assertThat(verdict.line(Locale.ENGLISH)).startsWith("REJECTED link.xlsx")
					.contains("symbolic link", "not read");
				assertThat(verdict.line(ProblemMessages.VIETNAMESE)).contains("liên kết tượng trưng");
			});
			assertThat(Files.isSymbolicLink(link)).isTrue();
			assertThat(names(input)).containsExactly("link.xlsx");
			assertThat(names(outside.getParent())).containsExactly("x.xlsx");
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from batch_job_instance", Integer.class)).isZero();
		}
	}

	@Test
	void shouldRefuseAHardLinkedInputFileWithoutReadingOrMovingIt() throws Exception {
		try (TestDatabase database = TestDatabase.of("h2")) {
			// given a second name in the input folder of a workbook kept outside it,
			// whose
			// unknown unit code a reading would echo
			ConfigurableApplicationContext context = database.start();
			Path input = Files.createDirectories(this.work.resolve("input"));
			Path outside = BadBm02
				.unknownUnitCode(Files.createDirectories(this.work.resolve("secret")).resolve("x.xlsx"));
			Path link = HardLinkedFiles.link(input.resolve("link.xlsx"), outside);
			// when
			List<IngestVerdict> verdicts = context.getBean(Ingestor.class).ingestAll(List.of(input), false);
			// then
			assertThat(verdicts).singleElement().satisfies((verdict) -> {
				assertThat(verdict.outcome()).isEqualTo(Outcome.REJECTED);
				assertThat(verdict.movedTo()).isNull();
				assertThat(verdict.line(Locale.ENGLISH)).startsWith("REJECTED link.xlsx")
					.contains("other names (hard links)", "not read", "Copy the file into the folder");
				assertThat(verdict.line(ProblemMessages.VIETNAMESE)).contains("liên kết cứng", "không được đọc");
				assertThat(verdict.problems()).singleElement()
					.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("ingest.file.hardlink"));
				assertThat(List.of(verdict.line(Locale.ENGLISH), verdict.line(ProblemMessages.VIETNAMESE),
						verdict.problems().toString()))
					.noneMatch((text) -> text.contains("BXX") || text.contains("Bộ Không Tồn Tại")
							|| text.contains("BKHCN") || text.contains("Năm 2020"));
			});
			assertThat(names(input)).containsExactly("link.xlsx");
			assertThat(Files.isSameFile(link, outside)).isTrue();
			assertThat(names(outside.getParent())).containsExactly("x.xlsx");
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from batch_job_instance", Integer.class)).isZero();
		}
	}

	@Test
	void shouldNotRenameAHardLinkedFileWhoseNameIsNotUtf8() throws Exception {
		ByteNamedFiles.assumeSupported();
		try (TestDatabase database = TestDatabase.of("h2")) {
			// given a workbook named in cp1258 bytes in the input folder that has a
			// second
			// name kept outside it
			ConfigurableApplicationContext context = database.start();
			Path input = Files.createDirectories(this.work.resolve("input"));
			Path file = ByteNamedFiles.moveAsCp1258(BadBm02.announcedAboveTotal(input.resolve("made.xlsx")), input);
			HardLinkedFiles.link(Files.createDirectories(this.work.resolve("secret")).resolve("x.xlsx"), file);
			// when
			IngestVerdict verdict = context.getBean(Ingestor.class).ingest(file, false);
			// then it is refused as a second name, and left under the name it had
			assertThat(verdict.problems()).extracting(Problem::messageKey).containsExactly("ingest.file.hardlink");
			assertThat(Files.isRegularFile(file)).isTrue();
			assertThat(names(input)).hasSize(1).doesNotContain("b_o-c_o.xlsx");
		}
	}

	@Test
	void shouldLeaveAFileInPlaceWhenRejectedIsASymlinkAndWriteNothingThroughIt() throws Exception {
		try (TestDatabase database = TestDatabase.of("h2")) {
			// given a rejected/ that leads elsewhere
			ConfigurableApplicationContext context = database.start();
			Path input = Files.createDirectories(this.work.resolve("input"));
			Path elsewhere = Files.createDirectories(this.work.resolve("elsewhere"));
			Files.createSymbolicLink(input.resolve("rejected"), elsewhere);
			Path file = BadBm02.announcedAboveTotal(input.resolve("c-above.xlsx"));
			// when
			IngestVerdict verdict = context.getBean(Ingestor.class).ingest(file, false);
			// then
			assertThat(verdict.outcome()).isEqualTo(Outcome.REJECTED);
			assertThat(verdict.movedTo()).isNull();
			assertThat(verdict.line(Locale.ENGLISH)).contains("rejected", "symbolic link", "left where it is");
			assertThat(file).isRegularFile();
			assertThat(names(elsewhere)).isEmpty();
		}
	}

	private static List<String> names(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((path) -> path.getFileName().toString()).sorted().toList();
		}
	}

	private static int bytes(String name) {
		return name.getBytes(StandardCharsets.UTF_8).length;
	}

}
