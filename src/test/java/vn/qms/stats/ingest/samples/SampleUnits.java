package vn.qms.stats.ingest.samples;

import java.util.List;

/**
 * The ministries (until 28 February 2025) and provinces (until 30 June 2025) the samples
 * use, as in {@code docs/reference-data.md}.
 */
public final class SampleUnits {

	/** A code and its Vietnamese name. */
	public record Named(String code, String name) {
	}

	public static final List<Named> MINISTRIES = List.of(new Named("BQP", "Bộ Quốc phòng"),
			new Named("BCA", "Bộ Công an"), new Named("BNG", "Bộ Ngoại giao"), new Named("BNV", "Bộ Nội vụ"),
			new Named("BTP", "Bộ Tư pháp"), new Named("BKHDT", "Bộ Kế hoạch và Đầu tư"),
			new Named("BTC", "Bộ Tài chính"), new Named("BCT", "Bộ Công Thương"),
			new Named("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"), new Named("BGTVT", "Bộ Giao thông vận tải"),
			new Named("BXD", "Bộ Xây dựng"), new Named("BTNMT", "Bộ Tài nguyên và Môi trường"),
			new Named("BTTTT", "Bộ Thông tin và Truyền thông"),
			new Named("BLDTBXH", "Bộ Lao động - Thương binh và Xã hội"),
			new Named("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"), new Named("BKHCN", "Bộ Khoa học và Công nghệ"),
			new Named("BGDDT", "Bộ Giáo dục và Đào tạo"), new Named("BYT", "Bộ Y tế"),
			new Named("UBDT", "Ủy ban Dân tộc"), new Named("NHNN", "Ngân hàng Nhà nước Việt Nam"),
			new Named("TTCP", "Thanh tra Chính phủ"), new Named("VPCP", "Văn phòng Chính phủ"));

	public static final List<Named> PROVINCES = provinces("01 Hà Nội", "02 Hà Giang", "04 Cao Bằng", "06 Bắc Kạn",
			"08 Tuyên Quang", "10 Lào Cai", "11 Điện Biên", "12 Lai Châu", "14 Sơn La", "15 Yên Bái", "17 Hòa Bình",
			"19 Thái Nguyên", "20 Lạng Sơn", "22 Quảng Ninh", "24 Bắc Giang", "25 Phú Thọ", "26 Vĩnh Phúc",
			"27 Bắc Ninh", "30 Hải Dương", "31 Hải Phòng", "33 Hưng Yên", "34 Thái Bình", "35 Hà Nam", "36 Nam Định",
			"37 Ninh Bình", "38 Thanh Hóa", "40 Nghệ An", "42 Hà Tĩnh", "44 Quảng Bình", "45 Quảng Trị",
			"46 Thừa Thiên Huế", "48 Đà Nẵng", "49 Quảng Nam", "51 Quảng Ngãi", "52 Bình Định", "54 Phú Yên",
			"56 Khánh Hòa", "58 Ninh Thuận", "60 Bình Thuận", "62 Kon Tum", "64 Gia Lai", "66 Đắk Lắk", "67 Đắk Nông",
			"68 Lâm Đồng", "70 Bình Phước", "72 Tây Ninh", "74 Bình Dương", "75 Đồng Nai", "77 Bà Rịa - Vũng Tàu",
			"79 Thành phố Hồ Chí Minh", "80 Long An", "82 Tiền Giang", "83 Bến Tre", "84 Trà Vinh", "86 Vĩnh Long",
			"87 Đồng Tháp", "89 An Giang", "91 Kiên Giang", "92 Cần Thơ", "93 Hậu Giang", "94 Sóc Trăng", "95 Bạc Liêu",
			"96 Cà Mau");

	private SampleUnits() {
	}

	private static List<Named> provinces(String... lines) {
		return java.util.Arrays.stream(lines)
			.map((line) -> new Named(line.substring(0, 2), line.substring(3)))
			.toList();
	}

}
