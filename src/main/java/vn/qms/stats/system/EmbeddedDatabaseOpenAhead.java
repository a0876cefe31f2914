package vn.qms.stats.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Opens the embedded H2 database on a thread of its own as soon as Spring has read the
 * configuration, while the context is still being built. Opening it (reading the file,
 * re-creating the schema from its stored DDL, taking the file lock, starting the
 * {@code AUTO_SERVER}) took about a sixth of a cold {@code figures}, which the command
 * otherwise spent waiting when the first bean asked the pool for a connection. H2 opens a
 * database once per JVM: the pool's first connection joins the one opened here, or waits
 * for it to be opened. This connection is closed once the context has started (the pool
 * then keeps the database open) or has failed to.
 * <p>
 * Only an H2 file database that exists already, in a folder readable by its owner only,
 * with the URL, user and password the pool uses: a new database, and the folder's
 * permissions, are left to the pool ({@link EmbeddedDatabasePool}), which prepares them
 * before it opens anything. Any other database is left alone, and a failure here is not
 * reported: the pool meets it again and reports it.
 */
public final class EmbeddedDatabaseOpenAhead implements SmartApplicationListener {

	/** The longest the connection is held if the context never says it started. */
	private static final long HOLD_SECONDS = 60;

	private final CountDownLatch started = new CountDownLatch(1);

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
		return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType)
				|| ApplicationStartedEvent.class.isAssignableFrom(eventType)
				|| ApplicationFailedEvent.class.isAssignableFrom(eventType);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			open(prepared.getEnvironment());
		}
		else {
			this.started.countDown();
		}
	}

	private void open(Environment environment) {
		String configured = environment.getProperty("spring.datasource.url");
		if (!opensAhead(configured)) {
			return;
		}
		String url = EmbeddedDatabasePool.url(configured, EmbeddedDatabasePool.compactOnClose(environment));
		String user = environment.getProperty("spring.datasource.username");
		String password = environment.getProperty("spring.datasource.password");
		Thread thread = new Thread(() -> hold(url, user, password), "h2-open-ahead");
		thread.setDaemon(true);
		thread.start();
	}

	private void hold(String url, String user, String password) {
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			this.started.await(HOLD_SECONDS, TimeUnit.SECONDS);
		}
		catch (SQLException | RuntimeException ex) {
			LoggerFactory.getLogger(EmbeddedDatabaseOpenAhead.class)
				.debug("Not opened ahead (the pool will say why if it cannot either): {}", ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** An existing H2 file database in a folder readable by its owner only. */
	static boolean opensAhead(String url) {
		Optional<Path> file = EmbeddedDatabase.fileOf(url);
		if (file.isEmpty()) {
			return false;
		}
		Path folder = file.get().getParent();
		try {
			return Files.isRegularFile(folder.resolve(file.get().getFileName() + ".mv.db"))
					&& Files.getPosixFilePermissions(folder).equals(EmbeddedDatabase.OWNER_ONLY);
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

}
