package vn.qms.stats.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.qms.stats.metrics.Figure;

/**
 * Everything the national review report ({@code review}) shows, as plain data, for one
 * year or a range of years.
 *
 * @param unitCode the reporting unit ({@code VN} for the nation)
 * @param unitName its name, printed as the issuing body
 * @param periodCode the canonical period code, used in the file name ({@code 2015-2020})
 * @param periodLabel the period as printed ({@code 2015–2020})
 * @param place the place on the date line ({@code Hà Nội} when null)
 * @param issuedOn the date on the date line
 * @param headline the unit's own figures of the last year: {@code units_compliant_rate}
 * per branch (ministries, provinces), and {@code mandatory_announced_rate},
 * {@code encouraged_announced_rate}, {@code commune_announced_rate},
 * {@code tthc_coverage_rate} (branch ALL)
 * @param ministries each ministry's figures of the last year, in the order to print
 * @param provinces each province's figures of the last year, in the order to print
 * @param years the headline figures of each year of a range, oldest first (empty for one
 * year): the per-year table and the trend chart
 * @param byYear each ministry's and province's {@code mandatory_announced_rate} in each
 * year of a range, a figure per year in the order of {@code years} (empty for one year)
 * @param restated whether the figures are restated in today's units
 * @param notes what the restatement could not do (a split), and other notes to print
 * @param quality the data-quality findings, or null when the checks were not run
 */
public record ReviewModel(String unitCode, String unitName, String periodCode, String periodLabel, String place,
		LocalDate issuedOn, List<Figure> headline, List<UnitFigures> ministries, List<UnitFigures> provinces,
		List<PeriodFigures> years, List<UnitFigures> byYear, boolean restated, List<String> notes,
		List<QualityIssue> quality) {

	/** Where the national steering committee signs. */
	public static final String DEFAULT_PLACE = "Hà Nội";

	public ReviewModel {
		Objects.requireNonNull(unitCode, "unitCode");
		Objects.requireNonNull(periodCode, "periodCode");
		Objects.requireNonNull(issuedOn, "issuedOn");
		place = (place == null || place.isBlank()) ? DEFAULT_PLACE : place;
		headline = List.copyOf(headline);
		ministries = List.copyOf(ministries);
		provinces = List.copyOf(provinces);
		years = List.copyOf(years);
		byYear = List.copyOf(byYear);
		notes = List.copyOf(notes);
		quality = (quality != null) ? List.copyOf(quality) : null;
	}

	/**
	 * A review of one period, as reported, with no data-quality finding.
	 */
	public ReviewModel(String unitCode, String unitName, String periodCode, String periodLabel, String place,
			LocalDate issuedOn, List<Figure> headline, List<UnitFigures> ministries, List<UnitFigures> provinces) {
		this(unitCode, unitName, periodCode, periodLabel, place, issuedOn, headline, ministries, provinces, List.of(),
				List.of(), false, List.of(), List.of());
	}

	/**
	 * A review of one period issued in {@value #DEFAULT_PLACE}.
	 */
	public ReviewModel(String unitCode, String unitName, String periodCode, String periodLabel, LocalDate issuedOn,
			List<Figure> headline, List<UnitFigures> ministries, List<UnitFigures> provinces) {
		this(unitCode, unitName, periodCode, periodLabel, DEFAULT_PLACE, issuedOn, headline, ministries, provinces);
	}

	/** The same review with the per-year figures of a range. */
	public ReviewModel withYears(List<PeriodFigures> years, List<UnitFigures> byYear) {
		return new ReviewModel(this.unitCode, this.unitName, this.periodCode, this.periodLabel, this.place,
				this.issuedOn, this.headline, this.ministries, this.provinces, years, byYear, this.restated, this.notes,
				this.quality);
	}

	/** The same review, marked as restated in today's units, with notes. */
	public ReviewModel restated(List<String> notes) {
		return new ReviewModel(this.unitCode, this.unitName, this.periodCode, this.periodLabel, this.place,
				this.issuedOn, this.headline, this.ministries, this.provinces, this.years, this.byYear, true, notes,
				this.quality);
	}

	/** The same review with data-quality findings. */
	public ReviewModel withQuality(List<QualityIssue> quality) {
		return new ReviewModel(this.unitCode, this.unitName, this.periodCode, this.periodLabel, this.place,
				this.issuedOn, this.headline, this.ministries, this.provinces, this.years, this.byYear, this.restated,
				this.notes, quality);
	}

}
