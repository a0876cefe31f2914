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
 * context closes, it waits while another process is at work in it (in a statement, with
 * changes not committed, or running a step of a job written within the last two minutes),
 * at most {@link #MOST}; a process that is only connected (a {@code serve} started later,
 * between its requests and check-ins) is not waited for, nor does a process that uses the
 * database through another's server wait.
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
	 * Other processes' sessions at work: in a statement, or with changes not committed.
	 */
	private static final String OTHERS = "select count(*) from information_schema.sessions"
			+ " where client_addr is not null and (session_state = 'RUNNING' or contains_uncommitted)";

	/**
	 * A load under way: a step of a job (ingesting a file, rendering a report) running
	 * and written within the last two minutes, as a step is at each chunk. A load waits
	 * on its parsing worker between statements, when its session looks idle; a run a
	 * killed process left marked running is not written any more.
	 */
	private static final String LOADING = "select count(*) from batch_step_execution"
			+ " where status in ('STARTING', 'STARTED') and last_updated > dateadd(second, -120, localtimestamp)";

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
				if (Long.parseLong(text(statement, OTHERS)) == 0 && Long.parseLong(text(statement, LOADING)) == 0) {
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
