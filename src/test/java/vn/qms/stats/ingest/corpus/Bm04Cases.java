package vn.qms.stats.ingest.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import vn.qms.stats.ingest.IngestVerdict.Outcome;
import vn.qms.stats.ingest.form.FormDates;
import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.ingest.samples.AnGiangForms;
import vn.qms.stats.ingest.samples.FormSheet;
import vn.qms.stats.ingest.samples.SampleWorkbooks;

/**
 * BM04 dossier logs: small ones with one bad row of two (above the 0.1 % tolerance, so
 * rejected), streamed ({@code .xlsx}) or read in memory ({@code .csv}), and a long one
 * with one bad row of 1,000 (below it, so accepted with the row skipped).
 */
final class Bm04Cases {

	/** Rows of the log that is accepted with one row skipped. */
	static final int LONG_LOG_ROWS = 1000;

	private Bm04Cases() {
	}

	static List<Case> write(Path folder) throws IOException {
		List<Case> cases = new ArrayList<>();
		Object[] row = dossier("H91.07-260715-00002");
		row[4] = "14/07/2026";
		cases.add(error(folder, "bm04-01-hen-tra-truoc.xlsx", row, "due_at", "ingest.rule.not.before",
				"Ngày hẹn trả trước Ngày tiếp nhận (15/07/2026 08:00)", "Due is before Received (15/07/2026 08:00)"));
		row = dossier("H91.07-260715-00002");
		row[5] = "15/07/2026 07:00";
		cases.add(error(folder, "bm04-02-tra-truoc.xlsx", row, "completed_at", "ingest.rule.not.before",
				"Ngày trả kết quả trước Ngày tiếp nhận (15/07/2026 08:00)",
				"Completed is before Received (15/07/2026 08:00)"));
		cases.add(error(folder, "bm04-03-ma-ho-so-trung.xlsx", dossier("H91.07-260715-00001"), "dossier_code",
				"ingest.rule.duplicate", "Giá trị trùng với dòng 6", "Same value as row 6"));
		row = dossier("H91.07-260715-00002");
		row[3] = "31/02/2026";
		cases.add(error(folder, "bm04-04-ngay-khong-co.xlsx", row, "received_at", "ingest.cell.not.datetime",
				"Không phải là ngày giờ (dùng dạng dd/MM/yyyy HH:mm)", "Not a date and time (write dd/MM/yyyy HH:mm)"));
		row = dossier("H91.07-260715-00002");
		row[6] = "Chim bồ câu";
		cases.add(error(folder, "bm04-05-hinh-thuc-la.xlsx", row, "channel", "ingest.cell.not.choice",
				"Giá trị không thuộc danh sách: Trực tiếp, Trực tuyến, Bưu chính",
				"Not one of the listed values: Trực tiếp, Trực tuyến, Bưu chính"));
		row = dossier("H91.07-260715-00002");
		row[5] = "31/12/9999";
		cases.add(error(folder, "bm04-07-nam-tra-9999.xlsx", row, "completed_at", FormDates.OUT_OF_RANGE,
				"Ngày 31/12/9999 nằm ngoài khoảng cho phép từ 01/01/1990 đến 31/12/2099: hãy kiểm tra lại năm",
				"The date 31/12/9999 is outside the allowed range 01/01/1990 to 31/12/2099: check the year"));
		cases.add(longLog(folder));
		cases.add(yearOneCsv(folder));
		return cases;
	}

	/**
	 * A log read in memory (a {@code .csv}) whose second dossier was received on
	 * 0001-01-01, the date a system writes for "none".
	 */
	private static Case yearOneCsv(Path folder) throws IOException {
		String file = "bm04-08-nam-nhan-0001.csv";
		Files.writeString(folder.resolve(file), """
				Kỳ báo cáo: 2026-Q3
				Mã đơn vị báo cáo: 91
				Mã hồ sơ,Mã TTHC,Mã cơ quan,Ngày tiếp nhận,Ngày hẹn trả,Ngày trả kết quả,Hình thức nộp
				H91.07-260715-00001,1.001757,H91.07,15/07/2026 08:00,30/07/2026,28/07/2026 10:15,Trực tuyến
				H91.07-260715-00002,1.001757,H91.07,0001-01-01,30/07/2026,28/07/2026 10:15,Trực tuyến
				""");
		return Case
			.rejected(file, FormDates.OUT_OF_RANGE,
					"Ngày 01/01/0001 nằm ngoài khoảng cho phép từ 01/01/1990 đến 31/12/2099: hãy kiểm tra lại năm",
					"The date 01/01/0001 is outside the allowed range 01/01/1990 to 31/12/2099: check the year")
			.at("bm04-08-nam-nhan-0001", 5, "D");
	}

	private static Case error(Path folder, String file, Object[] bad, String key, String messageKey, String vi,
			String en) throws IOException {
		FormSheet sheet = new FormSheet("Sổ hồ sơ", Forms.BM04).title("Kỳ báo cáo: 2026-Q3", "Mã đơn vị báo cáo: 91")
			.row(dossier("H91.07-260715-00001"))
			.row(bad);
		SampleWorkbooks.write(folder.resolve(file), sheet);
		return Case.rejected(file, messageKey, vi, en).at(Case.Cell.of(sheet, 1, key));
	}

	/** The An Giang log with one due date before receipt. */
	private static Case longLog(Path folder) throws IOException {
		FormSheet sheet = AnGiangForms.bm04(LONG_LOG_ROWS);
		sheet.data().get(700)[4] = "01/01/2026";
		String file = "bm04-06-bo-qua-mot-dong.xlsx";
		SampleWorkbooks.write(folder.resolve(file), sheet);
		return new Case(file, Outcome.ACCEPTED, "ingest.row.skipped",
				"Bỏ qua dòng này vì có lỗi; các dòng khác đã được nhận",
				"Row skipped because of its errors; the other rows were stored",
				new Case.Cell(sheet.name(), sheet.dataRowNumber(700), null));
	}

	static Object[] dossier(String code) {
		return new Object[] { code, "1.001757", "H91.07", LocalDateTime.of(2026, 7, 15, 8, 0), "30/07/2026",
				"28/07/2026 10:15", "Trực tuyến" };
	}

}
