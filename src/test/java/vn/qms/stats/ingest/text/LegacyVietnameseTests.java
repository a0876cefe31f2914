package vn.qms.stats.ingest.text;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.qms.stats.ingest.text.LegacyVietnamese.Decoded;
import vn.qms.stats.ingest.text.LegacyVietnamese.Encoding;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Samples written by hand from the code tables (not by the encoder), and text that must
 * stay as it is.
 */
class LegacyVietnameseTests {

	@Test
	void shouldDecodeTheTcvn3MottoAsItShowsInAWorkbook() {
		// given
		String cell = "C\u00e9ng ho\u00b5 x\u00b7 h\u00e9i ch\u00f1 ngh\u00dca Vi\u00d6t Nam";
		// when
		Decoded decoded = LegacyVietnamese.decodeIfLegacy(cell);
		// then
		assertThat(cell).isEqualTo("Céng hoµ x· héi chñ nghÜa ViÖt Nam");
		assertThat(decoded.text()).isEqualTo("Cộng hoà xã hội chủ nghĩa Việt Nam");
		assertThat(decoded.encoding()).isEqualTo(Encoding.TCVN3);
		assertThat(decoded.changed()).isTrue();
		assertThat(decoded.converted()).isTrue();
	}

	@Test
	void shouldKeepTheTcvn3LetterUWithHornWrittenAsASoftHyphen() {
		// given ư is byte AD, the soft hyphen
		String cell = "Tr\u00adêng \u00a7\u00b9i h\u00e4c Ng\u00ad\u00eai l\u00cbp bi\u00d3u";
		// when
		Decoded decoded = LegacyVietnamese.decodeIfLegacy(cell);
		// then
		assertThat(decoded.text()).isEqualTo("Trường Đại học Người lập biểu");
		assertThat(decoded.encoding()).isEqualTo(Encoding.TCVN3);
	}

	@Test
	void shouldDecodeTcvn3Capitals() {
		// given the .VnTimeH way: lowercase codes between capital ASCII letters
		String motto = "C\u00e9NG H\u00dfA X\u00b7 H\u00e9I CH\u00f1 NGH\u00dcA VI\u00d6T NAM";
		String slogan = "\u00a7\u00e9c l\u00cbp - T\u00f9 do - H\u00b9nh ph\u00f3c";
		// then
		assertThat(LegacyVietnamese.decodeIfLegacy(motto).text()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
		assertThat(LegacyVietnamese.decodeIfLegacy(slogan).text()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
		assertThat(LegacyVietnamese.decodeIfLegacy("Th\u00f1 t\u00f4c h\u00b5nh ch\u00ddnh").text())
			.isEqualTo("Thủ tục hành chính");
	}

	@Test
	void shouldDecodeVniInBothCases() {
		// given base letters followed by marks, capitals with their own marks
		String lower = "Co\u00e4ng ho\u00f8a xa\u00f5 ho\u00e4i chu\u00fb ngh\u00f3a Vie\u00e4t Nam";
		String upper = "CO\u00c4NG HO\u00d8A XA\u00d5 HO\u00c4I CHU\u00db NGH\u00d3A VIE\u00c4T NAM";
		// when
		Decoded decodedLower = LegacyVietnamese.decodeIfLegacy(lower);
		Decoded decodedUpper = LegacyVietnamese.decodeIfLegacy(upper);
		// then
		assertThat(lower).isEqualTo("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam");
		assertThat(decodedLower.text()).isEqualTo("Cộng hòa xã hội chủ nghĩa Việt Nam");
		assertThat(decodedLower.encoding()).isEqualTo(Encoding.VNI);
		assertThat(decodedUpper.text()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
		assertThat(decodedUpper.encoding()).isEqualTo(Encoding.VNI);
		assertThat(
				LegacyVietnamese.decodeIfLegacy("\u00d1o\u00e4c la\u00e4p - T\u00f6\u00ef do - Ha\u00efnh phu\u00f9c")
					.text())
			.isEqualTo("Độc lập - Tự do - Hạnh phúc");
		assertThat(LegacyVietnamese.decodeIfLegacy("Ng\u00f6\u00f4\u00f8i la\u00e4p bie\u00e5u").text())
			.isEqualTo("Người lập biểu");
	}

	@Test
	void shouldDecodeEachCellOfAMixedColumnInItsOwnCode() {
		// given one column typed over the years in three codes
		List<String> cells = List.of("Th\u00f1 t\u00f4c h\u00b5nh ch\u00ddnh",
				"Thu\u00fb tu\u00efc ha\u00f8nh ch\u00ednh", "Thủ tục hành chính", "BKHCN", "Q3/2026", "1.001234");
		// when
		List<Decoded> decoded = cells.stream().map(LegacyVietnamese::decodeIfLegacy).toList();
		// then
		assertThat(decoded).extracting(Decoded::text)
			.containsExactly("Thủ tục hành chính", "Thủ tục hành chính", "Thủ tục hành chính", "BKHCN", "Q3/2026",
					"1.001234");
		assertThat(decoded).extracting(Decoded::encoding)
			.containsExactly(Encoding.TCVN3, Encoding.VNI, Encoding.UNICODE, Encoding.UNICODE, Encoding.UNICODE,
					Encoding.UNICODE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.001234", "BKHCN", "Q3/2026", "Hà Nội", "Đắk Lắk", "Khánh Hòa", "Cà Mau", "Bé",
			"Mê Linh", "Ministry of Finance", "café", "Müller", "Zürich", "naïve", "résumé", "Ministère des Finances",
			"São Paulo", "Señor Núñez", "25°C", "½ năm", "5 µm", "Nº 12", "© 2026 BKHCN", "où",
			"Tiêu chuẩn TCVN ISO 9001:2015", "“Hà Nội” – 2026", "" })
	void shouldLeaveUnicodeAndOtherLanguagesAsTheyAre(String cell) {
		// when
		Decoded decoded = LegacyVietnamese.decodeIfLegacy(cell);
		// then
		assertThat(LegacyVietnamese.detect(cell)).isEqualTo(Encoding.UNICODE);
		assertThat(decoded.text()).isEqualTo(cell);
		assertThat(decoded.changed()).isFalse();
		assertThat(decoded.converted()).isFalse();
	}

	@Test
	void shouldNormaliseDecomposedUnicodeWithoutCallingItLegacy() {
		// given a name typed on a Mac
		String nfd = java.text.Normalizer.normalize("Khánh Hòa", java.text.Normalizer.Form.NFD);
		// when
		Decoded decoded = LegacyVietnamese.decodeIfLegacy(nfd);
		// then
		assertThat(decoded.text()).isEqualTo("Khánh Hòa");
		assertThat(decoded.encoding()).isEqualTo(Encoding.UNICODE);
		assertThat(decoded.converted()).isFalse();
	}

	@Test
	void shouldAnswerNullForNull() {
		assertThat(LegacyVietnamese.decodeIfLegacy(null).text()).isNull();
		assertThat(LegacyVietnamese.detect(null)).isEqualTo(Encoding.UNICODE);
		assertThat(LegacyVietnamese.decode(null, Encoding.TCVN3)).isNull();
	}

}
