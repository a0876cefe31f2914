package vn.qms.stats.ingest;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.qms.stats.ingest.annotate.AnnotatedCopy;
import vn.qms.stats.ingest.annotate.Annotation;
import vn.qms.stats.ingest.bulk.Bm04Reading;
import vn.qms.stats.ingest.bulk.Bm04Row;
import vn.qms.stats.ingest.bulk.Bm04SheetParser;
import vn.qms.stats.ingest.bulk.RowProblem;
import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.ingest.samples.FormSheet;
import vn.qms.stats.ingest.samples.IsoDateWorkbooks;
import vn.qms.stats.ingest.samples.SampleWorkbooks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dossier log whose dates are ISO 8601 date cells ({@code t="d"}, as openpyxl writes
 * them with {@code iso_dates=True}) reads as the same log with ordinary date cells, on
 * both ways a log is read: in memory (any form) and streamed (a single-sheet log).
 */
class IsoDateCellsTests {

	private static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 7, 15, 8, 0);

	private static final LocalDateTime DUE = LocalDateTime.of(2026, 7, 30, 0, 0);

	private static final LocalDateTime COMPLETED = LocalDateTime.of(2026, 7, 28, 10, 15, 30);

	@TempDir
	Path folder;

	private final SubmissionReader reader = new SubmissionReader(new TestReferenceUnits(), Forms.all());

	@Test
	void shouldReadIsoDateCellsAsTheDatesTheyHoldOnBothPaths() throws Exception {
		// given: the first dossier's dates are date cells, the next two dossiers' are ISO
		// date cells: a date and time, a date, a time with a fraction and a time zone
		FormSheet sheet = log(3);
		Map<String, String> iso = new LinkedHashMap<>();
		for (int i = 1; i < 3; i++) {
			iso.put(cell(sheet, i, "received_at"), "2026-07-15T08:00:00");
			iso.put(cell(sheet, i, "due_at"), "2026-07-30");
			iso.put(cell(sheet, i, "completed_at"), "2026-07-28T10:15:30.000Z");
		}
		Path file = IsoDateWorkbooks.rewrite(SampleWorkbooks.write(this.folder.resolve("iso.xlsx"), sheet), iso);
		// when
		FileReading reading = this.reader.read(file);
		Streamed streamed = stream(file);
		// then
		assertThat(reading.problems()).isEmpty();
		assertThat(reading.submissions().get(0).sheets().get(0).rows())
			.extracting((row) -> List.of(row.get("received_at"), row.get("due_at"), row.get("completed_at")))
			.containsOnly(List.of(RECEIVED, DUE, COMPLETED))
			.hasSize(3);
		assertThat(streamed.damage()).isNull();
		assertThat(streamed.problems()).isEmpty();
		assertThat(streamed.rows()).extracting((row) -> List.of(row.receivedAt(), row.dueAt(), row.completedAt()))
			.containsOnly(List.of(RECEIVED, DUE, COMPLETED))
			.hasSize(3);
	}

	@Test
	void shouldRejectAnIsoDateCellThatIsNoDateAtItsCellAndAnnotateIt() throws Exception {
		// given: 30 February in the second dossier, a valid ISO date in the third
		FormSheet sheet = log(3);
		String wrong = cell(sheet, 1, "received_at");
		String right = cell(sheet, 2, "received_at");
		Path file = IsoDateWorkbooks.rewrite(SampleWorkbooks.write(this.folder.resolve("iso-sai.xlsx"), sheet),
				Map.of(wrong, "2026-02-30T08:00:00", right, "2026-07-15T08:00:00"));
		// when
		FileReading reading = this.reader.read(file);
		Streamed streamed = stream(file);
		Annotation annotation = new AnnotatedCopy().write(file, reading.problems());
		// then
		assertThat(reading.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.messageKey()).isEqualTo("ingest.cell.not.datetime");
			assertThat(problem.describe(Locale.ENGLISH)).isEqualTo("[ERROR] sheet “Sổ hồ sơ”, row "
					+ sheet.dataRowNumber(1) + ", column " + sheet.columnLetter("received_at")
					+ " (Ngày tiếp nhận), value “2026-02-30T08:00:00”: Not a date and time (write dd/MM/yyyy HH:mm)");
		});
		assertThat(streamed.damage()).isNull();
		assertThat(streamed.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.messageKey()).isEqualTo("ingest.cell.not.datetime");
			assertThat(problem.row()).isEqualTo(sheet.dataRowNumber(1));
			assertThat(problem.value()).isEqualTo("2026-02-30T08:00:00");
		});
		assertThat(streamed.rows()).extracting(Bm04Row::receivedAt).containsExactly(RECEIVED, RECEIVED);
		assertThat(annotation.copy()).isNotNull();
		try (Workbook copy = WorkbookFactory.create(annotation.copy().toFile(), null, true)) {
			assertThat(cell(copy, wrong).getStringCellValue()).isEqualTo("2026-02-30T08:00:00");
			assertThat(cell(copy, wrong).getCellComment().getString().getString()).startsWith("Lỗi: ");
			assertThat(cell(copy, right).getLocalDateTimeCellValue()).isEqualTo(RECEIVED);
		}
	}

	@Test
	void shouldReadTheSavedDateOfAFormulaOnBothPaths() throws Exception {
		// given: the due dates computed in the sheet (received + 15 days), as many
		// agencies' logs do; the formula is never evaluated, its saved result is read
		FormSheet sheet = log(3);
		Map<String, String> formulas = new LinkedHashMap<>();
		for (int i = 0; i < 3; i++) {
			formulas.put(cell(sheet, i, "due_at"), "INT(" + cell(sheet, i, "received_at") + ")+15");
		}
		Path file = IsoDateWorkbooks.formulas(SampleWorkbooks.write(this.folder.resolve("cong-thuc.xlsx"), sheet),
				formulas);
		// when
		FileReading reading = this.reader.read(file);
		Streamed streamed = stream(file);
		// then
		assertThat(reading.problems()).isEmpty();
		assertThat(reading.submissions().get(0).sheets().get(0).rows()).extracting((row) -> row.get("due_at"))
			.containsOnly(DUE)
			.hasSize(3);
		assertThat(streamed.problems()).isEmpty();
		assertThat(streamed.rows()).extracting(Bm04Row::dueAt).containsOnly(DUE).hasSize(3);
	}

	@Test
	void shouldTakeAFormulaWhoseSavedResultIsATruthValueForNoDate() throws Exception {
		// given: a due date cell holding =D6>E6, saved as TRUE (1), not a day in 1899
		FormSheet sheet = log(1);
		String due = cell(sheet, 0, "due_at");
		Path file = IsoDateWorkbooks.edit(SampleWorkbooks.write(this.folder.resolve("dung-sai.xlsx"), sheet),
				(xml) -> xml.replaceFirst("<c r=\"" + due + "\"[^>]*>.*?</c>",
						"<c r=\"" + due + "\" t=\"b\"><f>D6&gt;E6</f><v>1</v></c>"));
		// when
		Streamed streamed = stream(file);
		// then
		assertThat(streamed.damage()).isNull();
		assertThat(streamed.problems()).singleElement()
			.extracting(RowProblem::column, RowProblem::messageKey)
			.containsExactly(5, "ingest.cell.not.datetime");
	}

	/** A dossier log of An Giang with this many dossiers, their dates date cells. */
	private static FormSheet log(int dossiers) {
		FormSheet sheet = new FormSheet("Sổ hồ sơ", Forms.BM04).title("Kỳ báo cáo: 2026-Q3", "Mã đơn vị báo cáo: 91");
		for (int i = 1; i <= dossiers; i++) {
			sheet.row("H91.07-260715-0000" + i, "1.001757", "H91.07", RECEIVED, DUE, COMPLETED, "Trực tuyến");
		}
		return sheet;
	}

	private static String cell(FormSheet sheet, int index, String key) {
		return sheet.columnLetter(key) + sheet.dataRowNumber(index);
	}

	private static Cell cell(Workbook workbook, String address) {
		CellReference reference = new CellReference(address);
		return workbook.getSheet("Sổ hồ sơ").getRow(reference.getRow()).getCell(reference.getCol());
	}

	/** The log as the streaming path reads it. */
	private static Streamed stream(Path file) throws Exception {
		List<Bm04Row> rows = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		Bm04Reading.Bm04Damage damage = new Bm04SheetParser().read(file, 0, 0, (block, found, size) -> {
			rows.addAll(block);
			problems.addAll(found);
		});
		return new Streamed(rows, problems, damage);
	}

	private record Streamed(List<Bm04Row> rows, List<RowProblem> problems, Bm04Reading.Bm04Damage damage) {
	}

}
