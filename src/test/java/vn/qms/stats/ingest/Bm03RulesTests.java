package vn.qms.stats.ingest;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.ingest.samples.FormSheet;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qms.stats.ingest.FormProblems.VI;
import static vn.qms.stats.ingest.FormProblems.where;

/** Each BM03 rule broken once: where the user is told, and what, in both languages. */
class Bm03RulesTests {

	@TempDir
	Path folder;

	@Test
	void shouldWarnOfAProcedureCodeOutsideTheNationalFormat() throws Exception {
		Object[] row = procedure();
		row[0] = "1001757";
		assertProblem(bm03(row), "procedure_code", "1001757", false, "Không đúng định dạng quốc gia d.dddddd",
				"Not in the national format d.dddddd");
	}

	@Test
	void shouldRejectStatutoryDaysOfZero() throws Exception {
		Object[] row = procedure();
		row[4] = 0;
		row[5] = 0;
		row[6] = 0;
		assertProblem(bm03(row), "statutory_days", "0", true, "Thời hạn giải quyết theo quy định (ngày) phải lớn hơn 0",
				"Statutory days must be greater than 0");
	}

	@Test
	void shouldRejectARowWithNeitherDaysAfterReductionNorDaysCut() throws Exception {
		Object[] row = procedure();
		row[5] = null;
		row[6] = null;
		assertProblem(bm03(row), "actual_days", null, true,
				"Cần ghi Thời hạn giải quyết sau cắt giảm (ngày) hoặc Số ngày cắt giảm",
				"Give Days after reduction or Days cut");
	}

	@Test
	void shouldRejectDaysCutThatDisagreeWithTheDaysAfterReduction() throws Exception {
		Object[] row = procedure();
		row[6] = 4;
		assertProblem(bm03(row), "reduced_days", "4", true,
				"Thời hạn giải quyết theo quy định (ngày) − Thời hạn giải quyết sau cắt giảm (ngày) phải bằng Số ngày cắt giảm: 15 − 12 = 3",
				"Statutory days − Days after reduction must equal Days cut: 15 − 12 = 3");
	}

	@Test
	void shouldWarnOfMoreDaysAfterReductionThanStatutoryDays() throws Exception {
		Object[] row = procedure();
		row[5] = 18;
		row[6] = null;
		assertProblem(bm03(row), "actual_days", "18", false,
				"Thời hạn giải quyết sau cắt giảm (ngày) lớn hơn Thời hạn giải quyết theo quy định (ngày) (15)",
				"Days after reduction is greater than Statutory days (15)");
	}

	@Test
	void shouldRejectMoreDossiersResolvedThanReceived() throws Exception {
		Object[] row = procedure();
		row[9] = 118;
		assertProblem(bm03(row), "dossiers_late", "6", true,
				"Số hồ sơ giải quyết đúng hạn + Số hồ sơ giải quyết quá hạn lớn hơn Số hồ sơ tiếp nhận (124 > 120)",
				"Dossiers resolved on time + Dossiers resolved late is greater than Dossiers received (124 > 120)");
	}

	@Test
	void shouldRejectASecondRowOfOneProcedureAtOneAgency() throws Exception {
		// given the same procedure at the same agency twice, and at another agency once
		Object[] elsewhere = procedure();
		elsewhere[3] = "H91.08";
		FormSheet sheet = bm03(procedure()).row(elsewhere).row(procedure());
		// when
		Problem problem = new FormProblems(this.folder).onlyProblem(sheet, 2, "procedure_code", "1.001757");
		// then: an error on the second of the two, naming the first
		int first = sheet.dataRowNumber(0);
		assertThat(problem.isError()).isTrue();
		assertThat(problem.describe(VI)).endsWith(": Giá trị trùng với dòng " + first);
		assertThat(problem.describe(Locale.ENGLISH)).endsWith(": Same value as row " + first);
	}

	@Test
	void shouldRejectAValueLongerThanItsColumnNamingTheCellAndShowingItShortened() throws Exception {
		// given a procedure name of 1,001 characters, its column holding 1,000
		Object[] row = procedure();
		row[1] = "Cấp giấy phép " + "x".repeat(987);
		String shown = row[1].toString().substring(0, 199) + "…";
		// then
		assertProblem(bm03(row), "procedure_name", shown, true, "Giá trị dài 1001 ký tự, quá 1000 ký tự cho phép",
				"The value is 1001 characters long; at most 1000 are allowed");
	}

	@Test
	void shouldDeriveTheDaysCutFromVietnameseStyleDecimals() throws Exception {
		// given
		Object[] row = procedure();
		row[4] = "2,5";
		row[5] = "1,5";
		row[6] = null;
		// when
		FileReading reading = new FormProblems(this.folder).read(bm03(row).englishHeaders());
		// then
		assertThat(reading.problems()).isEmpty();
		assertThat(reading.submissions().get(0).sheets().get(0).rows().get(0).get("reduced_days"))
			.isEqualTo(new BigDecimal("1.0"));
	}

	private void assertProblem(FormSheet sheet, String key, String value, boolean error, String vi, String en)
			throws Exception {
		Problem problem = new FormProblems(this.folder).onlyProblem(sheet, 0, key, value);
		assertThat(problem.isError()).isEqualTo(error);
		assertThat(problem.describe(VI))
			.isEqualTo((error ? "[LỖI] " : "[CẢNH BÁO] ") + where(sheet, 0, key, value, VI) + ": " + vi);
		assertThat(problem.describe(Locale.ENGLISH))
			.isEqualTo((error ? "[ERROR] " : "[WARNING] ") + where(sheet, 0, key, value, Locale.ENGLISH) + ": " + en);
	}

	private static FormSheet bm03(Object[] row) {
		return new FormSheet("BM03", Forms.BM03)
			.title("UBND TỈNH AN GIANG", "Kỳ báo cáo: Q3/2026", "Mã đơn vị báo cáo: 91")
			.row(row);
	}

	private static Object[] procedure() {
		return new Object[] { "1.001757", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng", "H91.07", 15, 12, 3,
				"Có", 120, 110, 6 };
	}

}
