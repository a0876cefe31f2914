package vn.qms.stats.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything the ingestion report ({@code ingest}) shows, as plain data: what each file
 * brought, per period.
 *
 * @param unitCode the unit the report is for ({@code VN}: every file)
 * @param unitName its name, printed as the issuing body
 * @param periodCode the canonical period code
 * @param periodLabel the period as printed
 * @param place the place on the date line ({@code Hà Nội} when null)
 * @param issuedOn the date on the date line
 * @param files the files, in the order received
 */
public record IngestModel(String unitCode, String unitName, String periodCode, String periodLabel, String place,
		LocalDate issuedOn, List<IngestedFile> files) {

	public IngestModel {
		Objects.requireNonNull(unitCode, "unitCode");
		Objects.requireNonNull(periodCode, "periodCode");
		Objects.requireNonNull(issuedOn, "issuedOn");
		place = (place == null || place.isBlank()) ? ReviewModel.DEFAULT_PLACE : place;
		files = List.copyOf(files);
	}

	/** What became of a file. */
	public enum Outcome {

		ACCEPTED, DUPLICATE, REJECTED, FAILED

	}

	/**
	 * One file.
	 *
	 * @param fileName its name
	 * @param form the form(s) recognised, or null
	 * @param unitCode the reporting unit(s), or null
	 * @param unitName the reporting unit's name, or null
	 * @param period the period code, or null when not recognised
	 * @param periodLabel the period as printed, or null
	 * @param receivedAt when it was received
	 * @param outcome accepted, duplicate, rejected or failed
	 * @param rows data rows read
	 * @param warnings warnings
	 * @param reasons the errors of a rejected file, in the report's language
	 */
	public record IngestedFile(String fileName, String form, String unitCode, String unitName, String period,
			String periodLabel, LocalDateTime receivedAt, Outcome outcome, int rows, int warnings,
			List<String> reasons) {

		public IngestedFile {
			reasons = List.copyOf(reasons);
		}

	}

}
