package vn.qms.stats.ingest.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.ingest.samples.FormSheet;
import vn.qms.stats.ingest.samples.SampleWorkbooks;

/** BM01 workbooks of An Giang, Quý III/2026, each with one rule broken once. */
final class Bm01Cases {

	private Bm01Cases() {
	}

	static List<Case> write(Path folder) throws IOException {
		List<Case> cases = new ArrayList<>();
		cases.add(error(folder, "bm01-01-ma-trung.xlsx", 2, "agency_code", "ingest.rule.duplicate",
				"Giá trị trùng với dòng 8", "Same value as row 8", committee(), department(), department()));
		Object[] department = department();
		department[9] = 130;
		cases.add(error(folder, "bm01-02-quy-trinh-vuot.xlsx", 1, "tthc_with_process", "ingest.rule.not.greater",
				"Số TTHC đã xây dựng quy trình lớn hơn Số TTHC thuộc thẩm quyền (120)",
				"Procedures with ISO process is greater than Procedures in scope (120)", committee(), department));
		department = department();
		department[16] = 5;
		cases.add(error(folder, "bm01-03-khac-phuc-vuot.xlsx", 1, "nc_closed", "ingest.rule.not.greater",
				"Số điểm không phù hợp đã khắc phục lớn hơn Số điểm không phù hợp (3)",
				"Nonconformities closed is greater than Nonconformities found (3)", committee(), department));
		department = department();
		department[6] = null;
		cases.add(error(folder, "bm01-04-thieu-phien-ban.xlsx", 1, "standard_version", "ingest.rule.required.when",
				"Cần ghi Phiên bản tiêu chuẩn khi Tình trạng là “Đã áp dụng”",
				"Standard version is required when Status is “Applied”", committee(), department));
		Object[] committee = committee();
		committee[7] = null;
		cases.add(error(folder, "bm01-05-thieu-ngay-cong-bo.xlsx", 0, "announced_on", "ingest.rule.required.when",
				"Cần ghi Ngày công bố khi Tình trạng là “Đã công bố”",
				"Announcement date is required when Status is “Announced”", committee, department()));
		department = department();
		department[5] = "Dang xay dung";
		department[7] = "01/04/2024";
		cases.add(error(folder, "bm01-06-ngay-khi-chua-cong-bo.xlsx", 1, "announced_on", "ingest.rule.only.when",
				"Chỉ ghi Ngày công bố khi Tình trạng là “Đã công bố”",
				"Announcement date is given only when Status is “Announced”", committee(), department));
		committee = committee();
		committee[7] = "16/09/2026";
		cases.add(error(folder, "bm01-07-cong-bo-sau-ngay-bao-cao.xlsx", 0, "announced_on",
				"ingest.rule.after.report.date", "Ngày công bố sau ngày báo cáo 15/09/2026",
				"Announcement date is after the report date 15/09/2026", committee, department()));
		cells(folder, cases);
		return cases;
	}

	/** Rules of single cells: enumerations, counts, required values, dates. */
	private static void cells(Path folder, List<Case> cases) throws IOException {
		Object[] department = department();
		department[2] = "Bộ phận một cửa";
		cases.add(error(folder, "bm01-08-loai-co-quan-la.xlsx", 1, "agency_type", "ingest.cell.not.choice",
				"Giá trị không thuộc danh sách: Bộ, cơ quan ngang bộ, Cơ quan thuộc Chính phủ, Tổng cục, Cục, UBND cấp tỉnh, Sở, ban, ngành, Chi cục, UBND cấp huyện, UBND cấp xã, Đơn vị sự nghiệp, Khác",
				"Not one of the listed values: Bộ, cơ quan ngang bộ, Cơ quan thuộc Chính phủ, Tổng cục, Cục, UBND cấp tỉnh, Sở, ban, ngành, Chi cục, UBND cấp huyện, UBND cấp xã, Đơn vị sự nghiệp, Khác",
				committee(), department));
		department = department();
		department[8] = -4;
		cases.add(error(folder, "bm01-09-so-am.xlsx", 1, "tthc_total", "ingest.cell.not.count",
				"Phải là số nguyên không âm", "Must be a whole number, 0 or more", committee(), department));
		department = department();
		department[1] = null;
		cases.add(error(folder, "bm01-10-thieu-ten.xlsx", 1, "agency_name", "ingest.value.required",
				"Thiếu giá trị bắt buộc", "Required value missing", committee(), department));
		department = department();
		department[13] = "Có lẽ";
		cases.add(error(folder, "bm01-11-co-khong-la.xlsx", 1, "internal_audit_done", "ingest.cell.not.yes.no",
				"Phải là Có hoặc Không", "Must be Yes or No", committee(), department));
		Object[] committee = committee();
		committee[7] = "31/02/2020";
		cases.add(error(folder, "bm01-12-ngay-khong-co.xlsx", 0, "announced_on", "ingest.cell.not.date",
				"Không phải là ngày (dùng dạng dd/MM/yyyy)", "Not a date (write dd/MM/yyyy)", committee, department()));
		department = department();
		department[3] = "H99";
		FormSheet sheet = bm01(committee(), department);
		SampleWorkbooks.write(folder.resolve("bm01-13-cap-tren-la.xlsx"), sheet);
		cases.add(Case.accepted("bm01-13-cap-tren-la.xlsx", "ingest.rule.parent.unknown",
				"Mã cơ quan cấp trên H99 không phải Mã cơ quan trong trang tính này, cũng không có trong danh mục đơn vị",
				"Parent code H99 is neither an Agency code in this sheet nor a reference unit")
			.at(Case.Cell.of(sheet, 1, "parent_code")));
	}

	private static Case error(Path folder, String file, int index, String key, String messageKey, String vi, String en,
			Object[]... rows) throws IOException {
		FormSheet sheet = bm01(rows);
		SampleWorkbooks.write(folder.resolve(file), sheet);
		return Case.rejected(file, messageKey, vi, en).at(Case.Cell.of(sheet, index, key));
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
