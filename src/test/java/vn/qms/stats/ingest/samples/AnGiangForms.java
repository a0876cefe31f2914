package vn.qms.stats.ingest.samples;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import vn.qms.stats.ingest.form.Forms;

/**
 * The BM01, BM03 and BM04 samples of An Giang province for Quý III/2026, with the quirks
 * real forms have: title block with a merged title, a report date as a date cell or as
 * text, labels with and without diacritics, dates both as date cells and as text, a total
 * row with SUM formulas, a footer.
 */
public final class AnGiangForms {

	public static final String PERIOD = "Quý III/2026";

	public static final LocalDate REPORT_DATE = LocalDate.of(2026, 9, 15);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	/** National procedure codes, names, fields and statutory days. */
	static final List<Object[]> PROCEDURES = List.of(new Object[] { "1.001193", "Đăng ký khai sinh", "Hộ tịch", 3 },
			new Object[] { "1.000894", "Đăng ký kết hôn", "Hộ tịch", 5 },
			new Object[] { "2.000488", "Cấp bản sao trích lục hộ tịch", "Hộ tịch", 1 },
			new Object[] { "1.001757", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng", 15 },
			new Object[] { "1.004227", "Cấp phiếu lý lịch tư pháp", "Lý lịch tư pháp", 10 },
			new Object[] { "1.001612", "Đăng ký thành lập hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh",
					3 },
			new Object[] { "1.000775", "Cấp giấy chứng nhận quyền sử dụng đất lần đầu", "Đất đai", 30 },
			new Object[] { "2.001824", "Công bố hợp quy sản phẩm, hàng hóa", "Tiêu chuẩn đo lường chất lượng", 5 },
			new Object[] { "1.003033", "Cấp giấy phép lái xe", "Đường bộ", 10 },
			new Object[] { "1.002253", "Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh", "Khám bệnh, chữa bệnh", 20 },
			new Object[] { "1.005040", "Cấp phép hoạt động giáo dục nghề nghiệp", "Giáo dục nghề nghiệp", 15 },
			new Object[] { "2.000794", "Cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm", "An toàn thực phẩm", 20 });

	private AnGiangForms() {
	}

	/** BM01: every agency of the province, one row each. */
	public static FormSheet bm01() {
		FormSheet sheet = titled(new FormSheet("BM01", Forms.BM01),
				"TÌNH HÌNH XÂY DỰNG, ÁP DỤNG HTQLCL CỦA CÁC CƠ QUAN (Biểu mẫu BM01)",
				List.of("Ngày báo cáo:", REPORT_DATE));
		List<AnGiangAgencies.Agency> agencies = AnGiangAgencies.all();
		for (int i = 0; i < agencies.size(); i++) {
			sheet.row(bm01Row(agencies.get(i), i));
		}
		return sheet.totalOf("tthc_total", "tthc_with_process", "tthc_process_count", "support_process_count",
				"nc_found", "nc_closed");
	}

	static Object[] bm01Row(AnGiangAgencies.Agency agency, int i) {
		String status = (i % 11 == 7) ? "Đang xây dựng"
				: (i % 9 == 4) ? "Đã áp dụng" : (i % 3 == 0) ? "Da cong bo" : "Đã công bố";
		boolean announced = status.startsWith("Đã công") || status.startsWith("Da");
		boolean running = announced || status.equals("Đã áp dụng");
		Object version = !running ? null : (i % 13 == 5) ? "ISO 9001:2008" : (i % 2 == 0) ? 2015 : "TCVN ISO 9001:2015";
		LocalDate on = LocalDate.of(2019 + i % 7, 1 + i % 12, 1 + (i * 7) % 28);
		Object announcedOn = !announced ? null : (i % 2 == 0) ? on : DAY.format(on);
		int tthc = agency.commune() ? 95 + i % 30 : 40 + (i * 17) % 160;
		int withProcess = running ? tthc - i % 6 : (i * 5) % tthc;
		int found = running ? i % 7 : 0;
		return new Object[] { agency.code(), agency.name(), agency.type(), agency.parent(),
				agency.mandatory() ? ((i % 5 == 2) ? "Bat buoc" : "Bắt buộc") : "Khuyến khích", status, version,
				announcedOn, tthc, withProcess, running ? withProcess / 2 + 3 : null, running ? 8 + i % 5 : null,
				running ? "x" : null, running ? "Có" : "Không", running ? "Có" : "Không", found,
				found - i % 2 * Math.min(found, 1), (i % 4 == 0) ? "x" : null,
				(i % 17 == 3) ? "Sáp nhập từ 01/7/2025" : null };
	}

	/** BM03: the procedures each department and commune handles, with their times. */
	public static FormSheet bm03() {
		FormSheet sheet = titled(new FormSheet("BM03", Forms.BM03),
				"THỜI GIAN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH (Biểu mẫu BM03)", "Ngày báo cáo: 15/09/2026");
		int i = 0;
		for (AnGiangAgencies.Agency agency : AnGiangAgencies.all()) {
			if (agency.type().startsWith("Sở") || agency.commune()) {
				for (int p = (agency.commune() ? 0 : 3); p < (agency.commune() ? 3 : PROCEDURES.size()); p++) {
					sheet.row(bm03Row(agency, PROCEDURES.get(p), i++));
				}
			}
		}
		return sheet.totalOf("dossiers_received", "dossiers_on_time", "dossiers_late");
	}

	static Object[] bm03Row(AnGiangAgencies.Agency agency, Object[] procedure, int i) {
		int statutory = (Integer) procedure[3];
		int cut = (statutory * (i % 4)) / 10;
		int actual = statutory - cut;
		Object actualCell = (i % 5 == 1) ? null : actual;
		Object cutCell = (i % 5 == 2) ? null : cut;
		int received = 20 + (i * 37) % 400;
		int late = i % 6;
		int onTime = received - late - i % 9;
		return new Object[] { procedure[0], procedure[1], procedure[2], agency.code(), statutory, actualCell, cutCell,
				(i % 7 == 0) ? "Không" : "Có", received, onTime, late };
	}

	/** BM04: a dossier log of {@code rows} dossiers received in the quarter. */
	public static FormSheet bm04(int rows) {
		FormSheet sheet = titled(new FormSheet("So theo doi", Forms.BM04),
				"SỔ THEO DÕI HỒ SƠ THỦ TỤC HÀNH CHÍNH (Biểu mẫu BM04)", "Ngày báo cáo: 15/09/2026");
		List<AnGiangAgencies.Agency> agencies = AnGiangAgencies.departments();
		String[] channels = { "Trực tiếp", "Trực tuyến", "Bưu chính", "Truc tuyen", "Dịch vụ công trực tuyến" };
		for (int i = 0; i < rows; i++) {
			AnGiangAgencies.Agency agency = agencies.get(i % agencies.size());
			Object[] procedure = PROCEDURES.get(3 + (i / agencies.size()) % (PROCEDURES.size() - 3));
			LocalDateTime received = LocalDateTime.of(2026, 7, 1, 7, 30)
				.plusDays((i * 7L) % 75)
				.plusMinutes((i * 13L) % 540);
			LocalDateTime due = received.plusDays((Integer) procedure[3]);
			LocalDateTime completed = (i % 10 == 9) ? null
					: received.plusDays(((Integer) procedure[3] * (i % 12)) / 10);
			String code = agency.code() + "-" + received.format(DateTimeFormatter.ofPattern("yyMMdd")) + "-"
					+ String.format("%05d", i + 1);
			sheet.row(code, procedure[0], agency.code(), dateCell(received, i), dateCell(due, i + 1),
					(completed != null) ? dateCell(completed, i) : null, channels[i % channels.length]);
		}
		return sheet;
	}

	/** A date cell, or text as offices type it. */
	private static Object dateCell(LocalDateTime time, int i) {
		return switch (i % 3) {
			case 0 -> time;
			case 1 -> DAY_TIME.format(time);
			default -> DAY.format(time);
		};
	}

	static FormSheet titled(FormSheet sheet, String title, Object reportDate) {
		return titled(sheet, title, reportDate, PERIOD);
	}

	static FormSheet titled(FormSheet sheet, String title, Object reportDate, String period) {
		return sheet.title("ỦY BAN NHÂN DÂN TỈNH AN GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", title,
				"Kỳ báo cáo: " + period, "Mã đơn vị báo cáo:|91", reportDate);
	}

}
