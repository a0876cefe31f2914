package vn.qms.stats.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.qms.stats.ingest.samples.Bm02Sheet;
import vn.qms.stats.ingest.samples.SampleUnits;
import vn.qms.stats.ingest.samples.SampleWorkbooks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code inspect} reads a file within the limits {@code ingest} reads it within: the
 * configured {@code qms.guard.*} sizes and {@code qms.ingest.*} row and problem limits,
 * not the built-in ones.
 */
class InspectCommandTests {

	@TempDir
	Path folder;

	@Test
	void shouldStopReadingAtTheConfiguredRowLimit() throws IOException {
		// given five ministries, and a limit of three rows in memory
		Path file = SampleWorkbooks.write(this.folder.resolve("bo-nganh.xlsx"), ministries(5, 10));
		// when
		String configured = inspect(Map.of("qms.ingest.max-rows-in-memory", "3"), file, 3);
		String defaults = inspect(Map.of(), file, 0);
		// then
		assertThat(configured).contains("Too many rows to read at once: reading stopped at row 10 of sheet "
				+ "“Bộ ngành” (at most 3 data rows of a file are read in memory)");
		assertThat(defaults).contains("rows: 5").doesNotContain("Too many rows");
	}

	@Test
	void shouldStopListingAtTheConfiguredProblemLimit() throws IOException {
		// given five ministries whose announced count is no number, and a limit of two
		// problems
		Path file = SampleWorkbooks.write(this.folder.resolve("bo-nganh.xlsx"), ministries(5, "mười"));
		// when
		String configured = inspect(Map.of("qms.ingest.max-problems", "2"), file, 3);
		String defaults = inspect(Map.of(), file, 3);
		// then
		assertThat(configured).contains(
				"Too many problems: reading stopped at row 9 of sheet “Bộ ngành” after 2 " + "errors and warnings");
		assertThat(configured.lines().filter((line) -> line.contains("Not a number"))).hasSize(2);
		assertThat(defaults).doesNotContain("Too many problems");
		assertThat(defaults.lines().filter((line) -> line.contains("Not a number"))).hasSize(5);
	}

	@Test
	void shouldRefuseAFileAboveTheConfiguredSize() throws IOException {
		// given a CSV of nearly 2 MB, and a limit of 1 MB for CSV files
		StringBuilder csv = new StringBuilder("Kỳ báo cáo: Năm 2020\nMã đơn vị báo cáo: VN\n\n")
			.append("Mã đơn vị,Tên đơn vị,Số cơ quan thuộc đối tượng bắt buộc,Số cơ quan bắt buộc đã công bố\n");
		for (int i = 0; csv.length() < 1_900_000; i++) {
			csv.append("BX").append(i).append(",Bo so ").append(i).append(",10,10\n");
		}
		Path file = Files.writeString(this.folder.resolve("bo-nganh.csv"), csv);
		// when
		String configured = inspect(Map.of("qms.guard.max-file-mb", "1", "qms.ingest.max-rows-in-memory", "1000000"),
				file, 3);
		String defaults = inspect(Map.of("qms.ingest.max-rows-in-memory", "1000000"), file, 3);
		// then
		assertThat(configured).contains("The file is too large (2 MB, at most 1 MB for .xls and .csv files)")
			.doesNotContain("BM02");
		assertThat(defaults).contains("BM02").doesNotContain("too large");
	}

	@Test
	void shouldCountWorkingDaysWithTheConfiguredCalendar() throws IOException {
		// given a dossier log of 2020, and a calendar listing the days of 1990 only (so
		// counting 1975-2005), while the shipped one counts 2003-2041
		Path calendar = Files.writeString(this.folder.resolve("holidays.csv"), """
				date,name_vi,name_en,kind
				1990-01-01,Tết Dương lịch,New Year's Day,HOLIDAY
				""");
		Path file = Files.writeString(this.folder.resolve("so-ho-so.csv"), """
				Kỳ báo cáo: Quý III/2020
				Mã đơn vị báo cáo: 91
				Mã hồ sơ,Mã TTHC,Mã cơ quan,Ngày tiếp nhận,Ngày hẹn trả,Ngày trả kết quả,Hình thức nộp
				H91.1,1.001001,91.001,17/08/2020 08:30,20/08/2020 16:30,19/08/2020 10:00,Trực tiếp
				H91.2,1.001001,91.001,18/08/2020 08:30,21/08/2020 16:30,20/08/2020 10:00,Trực tiếp
				""");
		// when
		String configured = inspect(Map.of("qms.calendar", calendar.toString()), file, 0);
		String defaults = inspect(Map.of(), file, 0);
		// then inspect warns as ingest would, with the configured calendar's years
		assertThat(configured).contains("Completed dossiers with a date outside the working-day calendar "
				+ "(1975–2005): 2, the first at row 4");
		assertThat(defaults).contains("BM04").doesNotContain("outside the working-day calendar");
	}

	private static Bm02Sheet ministries(int rows, Object announced) {
		Bm02Sheet sheet = new Bm02Sheet("Bộ ngành").title("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "Kỳ báo cáo: Năm 2020",
				"Mã đơn vị báo cáo: VN");
		for (int i = 1; i <= rows; i++) {
			SampleUnits.Named ministry = SampleUnits.MINISTRIES.get(i - 1);
			sheet.row(ministry.code(), ministry.name(), 10, announced);
		}
		return sheet.withoutTotal();
	}

	/**
	 * Runs {@code inspect} in English with these settings, as config/application.yml
	 * would give them, and asserts its exit status.
	 */
	private static String inspect(Map<String, String> settings, Path file, int status) {
		PrintStream original = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		settings.forEach(System::setProperty);
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			assertThat(Main.run("--lang", "en", "inspect", file.toString())).isEqualTo(status);
			return captured.toString(StandardCharsets.UTF_8);
		}
		finally {
			System.setOut(original);
			settings.keySet().forEach(System::clearProperty);
		}
	}

}
