package vn.qms.stats.web.submit;

import java.time.ZonedDateTime;

import vn.qms.stats.system.UploadQuotaProperties;

/**
 * A request that would take its account over the day's upload quota: refused whole,
 * nothing stored ({@link UploadQuota}), answered 429 with the limits and when they start
 * again.
 */
final class UploadQuotaExceeded extends RuntimeException {

	private final transient UploadQuotaProperties limits;

	private final transient Uploads.Sent sent;

	private final int files;

	private final long bytes;

	private final transient ZonedDateTime resetsAt;

	UploadQuotaExceeded(UploadQuotaProperties limits, Uploads.Sent sent, int files, long bytes,
			ZonedDateTime resetsAt) {
		super("Upload quota reached", null, false, false);
		this.limits = limits;
		this.sent = sent;
		this.files = files;
		this.bytes = bytes;
		this.resetsAt = resetsAt;
	}

	UploadQuotaProperties limits() {
		return this.limits;
	}

	Uploads.Sent sent() {
		return this.sent;
	}

	int files() {
		return this.files;
	}

	long bytes() {
		return this.bytes;
	}

	/** The start of the next day, when the account may send again. */
	ZonedDateTime resetsAt() {
		return this.resetsAt;
	}

}
