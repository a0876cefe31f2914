package vn.qms.stats.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything the reporting status ({@code status}) shows, as plain data: which of the
 * expected units have and have not submitted for a period, so the secretariat can chase
 * the missing ones.
 *
 * @param unitCode the reporting unit whose units are expected ({@code VN})
 * @param unitName its name, printed as the issuing body
 * @param periodCode the canonical period code
 * @param periodLabel the period as printed
 * @param place the place on the date line ({@code Hà Nội} when null)
 * @param issuedOn the date on the date line
 * @param units every expected unit, in the order to print
 */
public record StatusModel(String unitCode, String unitName, String periodCode, String periodLabel, String place,
		LocalDate issuedOn, List<ExpectedUnit> units) {

	public StatusModel {
		Objects.requireNonNull(unitCode, "unitCode");
		Objects.requireNonNull(periodCode, "periodCode");
		Objects.requireNonNull(issuedOn, "issuedOn");
		place = (place == null || place.isBlank()) ? ReviewModel.DEFAULT_PLACE : place;
		units = List.copyOf(units);
	}

	/**
	 * A unit expected to report for the period.
	 *
	 * @param code its code
	 * @param name its name
	 * @param kind {@code MINISTRY}, {@code PROVINCE}, ...
	 * @param submissions its current submissions for the period (none: missing)
	 * @param lastReceived when it last sent anything for an earlier period, or null
	 */
	public record ExpectedUnit(String code, String name, String kind, List<Submitted> submissions,
			LocalDateTime lastReceived) {

		public ExpectedUnit {
			submissions = List.copyOf(submissions);
		}

		public boolean submitted() {
			return !this.submissions.isEmpty();
		}

	}

	/**
	 * One current submission.
	 *
	 * @param form {@code BM01} ... {@code BM04}
	 * @param fileName the file it came in
	 * @param receivedAt when it was received
	 * @param rows its data rows
	 */
	public record Submitted(String form, String fileName, LocalDateTime receivedAt, int rows) {
	}

}
