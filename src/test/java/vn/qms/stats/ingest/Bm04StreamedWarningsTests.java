package vn.qms.stats.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.ingest.IngestVerdict.Outcome;
import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.ingest.samples.FormSheet;
import vn.qms.stats.ingest.samples.SampleWorkbooks;
import vn.qms.stats.ingest.samples.SheetLayout;
import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warnings of a dossier log's title block and of the rows below its data are the same
 * on the streaming path (a one-sheet {@code .xlsx}: {@code loadBm04}, {@code swapBm04})
 * as on the generic path (the same rows as CSV): a period that has not begun, and rows
 * that look like data below the end of the data, which are not read.
 */
class Bm04StreamedWarningsTests {

	private static TestDatabase database;

	private static ConfigurableApplicationContext context;

	@TempDir
	Path input;

	@BeforeAll
	static void start() {
		database = TestDatabase.of("h2");
		context = database.start();
	}

	@AfterAll
	static void stop() {
		database.close();
	}

	@Test
	void shouldWarnOfAPeriodThatHasNotBegunOnTheStreamingPath() throws Exception {
		// given a log whose period, mistyped, is the year 2062
		FormSheet sheet = log("Kỳ báo cáo: Năm 2062", 3);
		// when
		IngestVerdict streamed = ingest(SampleWorkbooks.write(this.input.resolve("bm04-2062.xlsx"), sheet), true);
		IngestVerdict generic = ingest(csv(sheet.rows(), this.input.resolve("bm04-2062.csv")), false);
		// then both keep the rows and warn alike
		for (IngestVerdict verdict : List.of(streamed, generic)) {
			assertThat(verdict.outcome()).isEqualTo(Outcome.ACCEPTED);
			assertThat(verdict.period()).isEqualTo("2062");
			assertThat(verdict.rows()).isEqualTo(3);
			assertThat(verdict.problems())
				.filteredOn((problem) -> problem.messageKey().equals("ingest.title.period.future"))
				.singleElement()
				.satisfies((warning) -> {
					assertThat(warning.isError()).isFalse();
					assertThat(warning.message(Locale.ENGLISH))
						.startsWith("The reporting period Year 2062 has not begun yet (it begins on 01/01/2062; ");
				});
		}
	}

	@Test
	void shouldWarnOfRowsThatLookLikeDataBelowTheEndOfTheDataOnTheStreamingPath() throws Exception {
		// given a log of 3 dossiers, an empty row, a note (no data: the data end there),
		// then 2 more dossiers
		FormSheet sheet = log("Kỳ báo cáo: 2026-Q3", 3).withoutFooter();
		List<List<Object>> rows = new ArrayList<>(sheet.rows());
		int end = rows.size() + 2;
		rows.add(List.of());
		rows.add(Arrays.asList(null, "Số liệu bổ sung sau ngày khóa sổ"));
		int firstNotRead = rows.size() + 1;
		rows.add(dossier(4, "H91.26.4"));
		rows.add(dossier(5, "H91.26.5"));
		// when
		IngestVerdict streamed = ingest(SampleWorkbooks.write(this.input.resolve("bm04-cuoi.xlsx"), layout(rows)),
				true);
		IngestVerdict generic = ingest(csv(rows, this.input.resolve("bm04-cuoi.csv")), false);
		// then both store the 3 dossiers of the data and say which rows were not read
		for (IngestVerdict verdict : List.of(streamed, generic)) {
			assertThat(verdict.outcome()).isEqualTo(Outcome.ACCEPTED);
			assertThat(verdict.rows()).isEqualTo(3);
			assertThat(verdict.problems()).filteredOn((problem) -> problem.messageKey().equals("ingest.rows.not.read"))
				.singleElement()
				.satisfies((warning) -> {
					assertThat(warning.isError()).isFalse();
					assertThat(warning.row()).isEqualTo(firstNotRead);
					assertThat(warning.message(Locale.ENGLISH)).isEqualTo(
							"This row looks like data but was not read, nor were those below it: the data ended at "
									+ "row " + end + " (below an empty row, a row that is no data). If they belong to "
									+ "the table, delete the empty row and row " + end);
				});
			assertThat(verdict.problems()).extracting(Problem::messageKey).doesNotContain("ingest.rows.skipped");
		}
	}

	@Test
	void shouldNotWarnOfTheSignaturesBelowTheFooter() throws Exception {
		// given a log with its usual footer (an empty row, then "Người lập biểu" and the
		// signatures below)
		FormSheet sheet = log("Kỳ báo cáo: 2026-Q3", 3);
		// when
		IngestVerdict streamed = ingest(SampleWorkbooks.write(this.input.resolve("bm04-ky.xlsx"), sheet), true);
		// then
		assertThat(streamed.outcome()).isEqualTo(Outcome.ACCEPTED);
		assertThat(streamed.problems()).extracting(Problem::messageKey).doesNotContain("ingest.rows.not.read");
	}

	@Test
	void shouldWarnOfHiddenColumnsOnTheStreamingPathToo() throws Exception {
		// given a log whose column M, holding nothing the form reads, is hidden
		Path file = SampleWorkbooks.write(this.input.resolve("bm04-an-cot.xlsx"), log("Kỳ báo cáo: 2026-Q3", 3));
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				java.nio.file.Files.newInputStream(file))) {
			workbook.getSheetAt(0).setColumnHidden(12, true);
			try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		// when
		IngestVerdict streamed = ingest(file, true);
		// then it is read, and the sender told of the hidden column, as on the generic
		// path
		assertThat(streamed.outcome()).isEqualTo(Outcome.ACCEPTED);
		assertThat(streamed.rows()).isEqualTo(3);
		assertThat(streamed.problems())
			.filteredOn((problem) -> problem.messageKey().equals("ingest.sheet.hidden.columns"))
			.singleElement()
			.satisfies((warning) -> assertThat(warning.isError()).isFalse());
	}

	private IngestVerdict ingest(Path file, boolean streamed) throws Exception {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		int before = swaps(jdbc);
		IngestVerdict verdict = context.getBean(Ingestor.class).ingest(file, false);
		// the path the file took
		assertThat(swaps(jdbc) - before).isEqualTo(streamed ? 1 : 0);
		return verdict;
	}

	private static int swaps(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select count(*) from batch_step_execution where step_name = 'swapBm04'",
				Integer.class);
	}

	private static FormSheet log(String period, int dossiers) {
		FormSheet sheet = new FormSheet("SO", Forms.BM04).title(period, "Mã đơn vị báo cáo: 91");
		for (int i = 1; i <= dossiers; i++) {
			sheet.row(dossier(i, "H91.26." + i).subList(1, 8).toArray());
		}
		return sheet;
	}

	private static List<Object> dossier(int number, String code) {
		return Arrays.asList(number, code, "1.001757", "H91.07", LocalDateTime.of(2026, 7, 15, 8, 0), "30/07/2026",
				"28/07/2026 10:15", "Trực tuyến");
	}

	private static SheetLayout layout(List<List<Object>> rows) {
		return new SheetLayout() {

			@Override
			public String name() {
				return "SO";
			}

			@Override
			public List<List<Object>> rows() {
				return rows;
			}

		};
	}

	/** The rows as a CSV file: the generic path, each row on the line of its number. */
	private static Path csv(List<List<Object>> rows, Path file) throws java.io.IOException {
		StringBuilder text = new StringBuilder();
		for (List<Object> row : rows) {
			text.append(String.join(",", row.stream().map(Bm04StreamedWarningsTests::csvValue).toList())).append('\n');
		}
		return Files.writeString(file, text);
	}

	private static String csvValue(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof LocalDateTime time) {
			return time.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
		}
		String text = value.toString();
		return (text.contains(",") || text.contains("\"")) ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

}
