package vn.qms.stats.ingest;

import java.io.IOException;
import java.nio.file.Path;

import vn.qms.stats.ingest.samples.Bm02Sheet;
import vn.qms.stats.ingest.samples.SampleWorkbooks;

/**
 * Small BM02 workbooks that must be rejected, one reason each, for the tests.
 */
final class BadBm02 {

	private BadBm02() {
	}

	/**
	 * A province reports its ministries sheet... with a unit code that does not exist.
	 */
	static Path unknownUnitCode(Path file) throws IOException {
		return SampleWorkbooks.write(file, national("Năm 2020").row("BKHCN", "Bộ Khoa học và Công nghệ", 10, 10)
			.row("BXX", "Bộ Không Tồn Tại", 5, 5));
	}

	static Path missingPeriod(Path file) throws IOException {
		Bm02Sheet sheet = new Bm02Sheet("Bộ ngành").title("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "Mã đơn vị báo cáo: VN")
			.row("BKHCN", "Bộ Khoa học và Công nghệ", 10, 10);
		return SampleWorkbooks.write(file, sheet);
	}

	static Path announcedAboveTotal(Path file) throws IOException {
		return SampleWorkbooks.write(file,
				national("Năm 2020").row("BKHCN", "Bộ Khoa học và Công nghệ", 10, 10).row("BYT", "Bộ Y tế", 12, 30));
	}

	static Bm02Sheet national(String period) {
		return new Bm02Sheet("Bộ ngành").title("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "Kỳ báo cáo: " + period,
				"Mã đơn vị báo cáo: VN");
	}

}
