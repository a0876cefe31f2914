package vn.qms.stats.ingest.samples;

import java.util.List;

/**
 * The national BM02 compilation of 2020 (reporting unit {@code VN}): 22 ministries, 20 of
 * them compliant; 63 provinces, 62 compliant; encouraged bodies 74 announced of 98;
 * commune committees 5,564 announced of 8,910.
 */
public final class NationalBm02 {

	/** Ministries that have not announced for every mandatory body. */
	public static final List<String> NON_COMPLIANT_MINISTRIES = List.of("BQP", "BLDTBXH");

	/** The province that has not. */
	public static final String NON_COMPLIANT_PROVINCE = "62";

	private NationalBm02() {
	}

	public static Bm02Sheet ministries(String period) {
		Bm02Sheet sheet = titled(new Bm02Sheet("Bộ ngành"), "(Khối bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ)",
				period);
		List<SampleUnits.Named> units = SampleUnits.MINISTRIES;
		for (int i = 0; i < units.size(); i++) {
			SampleUnits.Named unit = units.get(i);
			int mandatory = 8 + (i * 7) % 23;
			int announced = NON_COMPLIANT_MINISTRIES.contains(unit.code()) ? mandatory - 3 : mandatory;
			int encouraged = encouragedTotal(i);
			int tthc = 40 + (i * 37) % 260;
			sheet.row(unit.code(), unit.name(), mandatory, announced, encouraged, encouragedAnnounced(i), null, null,
					tthc, tthc - (i % 5), (tthc - (i % 5)) / 2 + 12, announced - (i % 3));
		}
		return sheet;
	}

	public static Bm02Sheet provinces(String period) {
		Bm02Sheet sheet = titled(new Bm02Sheet("Địa phương"), "(Khối địa phương)", period);
		List<SampleUnits.Named> units = SampleUnits.PROVINCES;
		for (int i = 0; i < units.size(); i++) {
			SampleUnits.Named unit = units.get(i);
			int mandatory = 35 + (i * 13) % 60;
			int announced = NON_COMPLIANT_PROVINCE.equals(unit.code()) ? mandatory - 2 : mandatory;
			int communes = 141 + ((i < 27) ? 1 : 0);
			int communesAnnounced = 88 + ((i < 20) ? 1 : 0);
			int tthc = 1200 + (i * 53) % 700;
			int withProcess = tthc - (i * 11) % 90;
			sheet.row(unit.code(), unit.name(), mandatory, announced, encouragedTotal(22 + i),
					encouragedAnnounced(22 + i), communes, communesAnnounced, tthc, withProcess, withProcess / 3 + 40,
					announced - (i % 4));
		}
		return sheet;
	}

	/** The title block of the national compilation. */
	static Bm02Sheet titled(Bm02Sheet sheet, String subtitle, String period) {
		return sheet.title("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "TỔNG CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "",
				"TỔNG HỢP TÌNH HÌNH ÁP DỤNG HTQLCL THEO ĐƠN VỊ (Biểu mẫu BM02)", subtitle, "Kỳ báo cáo: " + period,
				"Mã đơn vị báo cáo:|VN", "Ngày báo cáo: 15/01/2021");
	}

	/** 98 encouraged bodies over the 85 units: 1 each, 2 for the first 13. */
	private static int encouragedTotal(int unit) {
		return (unit < 13) ? 2 : 1;
	}

	/** 74 announced: all but one body in each of the last 24 units. */
	private static int encouragedAnnounced(int unit) {
		return encouragedTotal(unit) - ((unit >= 85 - 24) ? 1 : 0);
	}

}
