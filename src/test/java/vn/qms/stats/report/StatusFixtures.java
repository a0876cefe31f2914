package vn.qms.stats.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

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
						"2026-Q3", "Quý III/2026", RECEIVED, IngestModel.Outcome.ACCEPTED, 21, 1, List.of()),
				new IngestModel.IngestedFile("BM02_BKHCN_Q3-2026 (1).xlsx", "BM02", "BKHCN", "Bộ Khoa học và Công nghệ",
						"2026-Q3", "Quý III/2026", RECEIVED.plusHours(1), IngestModel.Outcome.DUPLICATE, 21, 0,
						List.of()),
				new IngestModel.IngestedFile("BM01_DakLak_Q3.xlsx", "BM01", "66", "Đắk Lắk", "2026-Q3", "Quý III/2026",
						RECEIVED.plusDays(1), IngestModel.Outcome.REJECTED, 1_204, 0,
						List.of("Trang BM01, dòng 17, cột Tình trạng: giá trị “Đã áp dụng rồi” không hợp lệ",
								"Trang BM01, dòng 40: Ửng dụng số thủ tục có quy trình lớn hơn tổng số thủ tục")),
				new IngestModel.IngestedFile("BM02_Q2.xlsx", "BM02", "01", "Hà Nội", "2026-Q2", "Quý II/2026",
						RECEIVED.minusDays(60), IngestModel.Outcome.ACCEPTED, 30, 0, List.of()),
				new IngestModel.IngestedFile("ảnh chụp.pdf", null, null, null, null, null, RECEIVED.plusDays(2),
						IngestModel.Outcome.REJECTED, 0, 0, List.of("Không phải tệp Excel hoặc CSV")));
		return new IngestModel("VN", "Bộ Khoa học và Công nghệ", "2026-Q3", "Quý III/2026", null,
				LocalDate.of(2026, 10, 15), files);
	}

}
