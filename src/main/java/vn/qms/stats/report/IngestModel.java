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
	 * @param errors errors listed for it
	 * @param warnings warnings listed for it
	 * @param problems the first of its problems, errors first (at most
	 * {@link IngestReports#MAX_LISTED}); every one is in its result file
	 * @param resultFile its result file, as the user finds it
	 * ({@code rejected/x.xlsx.result.txt})
	 * @param earlier for a duplicate, when and as which submissions the same file was
	 * first ingested (whose problems it lists again), in the report's language; else null
	 */
	public record IngestedFile(String fileName, String form, String unitCode, String unitName, String period,
			String periodLabel, LocalDateTime receivedAt, Outcome outcome, int rows, int errors, int warnings,
			List<ListedProblem> problems, String resultFile, String earlier) {

		public IngestedFile {
			problems = List.copyOf(problems);
		}

		/** The problems of the file the report does not list. */
		public int unlisted() {
			return Math.max(0, this.errors + this.warnings - this.problems.size());
		}

	}

	/**
	 * A problem of a file as the report lists it: where, the value, and the message in
	 * the report's language.
	 *
	 * @param error an error (else a warning)
	 * @param sheet the sheet, or null
	 * @param row the row as Excel numbers it, or null
	 * @param column the column letter, or null
	 * @param header the header of that column, or null
	 * @param value the cell value, or null
	 * @param message the message
	 */
	public record ListedProblem(boolean error, String sheet, Integer row, String column, String header, String value,
			String message) {

	}

}
