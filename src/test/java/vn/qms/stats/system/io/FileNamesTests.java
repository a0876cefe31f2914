package vn.qms.stats.system.io;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTests {

	@Test
	void shouldKeepTheWholeNameAndItsExtensionWhenItFits() {
		assertThat(FileNames.derived("a.xlsx", ".result.json")).isEqualTo("a.xlsx.result.json");
		assertThat(FileNames.derived("a.xlsm", ".annotated.xlsx")).isEqualTo("a.xlsm.annotated.xlsx");
		assertThat(FileNames.derived("README", ".result.txt")).isEqualTo("README.result.txt");
	}

	@Test
	void shouldShortenALongVietnameseNameOnACharacterBoundaryKeepingItsStartAndExtension() {
		// given a 251-byte name
		String name = "Báo cáo tổng hợp ".repeat(10) + "quý III năm nay.xlsx";
		// when
		String result = FileNames.derived(name, ".result.json");
		// then
		assertThat(bytes(result)).isLessThanOrEqualTo(255);
		assertThat(result).startsWith("Báo cáo tổng hợp Báo cáo").matches(".*~[0-9a-f]{8}\\.xlsx\\.result\\.json");
		String kept = result.substring(0, result.lastIndexOf('~'));
		assertThat(name).startsWith(kept);
		assertThat(new String(kept.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(kept);
	}

	@Test
	void shouldNeverPartALetterFromItsMarkInDecomposedText() {
		// given a name in NFD: "ộ" is o, a combining dot below and a circumflex
		String name = Normalizer.normalize("Bộ ".repeat(60) + ".xlsx", Normalizer.Form.NFD);
		// when
		String result = FileNames.derived(name, ".annotated.xlsx");
		// then
		String kept = result.substring(0, result.lastIndexOf('~'));
		assertThat(Normalizer.normalize(kept, Normalizer.Form.NFC)).matches("(Bộ )*(Bộ|B|Bộ )?");
		assertThat(bytes(result)).isLessThanOrEqualTo(255);
	}

	@Test
	void shouldGiveTwoLongNamesThatShareTheirStartDifferentNames() {
		// given
		String start = "Danh sách cơ quan áp dụng ISO ".repeat(7);
		// when
		String first = FileNames.derived(start + "đợt 1.xlsx", ".result.json");
		String second = FileNames.derived(start + "đợt 2.xlsx", ".result.json");
		// then
		assertThat(first).isNotEqualTo(second);
		assertThat(bytes(first)).isLessThanOrEqualTo(255);
		assertThat(bytes(second)).isLessThanOrEqualTo(255);
	}

	@Test
	void shouldFitAStemAndATailAndKeepTheTailWhole() {
		// given
		String stem = "." + "Tổng hợp ".repeat(30);
		// when
		String temporary = FileNames.fit(stem, ".0f8fad5b-d9cb-469f-a165-70867728950e.tmp");
		// then
		assertThat(bytes(temporary)).isLessThanOrEqualTo(255);
		assertThat(temporary).startsWith(".Tổng hợp").endsWith(".0f8fad5b-d9cb-469f-a165-70867728950e.tmp");
	}

	private static int bytes(String name) {
		return name.getBytes(StandardCharsets.UTF_8).length;
	}

}
