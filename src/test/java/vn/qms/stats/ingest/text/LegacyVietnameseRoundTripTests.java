package vn.qms.stats.ingest.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import vn.qms.stats.ingest.text.LegacyVietnamese.Encoding;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real phrases written in each legacy code by the encoder must be recognised and come
 * back unchanged, in lowercase, title case and capitals.
 */
class LegacyVietnameseRoundTripTests {

	static final List<String> PROVINCES = List.of("An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu",
			"Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng",
			"Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang",
			"Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa",
			"Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An",
			"Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh",
			"Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế",
			"Tiền Giang", "TP. Hồ Chí Minh", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái");

	static final List<String> MINISTRIES = List.of("Bộ Khoa học và Công nghệ", "Bộ Tài chính", "Bộ Nội vụ",
			"Bộ Tư pháp", "Bộ Kế hoạch và Đầu tư", "Bộ Giáo dục và Đào tạo", "Bộ Y tế", "Bộ Xây dựng", "Bộ Công Thương",
			"Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Giao thông vận tải", "Bộ Tài nguyên và Môi trường",
			"Bộ Lao động - Thương binh và Xã hội", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Thông tin và Truyền thông",
			"Bộ Ngoại giao", "Bộ Quốc phòng", "Bộ Công an", "Thanh tra Chính phủ", "Ngân hàng Nhà nước Việt Nam",
			"Ủy ban Dân tộc", "Văn phòng Chính phủ", "Ủy ban nhân dân tỉnh Quảng Ninh", "Sở Khoa học và Công nghệ");

	static final List<String> HEADERS = List.of("Số cơ quan thuộc đối tượng bắt buộc", "Thủ tục hành chính",
			"Người lập biểu", "Thủ trưởng đơn vị", "Đơn vị báo cáo", "Đơn vị nhận báo cáo", "Kỳ báo cáo", "Ghi chú",
			"Tổng số", "Tỷ lệ (%)", "Số TTHC có quy trình ISO", "Ngày 15 tháng 01 năm 2026",
			"Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015",
			"Cộng hòa xã hội chủ nghĩa Việt Nam", "Độc lập - Tự do - Hạnh phúc", "Trường Đại học Quốc gia",
			"Năm nay chưa đạt yêu cầu khuyến khích", "Giải quyết thủ tục nhanh chóng, thuận tiện");

	/**
	 * Legacy spellings whose every word is also a Unicode syllable (chó, sôn, hoà...).
	 */
	static final Set<String> AMBIGUOUS = Set.of("BÕN TRE", "Bé Y TÕ", "Ghi chó", "ghi chó", "Sôn La", "SÔN LA",
			"sôn la", "VÓNH LONG", "TP. Hoà Chí Minh", "TP. HOÀ CHÍ MINH", "tp. hoà chí minh");

	static Stream<String> phrases() {
		List<String> all = new ArrayList<>();
		for (List<String> list : List.of(PROVINCES, MINISTRIES, HEADERS)) {
			for (String phrase : list) {
				all.add(phrase);
				all.add(phrase.toUpperCase(Locale.ROOT));
				all.add(phrase.toLowerCase(Locale.ROOT));
			}
		}
		all.add("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
		return all.stream();
	}

	@Test
	void shouldListEveryProvince() {
		assertThat(PROVINCES).hasSize(63).doesNotHaveDuplicates();
	}

	@ParameterizedTest
	@MethodSource("phrases")
	void shouldRecogniseAndDecodePhrasesWrittenInTcvn3(String phrase) {
		assertRoundTrip(phrase, Encoding.TCVN3);
	}

	@ParameterizedTest
	@MethodSource("phrases")
	void shouldRecogniseAndDecodePhrasesWrittenInVni(String phrase) {
		assertRoundTrip(phrase, Encoding.VNI);
	}

	@ParameterizedTest
	@MethodSource("phrases")
	void shouldLeaveThePhrasesInUnicodeAlone(String phrase) {
		assertThat(LegacyVietnamese.detect(phrase)).isEqualTo(Encoding.UNICODE);
		assertThat(LegacyVietnamese.decodeIfLegacy(phrase).changed()).isFalse();
	}

	@ParameterizedTest
	@EnumSource(value = Encoding.class, names = { "TCVN3", "VNI" })
	void shouldDecodeEveryVowelWithEveryToneInBothCases(Encoding encoding) {
		for (String letter : vietnameseLetters()) {
			// given the letter in a word, whose other letters tell its case
			String lower = letter + "nh";
			String upper = letter.toUpperCase(Locale.ROOT) + "NH";
			// when
			String lowerRoundTrip = LegacyVietnamese.decode(LegacyVietnamese.encode(lower, encoding), encoding);
			String upperRoundTrip = LegacyVietnamese.decode(LegacyVietnamese.encode(upper, encoding), encoding);
			// then
			assertThat(lowerRoundTrip).isEqualTo(lower);
			assertThat(upperRoundTrip).isEqualTo(upper);
		}
	}

	@Test
	void shouldWriteEveryLetterWithLatin1CharactersOnly() {
		for (String letter : vietnameseLetters()) {
			for (String text : List.of(letter, letter.toUpperCase(Locale.ROOT))) {
				assertThat(LegacyVietnamese.encode(text, Encoding.TCVN3)).matches("[\\x20-\\xFF]+");
				assertThat(LegacyVietnamese.encode(text, Encoding.VNI)).matches("[\\x20-\\xFF]{1,2}");
			}
		}
	}

	private static void assertRoundTrip(String phrase, Encoding encoding) {
		// given
		String legacy = LegacyVietnamese.encode(phrase, encoding);
		boolean sameAsUnicode = legacy.equals(phrase);
		// when
		LegacyVietnamese.Decoded decoded = LegacyVietnamese.decodeIfLegacy(legacy);
		// then
		if (AMBIGUOUS.contains(legacy)) {
			// every word reads as Vietnamese two ways: left as it is, the safe side
			assertThat(decoded.converted()).as(legacy).isFalse();
			assertThat(decoded.text()).as(legacy).isEqualTo(legacy);
			return;
		}
		assertThat(decoded.encoding()).as(legacy).isEqualTo(sameAsUnicode ? Encoding.UNICODE : encoding);
		if (encoding == Encoding.TCVN3) {
			// a TCVN3 capital without a code of its own (Ủ in Ủy ban) cannot always tell
			// its case
			assertThat(decoded.text()).as(legacy).isEqualToIgnoringCase(phrase);
		}
		else {
			assertThat(decoded.text()).as(legacy).isEqualTo(phrase);
		}
	}

	/** The 67 lowercase letters with a diacritic: 12 vowels with 6 tones, and đ. */
	private static List<String> vietnameseLetters() {
		List<String> letters = new ArrayList<>();
		letters.add("đ");
		for (String vowel : List.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")) {
			for (String tone : List.of("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")) {
				String letter = Normalizer.normalize(vowel + tone, Normalizer.Form.NFC);
				if (letter.charAt(0) >= 0x80) {
					letters.add(letter);
				}
			}
		}
		assertThat(letters).hasSize(67);
		return letters;
	}

}
