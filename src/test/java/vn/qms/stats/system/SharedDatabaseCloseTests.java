package vn.qms.stats.system;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command that opened the embedded database, ending while another command works in it
 * through its server, waits for that work before the database closes under it.
 */
class SharedDatabaseCloseTests {

	@TempDir
	Path folder;

	@Test
	void shouldWaitForAnotherProcessInTheMiddleOfAStatementBeforeClosing() throws Exception {
		// given this process opened the database, and another one runs a statement in it
		// (a sleep of 3 s, run by this process's server for the other's session)
		SingleConnectionDataSource owner = owned("create alias if not exists sleep for 'java.lang.Thread.sleep'");
		Process other = otherJvm("org.h2.tools.Shell", "-url", url(), "-user", "sa", "-sql", "call sleep(3000)");
		try {
			Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> running(owner) > 0);
			// when
			new SharedDatabaseClose(owner, Duration.ofSeconds(60)).destroy();
			// then the other's statement was done before the database could close
			assertThat(running(owner)).isZero();
			assertThat(other.waitFor()).isZero();
		}
		finally {
			other.destroyForcibly();
			owner.destroy();
		}
	}

	@Test
	void shouldNotWaitForAnotherProcessThatIsOnlyConnected() throws Exception {
		// given this process opened the database, and another one (as a serve started
		// later) used it a moment ago and stays connected, idle
		SingleConnectionDataSource owner = owned(
				"create table batch_step_execution (status varchar(10), last_updated timestamp)",
				"insert into batch_step_execution values ('COMPLETED', localtimestamp)");
		Path remote = Files.writeString(this.folder.resolve("Remote.java"), """
				import java.sql.*;
				public class Remote {
					public static void main(String[] args) throws Exception {
						try (Connection c = DriverManager.getConnection(args[0], "sa", "")) {
							c.createStatement().execute("select count(*) from batch_step_execution");
							Thread.sleep(120_000);
						}
					}
				}
				""");
		Process other = otherJvm(remote.toString(), url());
		try {
			Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> connected(owner) > 0);
			long started = System.nanoTime();
			// when
			new SharedDatabaseClose(owner, Duration.ofSeconds(60)).destroy();
			// then it closes without waiting for the other to go
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
			assertThat(other.isAlive()).isTrue();
		}
		finally {
			other.destroyForcibly();
			owner.destroy();
		}
	}

	@Test
	void shouldCloseAtOnceWhenNoOtherProcessUsesTheDatabase() throws Exception {
		// given
		SingleConnectionDataSource alone = new SingleConnectionDataSource(
				"jdbc:h2:file:" + this.folder.resolve("alone") + ";AUTO_SERVER=TRUE", "sa", "", true);
		long started = System.nanoTime();
		// when
		new SharedDatabaseClose(alone, Duration.ofSeconds(60)).destroy();
		// then no wait of any length: not even the pause between two looks
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		alone.destroy();
	}

	private String url() {
		return "jdbc:h2:file:" + this.folder.resolve("qms") + ";AUTO_SERVER=TRUE";
	}

	/** The database, opened by this process (its AUTO_SERVER), after these statements. */
	private SingleConnectionDataSource owned(String... statements) throws Exception {
		SingleConnectionDataSource owner = new SingleConnectionDataSource(url(), "sa", "", true);
		try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		return owner;
	}

	/** Another process: a JVM with H2 on its class path, running these arguments. */
	private static Process otherJvm(String... arguments) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", h2Jar()));
		command.addAll(List.of(arguments));
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	private static long running(SingleConnectionDataSource owner) throws Exception {
		try (Connection connection = owner.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select count(*) from information_schema.sessions"
						+ " where client_addr is not null and session_state = 'RUNNING'")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static long connected(SingleConnectionDataSource owner) throws Exception {
		try (Connection connection = owner.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rs = statement
					.executeQuery("select count(*) from information_schema.sessions where client_addr is not null")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static String h2Jar() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter((entry) -> entry.contains("h2-"))
			.findFirst()
			.orElseThrow();
	}

}
