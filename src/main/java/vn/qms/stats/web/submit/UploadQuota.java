package vn.qms.stats.web.submit;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.qms.stats.account.Account;
import vn.qms.stats.system.UploadQuotaProperties;

/**
 * How much one account may send through the console in a calendar day
 * ({@code qms.http.upload-quota.*}): counted from {@code console_upload}, where every
 * upload is recorded with its sender, time and size whatever its verdict, and checked
 * before anything of a request is staged or recorded. A request that would go over either
 * limit is refused whole, so that nothing of it is stored and the sender knows which of
 * its files went in: none.
 * <p>
 * A calendar day, not the last 24 hours: the page can then say simply when sending is
 * possible again (midnight), and a day's work of an office is what the limits are sized
 * for. One account's requests are checked and recorded one at a time on this instance;
 * two instances of {@code serve} sharing a database may, at worst, each let one request
 * through at the limit.
 */
@Component
class UploadQuota {

	private final Uploads uploads;

	private final UploadQuotaProperties limits;

	private final Clock clock;

	private final Map<String, Object> locks = new ConcurrentHashMap<>();

	UploadQuota(Uploads uploads, UploadQuotaProperties limits) {
		this.uploads = uploads;
		this.limits = limits;
		this.clock = Clock.systemDefaultZone();
	}

	UploadQuotaProperties limits() {
		return this.limits;
	}

	/**
	 * Runs {@code store} (which stages and records the files) if the account may still
	 * send {@code files} files of {@code bytes} bytes today; else throws, storing
	 * nothing.
	 */
	<T> T within(Account sender, int files, long bytes, Store<T> store) throws IOException {
		synchronized (this.locks.computeIfAbsent(sender.username(), (name) -> new Object())) {
			ZoneId zone = this.limits.zone();
			ZonedDateTime dayStart = ZonedDateTime.now(this.clock.withZone(zone)).toLocalDate().atStartOfDay(zone);
			// received_at is written in the machine's own zone (Uploads.add)
			LocalDateTime since = dayStart.withZoneSameInstant(this.clock.getZone()).toLocalDateTime();
			Uploads.Sent sent = this.uploads.sentSince(sender.username(), since);
			if (sent.files() + files > this.limits.maxFiles() || sent.bytes() + bytes > this.limits.maxBytes()) {
				throw new UploadQuotaExceeded(this.limits, sent, files, bytes,
						dayStart.plusDays(1).toLocalDate().atStartOfDay(zone));
			}
			return store.store();
		}
	}

	/** What is done once the quota lets a request through. */
	@FunctionalInterface
	interface Store<T> {

		T store() throws IOException;

	}

}
