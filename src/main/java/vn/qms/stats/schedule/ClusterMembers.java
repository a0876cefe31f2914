package vn.qms.stats.schedule;

import java.util.List;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code serve} instances sharing the database, as Quartz sees them: an instance is
 * alive while its row in {@code qrtz_scheduler_state} is checked in.
 */
@Component
class ClusterMembers {

	/** Quartz's own grace (ClusterManager) on top of the check-in interval. */
	private static final long GRACE_MILLIS = 7500;

	private final JdbcTemplate jdbc;

	private final Scheduler scheduler;

	ClusterMembers(JdbcTemplate jdbc, Scheduler scheduler) {
		this.jdbc = jdbc;
		this.scheduler = scheduler;
	}

	/** This instance's Quartz instance id (host name and start time). */
	String me() {
		try {
			return this.scheduler.getSchedulerInstanceId();
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("No scheduler instance id", ex);
		}
	}

	/**
	 * True while the instance checks in; twice the interval, as a dead one is declared.
	 */
	boolean isAlive(String instance) {
		List<long[]> rows = this.jdbc.query(
				"select last_checkin_time, checkin_interval from qrtz_scheduler_state "
						+ "where sched_name = ? and instance_name = ?",
				(rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) }, schedulerName(), instance);
		long now = System.currentTimeMillis();
		return rows.stream().anyMatch((row) -> row[0] + 2 * row[1] + GRACE_MILLIS >= now);
	}

	private String schedulerName() {
		try {
			return this.scheduler.getSchedulerName();
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
