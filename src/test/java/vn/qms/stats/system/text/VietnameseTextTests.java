package vn.qms.stats.system.text;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTests {

	@Test
	void shouldMatchLabelsWhateverTheirCaseDiacriticsAndSpacing() {
		assertThat(VietnameseText.fold("  Số TTHC\n có  quy trình ISO ")).isEqualTo("so tthc co quy trinh iso");
		assertThat(VietnameseText.fold("Đối tượng áp dụng")).isEqualTo(VietnameseText.fold("DOI TUONG AP DUNG"));
	}

	@Test
	void shouldTreatDecomposedTextLikeComposedText() {
		// given a header typed on a Mac (NFD)
		String nfd = Normalizer.normalize("Mã đơn vị", Normalizer.Form.NFD);
		// then
		assertThat(VietnameseText.fold(nfd)).isEqualTo("ma don vi");
		assertThat(VietnameseText.clean(nfd)).isEqualTo("Mã đơn vị");
	}

}
