package vn.qms.stats.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.ingest.samples.FormSheet;
import vn.qms.stats.ingest.samples.SampleWorkbooks;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code inspect} refuses what {@code ingest} refuses: for the same file it lists the
 * same problems, each at the same sheet, row, column and value with the same message,
 * that {@code ingest} writes in the file's {@code .result.txt}, and ends with the status
 * of a rejected file. Senders check a file with it before sending.
 */
class InspectFunctionalTests {

	private static final Pattern RESULT_LINE = Pattern.compile("^\\d+\\. (\\[.*)$");

	@TempDir
	Path folder;

	@Test
	void shouldRefuseAPeriodThatDoesNotExistAsIngestDoes() throws IOException {
		// given a BM03 of An Giang whose title block names no period that exists
		List<Path> files = new ArrayList<>();
		String[] periods = { "Năm 9999", "Năm 0", "Quý 5/2026", "2026-Q0", "Quý III/2026/2027" };
		for (int i = 0; i < periods.length; i++) {
			files.add(SampleWorkbooks.write(this.folder.resolve("ky-" + i + ".xlsx"),
					bm03("Kỳ báo cáo: " + periods[i], "Mã đơn vị báo cáo: 91").row(procedure("1.001757", "H91.07"))));
		}
		// when, then
		assertInspectListsWhatIngestLists(files, "Kỳ báo cáo không hợp lệ");
	}

	@Test
	void shouldRefuseAnUnknownUnitAndOneAbolishedInThePeriodAsIngestDoes() throws IOException {
		// given a unit code that never existed, and Kiên Giang's 89, merged into An Giang
		// (91) on 1 July 2025
		Path unknown = SampleWorkbooks.write(this.folder.resolve("zz.xlsx"),
				bm03("Kỳ báo cáo: Quý III/2026", "Mã đơn vị báo cáo: ZZ").row(procedure("1.001757", "H91.07")));
		Path abolished = SampleWorkbooks.write(this.folder.resolve("89.xlsx"),
				bm03("Kỳ báo cáo: Quý III/2026", "Mã đơn vị báo cáo: 89").row(procedure("1.001757", "H91.07")));
		// when, then
		assertInspectListsWhatIngestLists(List.of(unknown, abolished),
				"Đơn vị báo cáo không có trong danh mục đơn vị của kỳ 2026-Q3");
	}

	@Test
	void shouldListTheRuleErrorsAcrossRowsAsIngestDoes() throws IOException {
		// given a procedure twice at one agency, more dossiers resolved than received,
		// and
		// days cut that disagree with the statutory and actual days
		Object[] late = procedure("1.000894", "H91.07");
		late[9] = 115;
		Object[] cut = procedure("1.004227", "H91.07");
		cut[6] = 4;
		Path file = SampleWorkbooks.write(this.folder.resolve("bm03.xlsx"),
				bm03("Kỳ báo cáo: Quý III/2026", "Mã đơn vị báo cáo: 91").row(procedure("1.001757", "H91.07"))
					.row(procedure("1.001757", "H91.08"))
					.row(procedure("1.001757", "H91.07"))
					.row(late)
					.row(cut)
					.row(procedure("1001757", "H91.09")));
		// when, then
		List<String> problems = assertInspectListsWhatIngestLists(List.of(file), "Giá trị trùng với dòng 7");
		assertThat(problems)
			.contains("[LỖI] trang tính “BM03”, dòng 9, cột B (Mã TTHC), giá trị “1.001757”: Giá trị trùng với dòng 7")
			.anyMatch((line) -> line.startsWith("[LỖI] trang tính “BM03”, dòng 10, cột L"))
			.anyMatch((line) -> line.startsWith("[LỖI] trang tính “BM03”, dòng 11, cột H")
					&& line.endsWith("phải bằng Số ngày cắt giảm: 15 − 12 = 3"))
			.anyMatch((line) -> line.startsWith("[CẢNH BÁO] trang tính “BM03”, dòng 12, cột B"));
	}

	/**
	 * Runs {@code inspect} on each file and {@code ingest --keep} on all of them, and
	 * asserts that each file is rejected by both, with the same problem lines, among them
	 * one containing {@code expected}. The lines of the last file are returned.
	 */
	private List<String> assertInspectListsWhatIngestLists(List<Path> files, String expected) throws IOException {
		List<CommandRun> inspected = files.stream().map((file) -> CommandRun.run("inspect", file.toString())).toList();
		CommandRun english = CommandRun.run("--lang", "en", "inspect", files.get(0).toString());
		List<String> lines = List.of();
		try (TestDatabase database = TestDatabase.h2()) {
			List<String> arguments = new ArrayList<>(List.of("--db", database.url(), "ingest", "--keep"));
			files.forEach((file) -> arguments.add(file.toString()));
			CommandRun ingest = CommandRun.run(arguments.toArray(String[]::new));
			assertThat(ingest.status()).isEqualTo(3);
			for (int i = 0; i < files.size(); i++) {
				Path file = files.get(i);
				CommandRun inspect = inspected.get(i);
				assertThat(ingest.out()).contains("BỊ TỪ CHỐI " + file.getFileName());
				List<String> result = resultLines(file);
				lines = problemLines(inspect.out());
				assertThat(inspect.status()).as(inspect.out()).isEqualTo(3);
				assertThat(lines).as(inspect.out()).containsExactlyInAnyOrderElementsOf(result);
				assertThat(lines).anyMatch((line) -> line.contains(expected));
				long errors = lines.stream().filter((line) -> line.startsWith("[LỖI]")).count();
				assertThat(inspect.out()).contains("Kết quả: " + errors + " lỗi, " + (lines.size() - errors)
						+ " cảnh báo: tệp sẽ bị từ chối khi nhận (ingest)");
			}
			assertThat(english.status()).isEqualTo(3);
			assertThat(problemLines(english.out()))
				.containsExactlyInAnyOrderElementsOf(resultLinesEnglish(files.get(0)));
			assertThat(english.out()).contains("ingest would reject the file");
		}
		return lines;
	}

	/** The problems {@code inspect} printed, each on its line, as the user reads them. */
	private static List<String> problemLines(String out) {
		return out.lines().filter((line) -> line.startsWith("  [")).map(String::strip).toList();
	}

	/** The Vietnamese lines of the problems in the file's {@code .result.txt}. */
	private static List<String> resultLines(Path file) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String line : Files.readAllLines(result(file), StandardCharsets.UTF_8)) {
			Matcher numbered = RESULT_LINE.matcher(line);
			if (numbered.matches()) {
				lines.add(numbered.group(1));
			}
		}
		assertThat(lines).isNotEmpty();
		return lines;
	}

	/** The English lines of the problems in the file's {@code .result.txt}. */
	private static List<String> resultLinesEnglish(Path file) throws IOException {
		return Files.readAllLines(result(file), StandardCharsets.UTF_8)
			.stream()
			.filter((line) -> line.startsWith("   ["))
			.map(String::strip)
			.toList();
	}

	private static Path result(Path file) {
		return file.resolveSibling(file.getFileName() + ".result.txt");
	}

	private static FormSheet bm03(String... title) {
		List<String> lines = new ArrayList<>(List.of("UBND TỈNH AN GIANG"));
		lines.addAll(List.of(title));
		return new FormSheet("BM03", Forms.BM03).title(lines.toArray());
	}

	private static Object[] procedure(String code, String agency) {
		return new Object[] { code, "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng", agency, 15, 12, 3, "Có", 120,
				110, 6 };
	}

}
