package vn.qms.stats.schedule;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.quartz.CronExpression;

/**
 * The due date a report fire stands for: the latest time of its cron expression at or
 * before the fire time. A fire made late by a misfire ("fire once now") still renders the
 * period that was due, not the one of the day the server came back.
 */
final class DueDate {

	private static final List<Duration> LOOK_BACK = List.of(Duration.ofMinutes(1), Duration.ofHours(1),
			Duration.ofDays(1), Duration.ofDays(32), Duration.ofDays(400));

	private static final int MAX_STEPS = 1000;

	private DueDate() {
	}

	static Date of(CronExpression cron, Date fired) {
		for (Duration window : LOOK_BACK) {
			Date last = null;
			Date next = cron.getTimeAfter(new Date(fired.getTime() - window.toMillis()));
			for (int step = 0; next != null && !next.after(fired) && step < MAX_STEPS; step++) {
				last = next;
				next = cron.getTimeAfter(next);
			}
			if (last != null) {
				return last;
			}
		}
		return fired;
	}

}
