package vn.qms.stats.ingest.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.ingest.samples.Bm02Sheet;
import vn.qms.stats.ingest.samples.FormSheet;
import vn.qms.stats.ingest.samples.SampleWorkbooks;

/**
 * BM02 (national, Năm 2020) and BM03 (An Giang, Q3/2026) workbooks, each with one rule
 * broken once.
 */
final class Bm02Bm03Cases {

	private Bm02Bm03Cases() {
	}

	static List<Case> write(Path folder) throws IOException {
		List<Case> cases = new ArrayList<>();
		cases.add(bm02(folder, "bm02-01-don-vi-la.xlsx", "B", "ingest.unit.unknown",
				"Mã đơn vị BXX không có trong danh mục đơn vị của kỳ 2020",
				"Unit code BXX is not in the reference units of period 2020",
				new Object[] { "BXX", "Bộ Không Có", 5, 5 }));
		cases.add(bm02(folder, "bm02-02-cong-bo-vuot.xlsx", "E", "ingest.rule.not.greater",
				"Số cơ quan bắt buộc đã công bố lớn hơn Số cơ quan thuộc đối tượng bắt buộc (12)",
				"Mandatory bodies announced is greater than Mandatory bodies (12)",
				new Object[] { "BYT", "Bộ Y tế", 12, 30 }));
		cases.add(bm02(folder, "bm02-03-thieu-ma.xlsx", "B", "ingest.value.required", "Thiếu giá trị bắt buộc",
				"Required value missing", new Object[] { null, "Bộ Y tế", 12, 3 }));
		cases.add(bm02(folder, "bm02-04-khong-phai-so.xlsx", "D", "ingest.cell.not.number", "Không phải là số",
				"Not a number", new Object[] { "BYT", "Bộ Y tế", "mười hai", 3 }));
		bm03(folder, cases);
		return cases;
	}

	private static Case bm02(Path folder, String file, String column, String key, String vi, String en, Object[] bad)
			throws IOException {
		Bm02Sheet sheet = new Bm02Sheet("Bộ ngành")
			.title("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "Kỳ báo cáo: Năm 2020", "Mã đơn vị báo cáo: VN")
			.row("BKHCN", "Bộ Khoa học và Công nghệ", 10, 10)
			.row(bad);
		SampleWorkbooks.write(folder.resolve(file), sheet);
		return Case.rejected(file, key, vi, en).at(sheet.name(), sheet.dataRowNumber(1), column);
	}

	private static void bm03(Path folder, List<Case> cases) throws IOException {
		Object[] row = procedure();
		row[4] = 0;
		row[5] = 0;
		row[6] = 0;
		cases.add(bm03(folder, "bm03-01-thoi-han-0.xlsx", row, "statutory_days", "ingest.rule.positive",
				"Thời hạn giải quyết theo quy định (ngày) phải lớn hơn 0", "Statutory days must be greater than 0"));
		row = procedure();
		row[5] = null;
		row[6] = null;
		cases.add(bm03(folder, "bm03-02-thieu-ngay.xlsx", row, "actual_days", "ingest.rule.one.required",
				"Cần ghi Thời hạn giải quyết sau cắt giảm (ngày) hoặc Số ngày cắt giảm",
				"Give Days after reduction or Days cut"));
		row = procedure();
		row[6] = 4;
		cases.add(bm03(folder, "bm03-03-cat-giam-lech.xlsx", row, "reduced_days", "ingest.rule.difference",
				"Thời hạn giải quyết theo quy định (ngày) − Thời hạn giải quyết sau cắt giảm (ngày) phải bằng Số ngày cắt giảm: 15 − 12 = 3",
				"Statutory days − Days after reduction must equal Days cut: 15 − 12 = 3"));
		row = procedure();
		row[9] = 118;
		cases.add(bm03(folder, "bm03-04-ho-so-vuot.xlsx", row, "dossiers_late", "ingest.rule.sum.not.greater",
				"Số hồ sơ giải quyết đúng hạn + Số hồ sơ giải quyết quá hạn lớn hơn Số hồ sơ tiếp nhận (124 > 120)",
				"Dossiers resolved on time + Dossiers resolved late is greater than Dossiers received (124 > 120)"));
		row = procedure();
		row[0] = "1001757";
		cases.add(accepted(bm03(folder, "bm03-05-ma-tthc-khac.xlsx", row, "procedure_code", "ingest.rule.format",
				"Không đúng định dạng quốc gia d.dddddd", "Not in the national format d.dddddd")));
		row = procedure();
		row[5] = 18;
		row[6] = null;
		cases.add(accepted(
				bm03(folder, "bm03-06-sau-cat-giam-lon-hon.xlsx", row, "actual_days", "ingest.rule.not.greater",
						"Thời hạn giải quyết sau cắt giảm (ngày) lớn hơn Thời hạn giải quyết theo quy định (ngày) (15)",
						"Days after reduction is greater than Statutory days (15)")));
		row = procedure();
		row[4] = "1,886";
		cases.add(bm03(folder, "bm03-07-so-mo-ho.xlsx", row, "statutory_days", "ingest.cell.number.ambiguous",
				"Số viết không rõ (ví dụ 1,886 hay 1.886): hãy ghi số không có dấu phân cách hàng nghìn",
				"Ambiguous number (such as 1,886 or 1.886): write it without thousands separators"));
	}

	private static Case accepted(Case rejected) {
		return new Case(rejected.fileName(), vn.qms.stats.ingest.IngestVerdict.Outcome.ACCEPTED, rejected.messageKey(),
				rejected.vi(), rejected.en(), rejected.cell());
	}

	private static Case bm03(Path folder, String file, Object[] row, String column, String key, String vi, String en)
			throws IOException {
		FormSheet sheet = new FormSheet("BM03", Forms.BM03)
			.title("UBND TỈNH AN GIANG", "Kỳ báo cáo: Q3/2026", "Mã đơn vị báo cáo: 91")
			.row(row);
		SampleWorkbooks.write(folder.resolve(file), sheet);
		return Case.rejected(file, key, vi, en).at(Case.Cell.of(sheet, 0, column));
	}

	private static Object[] procedure() {
		return new Object[] { "1.001757", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng", "H91.07", 15, 12, 3,
				"Có", 120, 110, 6 };
	}

}
