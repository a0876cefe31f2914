package vn.qms.stats.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;

/**
 * The process that opened the embedded database serves it to the others that use it
 * meanwhile ({@code AUTO_SERVER}): were it to end while another command is still loading
 * a file, that command's connection would break in the middle of its work. So, when its
 * context closes, it waits until no other process is at work in it (in a statement, with
 * changes not committed, or active within the last minute), at most {@link #MOST}; one
 * idle for longer (a {@code serve} started later, between requests) is not waited for,
 * nor does a process that uses the database through another's server wait.
 */
class SharedDatabaseClose implements DisposableBean {

	/** The longest wait: a large load takes minutes. */
	static final Duration MOST = Duration.ofMinutes(30);

	private static final Log logger = LogFactory.getLog(SharedDatabaseClose.class);

	private static final String OWN = "select client_addr from information_schema.sessions"
			+ " where session_id = session_id()";

	private static final String CONNECTED = "select count(*) from information_schema.sessions"
			+ " where client_addr is not null";

	/**
	 * Other processes' sessions at work: in a statement, with changes not committed, or
	 * idle for less than a minute (a load waits on its parsing worker between
	 * statements). A session idle longer, such as a connection a {@code serve} keeps, is
	 * not waited for.
	 */
	private static final String OTHERS = "select count(*) from information_schema.sessions"
			+ " where client_addr is not null and (session_state = 'RUNNING' or contains_uncommitted"
			+ " or sleep_since > dateadd(second, -60, current_timestamp))";

	private final DataSource dataSource;

	private final Duration most;

	SharedDatabaseClose(DataSource dataSource) {
		this(dataSource, MOST);
	}

	SharedDatabaseClose(DataSource dataSource, Duration most) {
		this.dataSource = dataSource;
		this.most = most;
	}

	@Override
	public void destroy() {
		long deadline = System.nanoTime() + this.most.toNanos();
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			if (!"H2".equals(connection.getMetaData().getDatabaseProductName()) || text(statement, OWN) != null
					|| Long.parseLong(text(statement, CONNECTED)) == 0) {
				return;
			}
			boolean told = false;
			int quiet = 0;
			// quiet twice in a row: not a gap between two statements of a load
			while (quiet < 2 && System.nanoTime() < deadline) {
				if (Long.parseLong(text(statement, OTHERS)) == 0) {
					quiet++;
					Thread.sleep(100);
					continue;
				}
				quiet = 0;
				if (!told) {
					logger.info("Another command is still using the embedded database: waiting for it to finish"
							+ " before closing the database (at most " + this.most.toMinutes() + " min)");
					told = true;
				}
				Thread.sleep(250);
			}
		}
		catch (SQLException | RuntimeException ex) {
			// the database is already gone: nothing to wait for
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String text(Statement statement, String query) throws SQLException {
		try (ResultSet rs = statement.executeQuery(query)) {
			return rs.next() ? rs.getString(1) : null;
		}
	}

}
