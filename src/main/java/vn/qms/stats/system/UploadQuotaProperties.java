package vn.qms.stats.system;

import java.time.DateTimeException;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code qms.http.upload-quota.*} settings: how much one console account may send in
 * a calendar day, so that one account (or a stolen one) cannot fill the disk the uploads
 * and their result files are kept on and stop ingestion for everyone. Every role is
 * counted, administrators included: theirs is the account most worth stealing, and the
 * input folder remains for bulk loads.
 *
 * @param maxFiles files one account may send a day
 * @param maxMb megabytes one account may send a day (the sizes as sent)
 * @param timeZone the zone whose midnight starts a day (where the offices are)
 */
@ConfigurationProperties("qms.http.upload-quota")
public record UploadQuotaProperties(@DefaultValue("200") int maxFiles, @DefaultValue("2048") long maxMb,
		@DefaultValue("Asia/Ho_Chi_Minh") String timeZone) {

	public UploadQuotaProperties {
		if (maxFiles <= 0 || maxMb <= 0) {
			throw new IllegalArgumentException("qms.http.upload-quota.max-files and max-mb must be positive");
		}
		try {
			ZoneId.of(timeZone);
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("qms.http.upload-quota.time-zone is no time zone: " + timeZone, ex);
		}
	}

	/** The largest total a day, in bytes. */
	public long maxBytes() {
		return this.maxMb * 1024 * 1024;
	}

	public ZoneId zone() {
		return ZoneId.of(this.timeZone);
	}

}
