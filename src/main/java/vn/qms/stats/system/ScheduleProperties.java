package vn.qms.stats.system;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code qms.schedule.*} settings of {@code config/application.yml}: what
 * {@code serve} runs, and when.
 *
 * @param poll Quartz cron expression of the input-folder poll (seconds first)
 * @param stableFor how long a file's size and modification time must not have changed
 * before it is read
 * @param claimTimeout age after which a claim of a live but silent instance is taken over
 * @param maxAttempts failed ingests (system errors) of one file before it is left alone
 * @param timeZone time zone of the cron expressions (empty: the machine's)
 * @param reports the scheduled reports
 */
@ConfigurationProperties("qms.schedule")
public record ScheduleProperties(@DefaultValue("0 * * * * ?") String poll, @DefaultValue("5s") Duration stableFor,
		@DefaultValue("30m") Duration claimTimeout, @DefaultValue("3") int maxAttempts,
		@DefaultValue("") String timeZone, List<Report> reports) {

	public ScheduleProperties {
		reports = (reports != null) ? List.copyOf(reports) : List.of();
	}

	/**
	 * One scheduled report.
	 *
	 * @param kind report kind ({@code review}, ...)
	 * @param unit unit code ({@code VN}, {@code 01}, {@code BKHCN})
	 * @param period a period code ({@code 2020}, {@code 2026-Q3}) or one relative to the
	 * due date: {@code previous-year}, {@code previous-half-year},
	 * {@code previous-quarter}, {@code current-year}, ...
	 * @param cron Quartz cron expression of the due dates
	 * @param formats {@code pdf}, {@code xlsx}
	 */
	public record Report(String kind, String unit, @DefaultValue("previous-quarter") String period, String cron,
			@DefaultValue( {
					"pdf", "xlsx" }) List<String> formats){

		/**
		 * A name for logs, the history and the Quartz job:
		 * {@code review VN previous-year}.
		 */
		public String name() {
			return this.kind + " " + this.unit + " " + this.period;
		}

	}

}
