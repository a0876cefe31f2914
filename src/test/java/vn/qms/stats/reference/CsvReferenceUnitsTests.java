package vn.qms.stats.reference;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class CsvReferenceUnitsTests {

	private static final LocalDate JAN_2019 = LocalDate.of(2019, 1, 1);

	private static final LocalDate DEC_2019 = LocalDate.of(2019, 12, 31);

	private static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);

	private static final LocalDate DEC_2026 = LocalDate.of(2026, 12, 31);

	private final ReferenceUnits units = new CsvReferenceUnits(ReferenceSource.of(Path.of("config", "reference")));

	@Test
	void shouldHave63ProvincesAnd22MinistriesIn2020() {
		// given
		LocalDate from = LocalDate.of(2020, 1, 1);
		LocalDate to = LocalDate.of(2020, 12, 31);
		// when / then
		assertThat(this.units.existing(UnitKind.PROVINCE, from, to)).hasSize(63);
		assertThat(this.units.existing(UnitKind.MINISTRY, from, to)).hasSize(22);
	}

	@Test
	void shouldHave34ProvincesAnd17MinistriesIn2026() {
		// when / then
		assertThat(this.units.existing(UnitKind.PROVINCE, JAN_2026, DEC_2026)).hasSize(34)
			.allMatch((unit) -> "VN".equals(unit.parentCode()));
		assertThat(this.units.existing(UnitKind.MINISTRY, JAN_2026, DEC_2026)).hasSize(17)
			.extracting(Unit::code)
			.contains("BNNMT", "BDTTG")
			.doesNotContain("BLDTBXH", "BTTTT", "UBDT");
	}

	@ParameterizedTest
	@CsvSource({ "91, 2019, Kiên Giang", "91, 2026, An Giang", "44, 2019, Quảng Bình", "44, 2026, Quảng Trị",
			"46, 2019, Thừa Thiên Huế", "46, 2026, Thành phố Huế", "1, 2026, Thành phố Hà Nội",
			"bkhcn, 2019, Bộ Khoa học và Công nghệ", "VN, 2019, Việt Nam" })
	void shouldFindTheUnitACodeNamedInThatYear(String code, int year, String name) {
		// when
		Unit unit = this.units.find(code, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).orElseThrow();
		// then
		assertThat(unit.nameVi()).isEqualTo(name);
	}

	@Test
	void shouldPreferTheUnitValidAtTheEndOfAPeriodThatSpansTheReorganisation() {
		// when
		Unit unit = this.units.find("91", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).orElseThrow();
		// then
		assertThat(unit.nameVi()).isEqualTo("An Giang");
		assertThat(unit.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
	}

	@Test
	void shouldFallBackToTheLatestUnitWhenNoneIsValidAtTheEnd() {
		// given: Hà Giang (02) ended on 30 June 2025 and its code was not reused
		// when
		Unit unit = this.units.find("02", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).orElseThrow();
		// then
		assertThat(unit.nameVi()).isEqualTo("Hà Giang");
		assertThat(this.units.find("02", JAN_2026, DEC_2026)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh", "TP HCM", "tp.hcm", "UBND TP Hồ Chí Minh",
			"thanh pho ho chi minh", "Ho Chi Minh City" })
	void shouldMatchNamesWithOrWithoutDiacriticsAndByAlias(String name) {
		// when / then
		assertThat(this.units.findByName(name, JAN_2026, DEC_2026)).singleElement()
			.satisfies((unit) -> assertThat(unit.code()).isEqualTo("79"));
	}

	@ParameterizedTest
	@CsvSource({ "Bộ KH&CN", "Bộ KH & CN", "Bộ Khoa học và Công nghệ", "bo khoa hoc va cong nghe",
			"Ministry of Science and Technology", "BKHCN" })
	void shouldMatchMinistryNamesAndAbbreviations(String name) {
		// when / then
		assertThat(this.units.findByName(name, JAN_2019, DEC_2019)).singleElement()
			.satisfies((unit) -> assertThat(unit.code()).isEqualTo("BKHCN"));
	}

	@Test
	void shouldMatchHueByItsShortNameAndTheOldProvinceByItsFullName() {
		// when / then
		assertThat(this.units.findByName("Huế", JAN_2026, DEC_2026)).extracting(Unit::nameVi)
			.containsExactly("Thành phố Huế");
		assertThat(this.units.findByName("Tỉnh Thừa Thiên - Huế", JAN_2019, DEC_2019)).extracting(Unit::nameVi)
			.containsExactly("Thừa Thiên Huế");
	}

	@Test
	void shouldReturnEveryCandidateWhenANameIsAmbiguousInThePeriod() {
		// given: 2025 saw Quảng Trị as 45 until June and as 44 from July
		LocalDate from = LocalDate.of(2025, 1, 1);
		LocalDate to = LocalDate.of(2025, 12, 31);
		// when / then
		assertThat(this.units.findByName("Quảng Trị", from, to)).extracting(Unit::code).containsExactly("44", "45");
		assertThat(this.units.findByName("Quảng Trị", JAN_2019, DEC_2019)).extracting(Unit::code).containsExactly("45");
	}

	@Test
	void shouldFindNothingForAnUnknownName() {
		// when / then
		assertThat(this.units.findByName("Hà Tây", JAN_2019, DEC_2019)).isEmpty();
	}

	@Test
	void shouldRefuseOverlappingValiditiesOfOneCode() {
		// given
		String csv = """
				code,valid_from,valid_to,kind,name_vi,name_en,parent_code,aliases
				91,2008-08-01,2025-06-30,PROVINCE,Kiên Giang,Kien Giang,,
				91,2025-06-01,,PROVINCE,An Giang,An Giang,,
				""";
		// when / then
		assertThatIllegalStateException().isThrownBy(() -> new CsvReferenceUnits(ReferenceCsv.units(csv.getBytes())))
			.withMessageContaining("91");
	}

	@Test
	void shouldRefuseACodeWithACharacterThatMeansSomethingElsewhere() {
		// given a code ending in "+", which on an upload means "and every unit it covers"
		String csv = """
				code,valid_from,valid_to,kind,name_vi,name_en,parent_code,aliases
				VN,1945-09-02,,NATION,Việt Nam,Viet Nam,,
				91+,2008-08-01,,PROVINCE,An Giang,An Giang,VN,
				""";
		// when / then the start stops, naming the file, the line and the code
		assertThatIllegalStateException().isThrownBy(() -> ReferenceCsv.units(csv.getBytes(StandardCharsets.UTF_8)))
			.withMessageContaining("units.csv line 3")
			.withMessageContaining("'91+'");
	}

	@Test
	void shouldReadCodesAsTheListedOnesAre() {
		// given
		String csv = """
				code,valid_from,valid_to,kind,name_vi,name_en,parent_code,aliases
				VN,1945-09-02,,NATION,Việt Nam,Viet Nam,,
				bnn-mt_2,2025-03-01,,MINISTRY,Bộ Nông nghiệp và Môi trường,,vn,
				""";
		// when
		List<Unit> units = ReferenceCsv.units(csv.getBytes(StandardCharsets.UTF_8));
		// then
		assertThat(units).extracting(Unit::code).containsExactly("VN", "BNN-MT_2");
		assertThat(units.get(1).parentCode()).isEqualTo("VN");
	}

}
