package vn.qms.stats.web.submit;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * A file submitted through the console.
 *
 * @param id its number
 * @param username who sent it
 * @param senderUnit the unit of the account that sent it, when it was sent (null for an
 * upload whose account was gone when this was first recorded)
 * @param fileName its name as sent (shown, never used as a path)
 * @param path where it is now: staged, then in {@code processed/} or {@code rejected/}
 * @param sizeBytes its size
 * @param status {@link Status}
 * @param outcome the verdict's outcome once done ({@code ACCEPTED}, ...), else null
 * @param form the form(s) read, or null
 * @param unitCode the reporting unit read from its title block, or null: what the file
 * claims, which decides who may see it only once the ingest has checked its sender may
 * report for it ({@code UploadVisibility})
 * @param periodCode the period read, or null
 * @param rows data rows stored, or null
 * @param receivedAt when it arrived
 * @param finishedAt when its verdict was given, or null
 * @param onlyUnit the units its sender may report for ({@code SenderUnit}: an agency's
 * unit, a secretariat's and those it covers), or null for any (an administrator)
 */
public record Upload(long id, String username, String senderUnit, String fileName, Path path, long sizeBytes,
		Status status, String outcome, String form, String unitCode, String periodCode, Integer rows,
		LocalDateTime receivedAt, LocalDateTime finishedAt, String onlyUnit) {

	/** Where a submitted file is in its way through the ingest. */
	public enum Status {

		QUEUED, RUNNING, DONE

	}

	public boolean done() {
		return this.status == Status.DONE;
	}

}
