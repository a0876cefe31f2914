package vn.qms.stats.audit;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.qms.stats.system.text.OneLine;

/**
 * The audit log ({@code audit_event}): sign-ins and every action of the console and of
 * the commands that change state. Rows are only added. Values are cut to their column and
 * escaped to one line, so an input (a file name) cannot forge a line.
 */
@Component
public class AuditLog {

	private final JdbcTemplate jdbc;

	public AuditLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void record(String actor, String action, String unitCode, String periodCode, String detail, String remote) {
		this.jdbc.update(
				"insert into audit_event (at_time, actor, action, unit_code, period_code, detail, remote)"
						+ " values (?, ?, ?, ?, ?, ?, ?)",
				Timestamp.valueOf(LocalDateTime.now()), cut(actor, 64), cut(action, 40), cut(unitCode, 16),
				cut(periodCode, 16), cut(detail, 1000), cut(remote, 64));
	}

	/** The latest events, newest first. */
	public List<AuditEvent> latest(int limit) {
		return this.jdbc.query(
				"select at_time, actor, action, unit_code, period_code, detail, remote from audit_event"
						+ " order by id desc limit ?",
				(rs, row) -> new AuditEvent(rs.getTimestamp(1).toLocalDateTime(), rs.getString(2), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)),
				limit);
	}

	/** The actor of a command line: the operating-system user. */
	public static String commandLineActor() {
		return "cli:" + System.getProperty("user.name", "?");
	}

	private static String cut(String value, int length) {
		if (value == null) {
			return null;
		}
		String line = OneLine.escape(value);
		return (line.length() <= length) ? line : line.substring(0, length - 1) + "…";
	}

}
