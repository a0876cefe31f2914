package vn.qms.stats.ingest.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.qms.stats.ingest.Problem;
import vn.qms.stats.ingest.form.Forms;
import vn.qms.stats.ingest.text.LegacyVietnamese;
import vn.qms.stats.ingest.text.LegacyVietnamese.Encoding;

import static org.assertj.core.api.Assertions.assertThat;

class LegacyCellsTests {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final SheetReader reader = new SheetReader(Forms.all());

	@Test
	void shouldConvertASheetMixingTcvn3AndVniWithOneWarningNamingCodesAndCells() {
		// given
		List<SourceRow> rows = List.of(row(1, tcvn3("Kỳ báo cáo: Năm 2020")), row(2, "Mã đơn vị báo cáo: VN"),
				row(4, tcvn3("Mã đơn vị"), vni("Tên đơn vị"), "Số cơ quan thuộc đối tượng bắt buộc",
						"Số cơ quan bắt buộc đã công bố"),
				row(5, "BYT", tcvn3("Bộ Y tế"), "40", "38"), row(6, "BTC", vni("Bộ Tài chính"), "12", "12"));
		// when
		ParsedSheet sheet = this.reader.read("Bộ ngành", rows.stream());
		// then
		assertThat(sheet.recognised()).isTrue();
		assertThat(sheet.title().get(TitleBlock.Field.PERIOD)).get()
			.extracting(TitleBlock.Value::text)
			.isEqualTo("Năm 2020");
		assertThat(sheet.rows()).extracting((row) -> row.get("unit_name")).containsExactly("Bộ Y tế", "Bộ Tài chính");
		assertThat(sheet.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.isError()).isFalse();
			assertThat(problem.sheet()).isEqualTo("Bộ ngành");
			assertThat(problem.arguments()).containsExactly("TCVN3: A1, A4, B5; VNI: B4, B6");
			assertThat(problem.message(Locale.ENGLISH)).isEqualTo(
					"Text in a legacy Vietnamese encoding was converted to Unicode; please use Unicode fonts (Times New Roman) next time: TCVN3: A1, A4, B5; VNI: B4, B6");
			assertThat(problem.message(VI)).isEqualTo(
					"Chữ viết bằng bảng mã cũ đã được chuyển sang Unicode, lần sau xin dùng phông Unicode (Times New Roman): TCVN3: A1, A4, B5; VNI: B4, B6");
		});
	}

	@Test
	void shouldListTwentyCellsAndCountTheRest() {
		// given
		LegacyCells legacy = new LegacyCells();
		// when
		for (int r = 1; r <= 25; r++) {
			legacy.decode(row(r, "x", tcvn3("Thành phố Long Xuyên")));
		}
		legacy.decode(row(26, vni("Huyện Châu Thành")));
		// then
		Problem warning = legacy.warning().orElseThrow();
		assertThat(warning.messageKey()).isEqualTo("ingest.legacy.converted.more");
		assertThat(warning.arguments().get(0)).startsWith("TCVN3: B1, B2,").endsWith("B20; VNI: A26");
		assertThat(warning.message(Locale.ENGLISH)).endsWith("and 5 more cells");
		assertThat(warning.message(VI)).endsWith("và 5 ô khác");
	}

	@Test
	void shouldLeaveUnicodeAsciiAndNumbersAlone() {
		// given
		LegacyCells legacy = new LegacyCells();
		SourceRow row = row(1, "Bộ Y tế", "BYT", "1.886", "µm");
		// when
		SourceRow decoded = legacy.decode(row);
		// then
		assertThat(decoded).isSameAs(row);
		assertThat(legacy.warning()).isEmpty();
	}

	@Test
	void shouldKeepTheTcvn3LetterUInSoftHyphenPosition() {
		// given: ư is 0xAD in TCVN3, the soft hyphen of Windows-1252
		String encoded = tcvn3("Trường Sa");
		// when
		SourceRow decoded = new LegacyCells().decode(row(1, encoded));
		// then
		assertThat(encoded).contains("\u00AD");
		assertThat(decoded.cells().get(0).text()).isEqualTo("Trường Sa");
	}

	private static String tcvn3(String text) {
		return LegacyVietnamese.encode(text, Encoding.TCVN3);
	}

	private static String vni(String text) {
		return LegacyVietnamese.encode(text, Encoding.VNI);
	}

	private static SourceRow row(int number, String... texts) {
		List<SourceCell> cells = new ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			cells.add(SourceCell.text(i, texts[i]));
		}
		return new SourceRow(number, cells);
	}

}
