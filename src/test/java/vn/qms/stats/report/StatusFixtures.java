package vn.qms.stats.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import vn.qms.stats.report.IngestModel.ListedProblem;
import vn.qms.stats.report.StatusModel.ExpectedUnit;
import vn.qms.stats.report.StatusModel.Submitted;

/**
 * Reporting status and ingestion reports built by hand; names real, files made up.
 */
final class StatusFixtures {

	static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 10, 3, 9, 15);

	private StatusFixtures() {
	}

	static StatusModel national() {
		List<ExpectedUnit> units = List.of(
				new ExpectedUnit("BKHCN", "Bộ Khoa học và Công nghệ", "MINISTRY",
						List.of(new Submitted("BM02", "BM02_BKHCN_Q3-2026.xlsx", RECEIVED, 21)), null),
				new ExpectedUnit("BYT", "Bộ Y tế", "MINISTRY", List.of(), LocalDateTime.of(2026, 7, 2, 14, 0)),
				new ExpectedUnit("66", "Đắk Lắk", "PROVINCE",
						List.of(new Submitted("BM01", "BM01_DakLak_Q3.xlsx", RECEIVED.plusDays(1), 1_204),
								new Submitted("BM03", "BM03_DakLak_Q3.xlsx", RECEIVED.plusDays(1), 5_176)),
						null),
				new ExpectedUnit("91", "An Giang", "PROVINCE", List.of(), null),
				new ExpectedUnit("46", "Thừa Thiên Huế", "PROVINCE",
						List.of(new Submitted("BM02", "Ứng dụng ISO - Huế.xlsx", RECEIVED.plusHours(3), 9)), null));
		return new StatusModel("VN", "Bộ Khoa học và Công nghệ", "2026-Q3", "Quý III/2026", null,
				LocalDate.of(2026, 10, 15), units);
	}

	static IngestModel files() {
		List<IngestModel.IngestedFile> files = List.of(
				new IngestModel.IngestedFile("BM02_BKHCN_Q3-2026.xlsx", "BM02", "BKHCN", "Bộ Khoa học và Công nghệ",
						"2026-Q3", "Quý III/2026", RECEIVED, IngestModel.Outcome.ACCEPTED, 21, 0, 1,
						List.of(new ListedProblem(false, "Bộ ngành", 30, "F", "Tổng số cơ quan", "40",
								"Dòng tổng cộng ghi 40 nhưng cộng các dòng được 41")),
						"processed/BM02_BKHCN_Q3-2026.xlsx.result.txt", null),
				new IngestModel.IngestedFile("BM02_BKHCN_Q3-2026 (1).xlsx", "BM02", "BKHCN", "Bộ Khoa học và Công nghệ",
						"2026-Q3", "Quý III/2026", RECEIVED.plusHours(1), IngestModel.Outcome.DUPLICATE, 21, 0, 1,
						List.of(new ListedProblem(false, "Bộ ngành", 30, "F", "Tổng số cơ quan", "40",
								"Dòng tổng cộng ghi 40 nhưng cộng các dòng được 41")),
						"processed/BM02_BKHCN_Q3-2026 (1).xlsx.result.txt",
						"Đã nhập lần đầu lúc 03/10/2026 09:15 (tệp “BM02_BKHCN_Q3-2026.xlsx”), thành bản nộp số 7 "
								+ "(BM02 BKHCN 2026-Q3)"),
				new IngestModel.IngestedFile("BM01_DakLak_Q3.xlsx", "BM01", "66", "Đắk Lắk", "2026-Q3", "Quý III/2026",
						RECEIVED.plusDays(1), IngestModel.Outcome.REJECTED, 1_204, 2, 0,
						List.of(new ListedProblem(true, "BM01", 17, "G", "Tình trạng", "Đã áp dụng rồi",
								"Không thuộc các giá trị: Chưa triển khai, Đang xây dựng, Đã áp dụng, Đã công bố"),
								new ListedProblem(true, "BM01", 40, "K", "Số TTHC đã xây dựng quy trình", "52",
										"Ửng dụng số thủ tục có quy trình lớn hơn tổng số thủ tục")),
						"rejected/BM01_DakLak_Q3.xlsx.result.txt", null),
				new IngestModel.IngestedFile("BM02_Q2.xlsx", "BM02", "01", "Hà Nội", "2026-Q2", "Quý II/2026",
						RECEIVED.minusDays(60), IngestModel.Outcome.ACCEPTED, 30, 0, 0, List.of(),
						"processed/BM02_Q2.xlsx.result.txt", null),
				new IngestModel.IngestedFile("ảnh chụp.pdf", null, null, null, null, null, RECEIVED.plusDays(2),
						IngestModel.Outcome.REJECTED, 0, 1, 0,
						List.of(new ListedProblem(true, null, null, null, null, null, "Không phải tệp Excel hoặc CSV")),
						"rejected/ảnh chụp.pdf.result.txt", null));
		return new IngestModel("VN", "Bộ Khoa học và Công nghệ", "2026-Q3", "Quý III/2026", null,
				LocalDate.of(2026, 10, 15), files);
	}

	/**
	 * A dossier log rejected after 10,000 bad rows: ten thousand and one errors, of which
	 * the report lists the first.
	 */
	static IngestModel manyErrors() {
		List<ListedProblem> listed = new ArrayList<>();
		listed.add(new ListedProblem(true, "Sổ hồ sơ", 10_007, null, null, null,
				"Tệp có quá nhiều lỗi: dừng đọc ở dòng 10007 của trang tính “Sổ hồ sơ” sau 10000 lỗi và cảnh báo"));
		for (int row = 7; listed.size() < IngestReports.MAX_LISTED; row++) {
			listed.add(new ListedProblem(true, "Sổ hồ sơ", row, "D", "Ngày tiếp nhận", "ngày 32/13/2026",
					"Không phải là ngày giờ (dùng dạng dd/MM/yyyy HH:mm)"));
		}
		IngestModel.IngestedFile file = new IngestModel.IngestedFile("so-ho-so.csv", "BM04", "91", "An Giang",
				"2026-Q3", "Quý III/2026", RECEIVED, IngestModel.Outcome.REJECTED, 0, 10_001, 0, listed,
				"rejected/so-ho-so.csv.result.txt", null);
		return new IngestModel("91", "UBND tỉnh An Giang", "2026-Q3", "Quý III/2026", "An Giang",
				LocalDate.of(2026, 10, 15), List.of(file));
	}

}
