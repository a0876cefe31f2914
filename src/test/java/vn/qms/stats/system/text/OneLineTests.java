package vn.qms.stats.system.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OneLineTests {

	@Test
	void shouldEscapeEveryCharacterThatCouldBreakOrReorderALine() {
		// given
		String text = "a\nb\rc\td\u0000e\u007Ff\u0085g\u2028h\u2029i\u202Ej\u2066k\u001Bl";
		// when
		String escaped = OneLine.escape(text);
		// then
		assertThat(escaped).isEqualTo("a\\nb\\rc\\td\\u0000e\\u007Ff\\u0085g\\u2028h\\u2029i\\u202Ej\\u2066k\\u001Bl");
		assertThat(escaped.lines()).hasSize(1);
	}

	@Test
	void shouldKeepVietnameseAndOrdinaryTextAsItIs() {
		assertThat(OneLine.escape("Báo cáo “Bộ Y tế” (đã kiểm tra) 100% C:\\dir"))
			.isEqualTo("Báo cáo “Bộ Y tế” (đã kiểm tra) 100% C:\\dir");
		assertThat(OneLine.escape(null)).isNull();
	}

}
