package vn.qms.stats.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.ingest.samples.FormSheet;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qms.stats.ingest.FormProblems.VI;
import static vn.qms.stats.ingest.FormProblems.where;

/** Each BM01 rule broken once: where the user is told, and what, in both languages. */
class Bm01RulesTests {

	@TempDir
	Path folder;

	@Test
	void shouldRejectAnAgencyCodeTwice() throws Exception {
		FormSheet sheet = bm01(committee(), department(), department());
		assertError(sheet, 2, "agency_code", "H91.02", "Giá trị trùng với dòng 8", "Same value as row 8");
	}

	@Test
	void shouldWarnOfAParentThatIsNeitherInTheSheetNorAReferenceUnit() throws Exception {
		Object[] department = department();
		department[3] = "H99";
		Problem problem = problems().onlyProblem(bm01(committee(), department), 1, "parent_code", "H99");
		assertThat(problem.isError()).isFalse();
		assertThat(problem.message(VI)).isEqualTo(
				"Mã cơ quan cấp trên H99 không phải Mã cơ quan trong trang tính này, cũng không có trong danh mục đơn vị");
		assertThat(problem.message(Locale.ENGLISH))
			.isEqualTo("Parent code H99 is neither an Agency code in this sheet nor a reference unit");
	}

	@Test
	void shouldRejectMoreProceduresWithAProcessThanProcedures() throws Exception {
		Object[] department = department();
		department[9] = 130;
		assertError(bm01(committee(), department), 1, "tthc_with_process", "130",
				"Số TTHC đã xây dựng quy trình lớn hơn Số TTHC thuộc thẩm quyền (120)",
				"Procedures with ISO process is greater than Procedures in scope (120)");
	}

	@Test
	void shouldRejectMoreNonconformitiesClosedThanFound() throws Exception {
		Object[] department = department();
		department[16] = 5;
		assertError(bm01(committee(), department), 1, "nc_closed", "5",
				"Số điểm không phù hợp đã khắc phục lớn hơn Số điểm không phù hợp (3)",
				"Nonconformities closed is greater than Nonconformities found (3)");
	}

	@Test
	void shouldRejectAnAppliedSystemWithoutStandardVersion() throws Exception {
		Object[] department = department();
		department[6] = null;
		assertError(bm01(committee(), department), 1, "standard_version", null,
				"Cần ghi Phiên bản tiêu chuẩn khi Tình trạng là “Đã áp dụng”",
				"Standard version is required when Status is “Applied”");
	}

	@Test
	void shouldRejectAnAnnouncementWithoutDate() throws Exception {
		Object[] committee = committee();
		committee[7] = null;
		assertError(bm01(committee, department()), 0, "announced_on", null,
				"Cần ghi Ngày công bố khi Tình trạng là “Đã công bố”",
				"Announcement date is required when Status is “Announced”");
	}

	@Test
	void shouldRejectAnAnnouncementDateOfABodyThatHasNotAnnounced() throws Exception {
		Object[] department = department();
		department[5] = "Dang xay dung";
		department[7] = "01/04/2024";
		assertError(bm01(committee(), department), 1, "announced_on", "01/04/2024",
				"Chỉ ghi Ngày công bố khi Tình trạng là “Đã công bố”",
				"Announcement date is given only when Status is “Announced”");
	}

	@Test
	void shouldRejectAnAnnouncementAfterTheReportDate() throws Exception {
		Object[] committee = committee();
		committee[7] = "16/09/2026";
		assertError(bm01(committee, department()), 0, "announced_on", "16/09/2026",
				"Ngày công bố sau ngày báo cáo 15/09/2026", "Announcement date is after the report date 15/09/2026");
	}

	@Test
	void shouldWarnOfAReportDateNoFormCanHoldAndCheckAgainstThePeriodEndInstead() throws Exception {
		// given a report date typed in the year 9999 and an announcement after the period
		// end
		Object[] committee = committee();
		committee[7] = "01/10/2026";
		FormSheet sheet = new FormSheet("BM01", Forms.BM01).title("Kỳ báo cáo: Quý III/2026", "Mã đơn vị báo cáo: 91",
				"Ngày báo cáo: 15/09/9999");
		sheet.row(committee);
		sheet.row(department());
		// when
		List<Problem> problems = problems().read(sheet).problems();
		// then the report date is a warning, and the period end decides
		assertThat(problems).extracting(Problem::messageKey)
			.containsExactlyInAnyOrder("ingest.title.report.date.out.of.range", "ingest.rule.after.report.date");
		Problem warning = problems.stream()
			.filter((problem) -> problem.messageKey().equals("ingest.title.report.date.out.of.range"))
			.findFirst()
			.orElseThrow();
		assertThat(warning.isError()).isFalse();
		assertThat(warning.message(VI)).isEqualTo("Ngày báo cáo 15/09/9999 nằm ngoài khoảng ngày của biểu mẫu, từ "
				+ "01/01/1990 đến 31/12/2099: kiểm tra lại năm; dùng ngày cuối kỳ 30/09/2026");
		assertThat(warning.message(Locale.ENGLISH)).isEqualTo("The report date 15/09/9999 is outside the dates a form "
				+ "may hold, 01/01/1990 to 31/12/2099: check the year; the period end 30/09/2026 is used");
	}

	@Test
	void shouldWarnOfADistrictCommitteeAfterDistrictsWereAbolished() throws Exception {
		Object[] department = department();
		department[2] = "Ủy ban nhân dân cấp huyện";
		Problem problem = problems().onlyProblem(bm01(committee(), department), 1, "agency_type", "UBND cấp huyện");
		assertThat(problem.isError()).isFalse();
		assertThat(problem.message(VI))
			.isEqualTo("“UBND cấp huyện” không còn tồn tại sau ngày 30/06/2025 (kỳ 2026-Q3)");
		assertThat(problem.message(Locale.ENGLISH))
			.isEqualTo("“District people's committee” no longer exists after 30/06/2025 (period 2026-Q3)");
	}

	private void assertError(FormSheet sheet, int index, String key, String value, String vi, String en)
			throws Exception {
		Problem problem = problems().onlyProblem(sheet, index, key, value);
		assertThat(problem.describe(VI)).isEqualTo("[LỖI] " + where(sheet, index, key, value, VI) + ": " + vi);
		assertThat(problem.describe(Locale.ENGLISH))
			.isEqualTo("[ERROR] " + where(sheet, index, key, value, Locale.ENGLISH) + ": " + en);
	}

	private FormProblems problems() {
		return new FormProblems(this.folder);
	}

	static FormSheet bm01(Object[]... rows) {
		FormSheet sheet = new FormSheet("BM01", Forms.BM01).title("Kỳ báo cáo: Quý III/2026", "Mã đơn vị báo cáo: 91",
				"Ngày báo cáo: 15/09/2026");
		for (Object[] row : rows) {
			sheet.row(row);
		}
		return sheet;
	}

	static Object[] committee() {
		return new Object[] { "H91", "UBND tỉnh An Giang", "UBND cấp tỉnh", "91", "Bắt buộc", "Đã công bố", 2015,
				LocalDate.of(2020, 3, 2), 200, 195, 120, 10, "x", "Có", "Có", 4, 4, "x", null };
	}

	static Object[] department() {
		return new Object[] { "H91.02", "Sở Tư pháp", "Sở, ban, ngành", "H91", "Bắt buộc", "Đã áp dụng",
				"TCVN ISO 9001:2015", null, 120, 118, 60, 9, "x", "Có", "Có", 3, 2, null, null };
	}

}
