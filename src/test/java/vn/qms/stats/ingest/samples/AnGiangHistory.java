package vn.qms.stats.ingest.samples;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import vn.qms.stats.ingest.form.Forms;

/**
 * The BM01 and BM03 samples of An Giang for the quarters before Quý III/2026 since the
 * province took its present form (code {@code 91} from 1 July 2025; before, {@code 91}
 * was Kiên Giang): the rows of {@link AnGiangForms} as they stood {@code behind} quarters
 * earlier, with fewer bodies announced, fewer procedures with a process and more late
 * dossiers, so that the quarterly report's trend has a history to show.
 */
public final class AnGiangHistory {

	/** The earlier quarters with samples, oldest first. */
	public static final List<Quarter> QUARTERS = List.of(new Quarter(2025, 3), new Quarter(2025, 4),
			new Quarter(2026, 1), new Quarter(2026, 2));

	private static final String[] ROMAN = { "I", "II", "III", "IV" };

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private AnGiangHistory() {
	}

	/** A quarter of the samples. */
	public record Quarter(int year, int quarter) {

		/** {@code Quý III/2025}, as the forms write it. */
		public String label() {
			return "Quý " + ROMAN[this.quarter - 1] + "/" + this.year;
		}

		/** {@code 2025-q3}, as the file names write it. */
		public String fileCode() {
			return this.year + "-q" + this.quarter;
		}

		/** Quarters before Quý III/2026. */
		int behind() {
			return (2026 * 4 + 2) - (this.year * 4 + this.quarter - 1);
		}

		/** The 15th of the quarter's last month, when the samples are dated. */
		LocalDate reportDate() {
			return LocalDate.of(this.year, this.quarter * 3, 15);
		}

	}

	public static String bm01File(Quarter quarter) {
		return "bm01_an-giang_" + quarter.fileCode() + ".xlsx";
	}

	public static String bm03File(Quarter quarter) {
		return "bm03_an-giang_" + quarter.fileCode() + ".xlsx";
	}

	/**
	 * BM01 as it stood: a body whose announcement date is after the report date, or one
	 * of a few more each quarter back, had applied its QMS but not announced it yet;
	 * fewer of each body's procedures had a process.
	 */
	public static FormSheet bm01(Quarter quarter) {
		int behind = quarter.behind();
		FormSheet sheet = AnGiangForms.titled(new FormSheet("BM01", Forms.BM01),
				"TÌNH HÌNH XÂY DỰNG, ÁP DỤNG HTQLCL CỦA CÁC CƠ QUAN (Biểu mẫu BM01)",
				List.of("Ngày báo cáo:", quarter.reportDate()), quarter.label());
		List<AnGiangAgencies.Agency> agencies = AnGiangAgencies.all();
		for (int i = 0; i < agencies.size(); i++) {
			Object[] row = AnGiangForms.bm01Row(agencies.get(i), i);
			if (row[7] != null && (announcedAfter(row[7], quarter.reportDate()) || (i * 7 + behind) % 11 < behind)) {
				row[5] = "Đã áp dụng";
				row[7] = null;
			}
			if (row[10] != null) {
				int withProcess = Math.max(0, (Integer) row[9] - behind * (2 + i % 5));
				row[9] = withProcess;
				row[10] = withProcess / 2 + 3;
			}
			sheet.row(row);
		}
		return sheet.totalOf("tthc_total", "tthc_with_process", "tthc_process_count", "support_process_count",
				"nc_found", "nc_closed");
	}

	/**
	 * BM03 as it stood: other dossier counts each quarter, and more of them late the
	 * further back.
	 */
	public static FormSheet bm03(Quarter quarter) {
		int behind = quarter.behind();
		FormSheet sheet = AnGiangForms.titled(new FormSheet("BM03", Forms.BM03),
				"THỜI GIAN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH (Biểu mẫu BM03)",
				"Ngày báo cáo: " + DAY.format(quarter.reportDate()), quarter.label());
		int i = 0;
		for (AnGiangAgencies.Agency agency : AnGiangAgencies.all()) {
			if (agency.type().startsWith("Sở") || agency.commune()) {
				for (int p = (agency.commune() ? 0 : 3); p < (agency.commune() ? 3
						: AnGiangForms.PROCEDURES.size()); p++) {
					Object[] row = AnGiangForms.bm03Row(agency, AnGiangForms.PROCEDURES.get(p), i++);
					int received = 20 + ((i + behind * 11) * 37) % 400;
					int late = Math.min(received / 3, i % 6 + behind * (1 + i % 3));
					row[8] = received;
					row[9] = received - late - i % 9;
					row[10] = late;
					sheet.row(row);
				}
			}
		}
		return sheet.totalOf("dossiers_received", "dossiers_on_time", "dossiers_late");
	}

	private static boolean announcedAfter(Object announcedOn, LocalDate reportDate) {
		LocalDate day = (announcedOn instanceof LocalDate date) ? date : LocalDate.parse(announcedOn.toString(), DAY);
		return day.isAfter(reportDate);
	}

}
