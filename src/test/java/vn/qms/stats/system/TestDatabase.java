package vn.qms.stats.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A database of its own for one test class: an in-memory H2 database, or a fresh
 * PostgreSQL database on {@code 127.0.0.1:5432} that {@link #close()} drops again. Where
 * PostgreSQL is not reachable the test is skipped with a message, except under
 * {@code CI=true}, where it fails.
 */
public final class TestDatabase implements AutoCloseable {

	static final String POSTGRES_SERVER = System.getenv()
		.getOrDefault("QMS_TEST_PG", "jdbc:postgresql://127.0.0.1:5432/");

	private final String kind;

	private final String url;

	private final String name;

	private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

	private TestDatabase(String kind, String url, String name) {
		this.kind = kind;
		this.url = url;
		this.name = name;
	}

	public static TestDatabase h2() {
		String name = uniqueName();
		return new TestDatabase("h2", "jdbc:h2:mem:" + name
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", name);
	}

	public static TestDatabase postgres() {
		String name = uniqueName();
		try (Connection admin = DriverManager.getConnection(POSTGRES_SERVER + "postgres", "postgres", "");
				Statement statement = admin.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			String message = "PostgreSQL is not reachable at " + POSTGRES_SERVER + " (" + ex.getMessage()
					+ "); start it or set QMS_TEST_PG";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException("CI=true and " + message, ex);
			}
			Assumptions.abort(message);
		}
		return new TestDatabase("postgresql", POSTGRES_SERVER + name, name);
	}

	/** Both kinds, for tests that must give the same answer on each. */
	public static TestDatabase of(String kind) {
		return "postgresql".equals(kind) ? postgres() : h2();
	}

	public String kind() {
		return this.kind;
	}

	public String url() {
		return this.url;
	}

	public String user() {
		return "postgresql".equals(this.kind) ? "postgres" : "sa";
	}

	/**
	 * Boots the application against this database (Flyway runs), with extra properties.
	 */
	public ConfigurableApplicationContext start(String... properties) {
		List<String> all = new ArrayList<>(List.of("spring.datasource.url=" + this.url,
				"spring.datasource.username=" + user(), "spring.datasource.password="));
		all.addAll(List.of(properties));
		// As command-line arguments: they outrank application.yml, default properties do
		// not
		ConfigurableApplicationContext context = new SpringApplicationBuilder(QmsStatsApplication.class)
			.run(all.stream().map((property) -> "--" + property).toArray(String[]::new));
		this.contexts.add(context);
		return context;
	}

	@Override
	public void close() {
		this.contexts.forEach(ConfigurableApplicationContext::close);
		if (!"postgresql".equals(this.kind)) {
			return;
		}
		try (Connection admin = DriverManager.getConnection(POSTGRES_SERVER + "postgres", "postgres", "");
				Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + this.name + " with (force)");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not drop test database " + this.name, ex);
		}
	}

	private static String uniqueName() {
		return "qms_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
	}

}
