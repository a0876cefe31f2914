package vn.qms.stats.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;

import vn.qms.stats.system.TestDatabase;

/**
 * One database and application context per kind for one test class: started on first use,
 * dropped by {@link #close()} (call it from {@code @AfterAll}). Tests of a class keep
 * apart by using periods of their own.
 */
final class SharedDatabases implements AutoCloseable {

	private final Map<String, TestDatabase> databases = new LinkedHashMap<>();

	private final Map<String, ConfigurableApplicationContext> contexts = new LinkedHashMap<>();

	synchronized ConfigurableApplicationContext context(String kind) {
		ConfigurableApplicationContext context = this.contexts.get(kind);
		if (context == null) {
			TestDatabase database = TestDatabase.of(kind);
			this.databases.put(kind, database);
			context = database.start();
			this.contexts.put(kind, context);
		}
		return context;
	}

	@Override
	public synchronized void close() {
		this.databases.values().forEach(TestDatabase::close);
		this.databases.clear();
		this.contexts.clear();
	}

}
