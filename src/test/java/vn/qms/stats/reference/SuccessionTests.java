package vn.qms.stats.reference;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SuccessionTests {

	private static final LocalDate IN_2019 = LocalDate.of(2019, 6, 30);

	private static final LocalDate IN_2026 = LocalDate.of(2026, 6, 30);

	private final ReferenceSource source = ReferenceSource.of(Path.of("config", "reference"));

	private final ReferenceUnits units = new CsvReferenceUnits(this.source);

	private final Succession succession = new Succession(this.source, this.units);

	@Test
	void shouldMergeAnGiangAndOldKienGiangIntoTheNewAnGiang() {
		// given
		Unit newAnGiang = this.units.find("91", IN_2026, IN_2026).orElseThrow();
		// when
		var predecessors = this.succession.predecessors(newAnGiang);
		// then
		assertThat(predecessors).extracting(SuccessionLink::oldCode).containsExactlyInAnyOrder("89", "91");
		assertThat(predecessors).allMatch(
				(link) -> link.kind() == SuccessionKind.MERGE && link.changedOn().equals(LocalDate.of(2025, 7, 1)));
	}

	@Test
	void shouldRestateOldKienGiangInTodaysAnGiang() {
		// when
		Restatement restatement = this.succession.restate("91", IN_2019, IN_2026).orElseThrow();
		// then
		assertThat(restatement.origin().nameVi()).isEqualTo("Kiên Giang");
		assertThat(restatement.units()).extracting(Unit::nameVi).containsExactly("An Giang");
		assertThat(restatement.split()).isFalse();
	}

	@Test
	void shouldFollowTheHueRenameToTheSameCityAfterJuly2025() {
		// when
		Restatement restatement = this.succession.restate("46", IN_2019, IN_2026).orElseThrow();
		// then
		assertThat(restatement.units()).extracting(Unit::nameVi).containsExactly("Thành phố Huế");
		assertThat(restatement.split()).isFalse();
	}

	@Test
	void shouldKeepAnUnchangedProvinceAsItself() {
		// when
		Restatement restatement = this.succession.restate("01", IN_2019, IN_2026).orElseThrow();
		// then
		assertThat(restatement.units()).containsExactly(restatement.origin());
	}

	@Test
	void shouldMarkLabourInvalidsAndSocialAffairsAsSplit() {
		// given
		Unit labour = this.units.find("BLDTBXH", IN_2019, IN_2019).orElseThrow();
		// when
		Restatement restatement = this.succession.restate("BLDTBXH", IN_2019, IN_2026).orElseThrow();
		// then
		assertThat(this.succession.isSplit(labour)).isTrue();
		assertThat(restatement.split()).isTrue();
		assertThat(restatement.units()).extracting(Unit::code).containsExactlyInAnyOrder("BNV", "BYT", "BGDDT");
	}

	@Test
	void shouldMergePlanningAndInvestmentIntoTheNewMinistryOfFinance() {
		// when
		Restatement restatement = this.succession.restate("BKHDT", IN_2019, IN_2026).orElseThrow();
		// then
		assertThat(restatement.units()).singleElement().satisfies((unit) -> {
			assertThat(unit.code()).isEqualTo("BTC");
			assertThat(unit.validFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
		});
		assertThat(restatement.split()).isFalse();
	}

	@Test
	void shouldGiveEveryProvinceThatEndedInJune2025ExactlyOneSuccessor() {
		// given
		var ended = this.units.existing(UnitKind.PROVINCE, LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 30))
			.stream()
			.filter((unit) -> LocalDate.of(2025, 6, 30).equals(unit.validTo()))
			.toList();
		// when / then
		assertThat(ended).hasSize(52)
			.allSatisfy((unit) -> assertThat(this.succession.successors(unit)).singleElement()
				.satisfies((link) -> assertThat(link.kind()).isEqualTo(SuccessionKind.MERGE)));
	}

	@Test
	void shouldNotRestateBeforeTheChangeHappened() {
		// when
		Restatement restatement = this.succession.restate("91", IN_2019, LocalDate.of(2025, 6, 30)).orElseThrow();
		// then
		assertThat(restatement.units()).containsExactly(restatement.origin());
	}

}
