package vn.qms.stats.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.qms.stats.metrics.Figure;

/**
 * Everything the national review report ({@code review}) shows, as plain data.
 *
 * @param unitCode the reporting unit ({@code VN} for the nation)
 * @param unitName its name, printed as the issuing body
 * @param periodCode the canonical period code, used in the file name
 * @param periodLabel the period as printed ({@code 2015–2020})
 * @param place the place on the date line ({@code Hà Nội} when null)
 * @param issuedOn the date on the date line
 * @param headline the unit's own figures: {@code units_compliant_rate} per branch
 * (ministries, provinces), and {@code mandatory_announced_rate},
 * {@code encouraged_announced_rate}, {@code commune_announced_rate},
 * {@code tthc_coverage_rate} (branch ALL)
 * @param ministries each ministry's figures, in the order to print
 * @param provinces each province's figures, in the order to print
 */
public record ReviewModel(String unitCode, String unitName, String periodCode, String periodLabel, String place,
		LocalDate issuedOn, List<Figure> headline, List<UnitFigures> ministries, List<UnitFigures> provinces) {

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
	}

	/**
	 * A review issued in {@value #DEFAULT_PLACE}.
	 */
	public ReviewModel(String unitCode, String unitName, String periodCode, String periodLabel, LocalDate issuedOn,
			List<Figure> headline, List<UnitFigures> ministries, List<UnitFigures> provinces) {
		this(unitCode, unitName, periodCode, periodLabel, DEFAULT_PLACE, issuedOn, headline, ministries, provinces);
	}

}
