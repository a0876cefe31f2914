package vn.qms.stats.ingest;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.ingest.samples.FormSheet;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qms.stats.ingest.FormProblems.VI;
import static vn.qms.stats.ingest.FormProblems.where;

/** Each BM04 rule broken once: where the user is told, and what, in both languages. */
class Bm04RulesTests {

	@TempDir
	Path folder;

	@Test
	void shouldRejectADueDateBeforeTheDossierWasReceived() throws Exception {
		Object[] row = dossier("H91.07-260715-00001", "H91.07");
		row[4] = "14/07/2026";
		assertError(bm04(row), 0, "due_at", "14/07/2026", "Ngày hẹn trả trước Ngày tiếp nhận (15/07/2026 08:00)",
				"Due is before Received (15/07/2026 08:00)");
	}

	@Test
	void shouldRejectAResultReturnedBeforeTheDossierWasReceived() throws Exception {
		Object[] row = dossier("H91.07-260715-00001", "H91.07");
		row[5] = "15/07/2026 07:00";
		assertError(bm04(row), 0, "completed_at", "15/07/2026 07:00",
				"Ngày trả kết quả trước Ngày tiếp nhận (15/07/2026 08:00)",
				"Completed is before Received (15/07/2026 08:00)");
	}

	@Test
	void shouldRejectADossierCodeTwiceAtOneAgencyButNotAtTwo() throws Exception {
		FormSheet sheet = bm04(dossier("H91.07-260715-00001", "H91.07"), dossier("H91.07-260715-00001", "H91.08"),
				dossier("H91.07-260715-00001", "H91.07"));
		assertError(sheet, 2, "dossier_code", "H91.07-260715-00001", "Giá trị trùng với dòng 6", "Same value as row 6");
	}

	@Test
	void shouldRecogniseEnglishHeadersAndLeaveAPendingDossierWithoutResult() throws Exception {
		// given
		Object[] pending = dossier("H91.07-260716-00002", "H91.07");
		pending[5] = null;
		FormSheet sheet = bm04(dossier("H91.07-260715-00001", "H91.07"), pending).englishHeaders();
		// when
		FileReading reading = new FormProblems(this.folder).read(sheet);
		// then
		assertThat(reading.problems()).isEmpty();
		assertThat(reading.submissions().get(0).sheets().get(0).rows()).extracting((row) -> row.get("completed_at"))
			.containsExactly(LocalDateTime.of(2026, 7, 28, 10, 15), null);
	}

	private void assertError(FormSheet sheet, int index, String key, String value, String vi, String en)
			throws Exception {
		Problem problem = new FormProblems(this.folder).onlyProblem(sheet, index, key, value);
		assertThat(problem.describe(VI)).isEqualTo("[LỖI] " + where(sheet, index, key, value, VI) + ": " + vi);
		assertThat(problem.describe(Locale.ENGLISH))
			.isEqualTo("[ERROR] " + where(sheet, index, key, value, Locale.ENGLISH) + ": " + en);
	}

	private static FormSheet bm04(Object[]... rows) {
		FormSheet sheet = new FormSheet("Sổ hồ sơ", Forms.BM04).title("Kỳ báo cáo: 2026-Q3", "Mã đơn vị báo cáo: 91");
		for (Object[] row : rows) {
			sheet.row(row);
		}
		return sheet;
	}

	private static Object[] dossier(String code, String agency) {
		return new Object[] { code, "1.001757", agency, LocalDateTime.of(2026, 7, 15, 8, 0), "30/07/2026",
				"28/07/2026 10:15", "Trực tuyến" };
	}

}
