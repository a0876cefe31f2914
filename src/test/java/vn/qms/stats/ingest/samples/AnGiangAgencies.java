package vn.qms.stats.ingest.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * The agencies of An Giang province (code {@code 91} from 1 July 2025) that the BM01,
 * BM03 and BM04 samples use: the provincial people's committee, its departments and
 * sub-departments, public service units, and communes and wards after the 2025 merger.
 */
public final class AnGiangAgencies {

	/** One agency: its code, name, type label as offices write it, and parent code. */
	public record Agency(String code, String name, String type, String parent, boolean mandatory) {

		public boolean commune() {
			return this.type.startsWith("UBND cấp xã");
		}

	}

	public static final String PROVINCE = "H91";

	private static final List<String> DEPARTMENTS = List.of("Văn phòng UBND tỉnh", "Sở Nội vụ", "Sở Tư pháp",
			"Sở Tài chính", "Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Khoa học và Công nghệ",
			"Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch", "Sở Dân tộc và Tôn giáo",
			"Thanh tra tỉnh", "Ban Quản lý Khu kinh tế");

	private static final List<String[]> SUB_DEPARTMENTS = List.of(
			new String[] { "08", "Chi cục Tiêu chuẩn Đo lường Chất lượng" }, new String[] { "06", "Chi cục Thủy lợi" },
			new String[] { "06", "Chi cục Chăn nuôi và Thú y" }, new String[] { "06", "Chi cục Kiểm lâm" },
			new String[] { "06", "Chi cục Thủy sản" }, new String[] { "06", "Chi cục Quản lý đất đai" },
			new String[] { "10", "Chi cục Dân số" });

	private static final List<String[]> SERVICE_UNITS = List.of(
			new String[] { "01", "Trung tâm Phục vụ hành chính công tỉnh" },
			new String[] { "08", "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng" },
			new String[] { "10", "Bệnh viện Đa khoa Trung tâm An Giang" });

	private static final List<String> COMMUNES = List.of("Phường Long Xuyên", "Phường Bình Đức", "Phường Mỹ Thới",
			"Phường Châu Đốc", "Phường Vĩnh Tế", "Phường Tân Châu", "Phường Long Phú", "Phường Tịnh Biên",
			"Phường Thới Sơn", "Phường Chi Lăng", "Phường Rạch Giá", "Phường Vĩnh Thông", "Phường Hà Tiên",
			"Phường Tô Châu", "Đặc khu Phú Quốc", "Đặc khu Kiên Hải", "Đặc khu Thổ Châu", "Xã Mỹ Hòa Hưng",
			"Xã Cù Lao Giêng", "Xã Chợ Mới", "Xã Phú Tân", "Xã Chợ Vàm", "Xã An Phú", "Xã Châu Phú", "Xã Thoại Sơn",
			"Xã Óc Eo", "Xã Tri Tôn", "Xã Ba Chúc", "Xã Châu Thành", "Xã Bình Hòa", "Xã Giồng Riềng", "Xã Gò Quao",
			"Xã An Biên", "Xã U Minh Thượng", "Xã Vĩnh Thuận", "Xã Hòn Đất", "Xã Kiên Lương", "Xã Giang Thành",
			"Xã Tân Hiệp", "Xã Định Mỹ");

	private AnGiangAgencies() {
	}

	/** Every agency, the provincial committee first. */
	public static List<Agency> all() {
		List<Agency> agencies = new ArrayList<>();
		agencies.add(new Agency(PROVINCE, "UBND tỉnh An Giang", "UBND cấp tỉnh", "91", true));
		agencies.addAll(departments());
		SUB_DEPARTMENTS.forEach((sub) -> agencies.add(new Agency(department(sub[0]) + "." + code(agencies.size()),
				sub[1], "Chi cục", department(sub[0]), true)));
		SERVICE_UNITS.forEach((unit) -> agencies.add(new Agency(department(unit[0]) + ".DV" + code(agencies.size()),
				unit[1], "Đơn vị sự nghiệp", department(unit[0]), false)));
		for (int i = 0; i < COMMUNES.size(); i++) {
			String name = COMMUNES.get(i);
			agencies.add(new Agency("X91." + String.format("%03d", i + 1),
					"UBND " + name.toLowerCase().charAt(0) + name.substring(1), "UBND cấp xã", PROVINCE, true));
		}
		return agencies;
	}

	/** The departments, which handle most procedures. */
	public static List<Agency> departments() {
		List<Agency> departments = new ArrayList<>();
		for (int i = 0; i < DEPARTMENTS.size(); i++) {
			departments.add(new Agency(department(code(i + 1)), DEPARTMENTS.get(i), "Sở, ban, ngành", PROVINCE, true));
		}
		return departments;
	}

	private static String department(String number) {
		return PROVINCE + "." + number;
	}

	private static String code(int number) {
		return String.format("%02d", number);
	}

}
