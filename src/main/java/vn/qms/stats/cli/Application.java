package vn.qms.stats.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.aot.AotDetector;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.SpringProperties;
import org.springframework.util.ClassUtils;

import vn.qms.stats.system.EmbeddedDatabaseOpenAhead;
import vn.qms.stats.system.NoMessageSource;
import vn.qms.stats.system.QmsProperties;
import vn.qms.stats.system.QmsStatsApplication;

/**
 * The Spring context a command runs in, booted with the global options.
 */
final class Application implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(Application.class);

	private final ConfigurableApplicationContext context;

	private Application(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static Application start(Main options, String... extraProperties) {
		return start(QmsStatsApplication.class, options, extraProperties);
	}

	/**
	 * A context of the given configuration alone, with the same settings; an embedded
	 * database is opened while the context is built ({@link EmbeddedDatabaseOpenAhead}).
	 */
	static Application start(Class<?> source, Main options, String... extraProperties) {
		return start(source, options, true, extraProperties);
	}

	/**
	 * A context of the given configuration, which uses no database: the settings alone.
	 */
	static Application settings(Class<?> source, Main options) {
		return start(source, options, false);
	}

	private static Application start(Class<?> source, Main options, boolean database, String... extraProperties) {
		List<String> arguments = new ArrayList<>();
		if (options.database != null) {
			arguments.add("--spring.datasource.url=" + options.database);
			arguments.add("--spring.datasource.username=" + defaultUser(options.database));
		}
		if (options.language != null) {
			arguments.add("--qms.language=" + options.language);
		}
		String fileNames = System.getProperty("sun.jnu.encoding", "UTF-8");
		if (!"UTF-8".equalsIgnoreCase(fileNames)) {
			System.err.println("Cảnh báo / Warning: tên tệp được đọc theo bảng mã " + fileNames
					+ ", không phải UTF-8: hãy chạy với LANG=C.UTF-8 / file names are read as " + fileNames
					+ ", not UTF-8: run with LANG=C.UTF-8 so that Vietnamese file names can be read");
		}
		if (System.getenv("QMS_DEBUG") != null) {
			arguments.add("--qms.log.exceptions=%ex");
		}
		else {
			// a context that cannot start is one line (Main), not Spring's report of it
			arguments.add("--logging.level.org.springframework.boot.SpringApplication=off");
			arguments
				.add("--logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext=off");
			arguments.add("--logging.level.org.springframework.boot.web.server.servlet.context."
					+ "AnnotationConfigServletWebServerApplicationContext=off");
		}
		for (String property : extraProperties) {
			arguments.add("--" + property);
		}
		boolean aheadOfTime = aheadOfTime(source);
		if (aheadOfTime) {
			SpringProperties.setProperty(AotDetector.AOT_ENABLED, "true");
		}
		try {
			SpringApplicationBuilder application = new SpringApplicationBuilder(source).main(source)
				.logStartupInfo(false);
			if (database) {
				application.listeners(new EmbeddedDatabaseOpenAhead());
			}
			if (source != QmsStatsApplication.class) {
				application.initializers(NoMessageSource::register);
			}
			return new Application(application.run(arguments.toArray(String[]::new)));
		}
		catch (RuntimeException ex) {
			logger.debug("The context did not start", ex);
			Optional<DatabaseUnavailable> unavailable = (database) ? DatabaseUnavailable.of(ex, databaseUrl(options))
					: Optional.empty();
			if (unavailable.isPresent()) {
				throw unavailable.get();
			}
			// the cause, not the bean whose creation it stopped
			throw new IllegalStateException("Không khởi động được / Cannot start: "
					+ NestedExceptionUtils.getMostSpecificCause(ex).getMessage(), ex);
		}
		finally {
			if (aheadOfTime) {
				SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
			}
		}
	}

	/**
	 * Whether the context starts from the bean definitions the build generated for it
	 * ({@code process-aot} in {@code pom.xml}) rather than by reading its configuration
	 * classes: in the command relaunched from the build's copy of the jar, whose
	 * generated code matches its classes; {@code -Dqms.aot=false} turns it off.
	 */
	private static boolean aheadOfTime(Class<?> source) {
		return System.getProperty("qms.quick-start.child") != null && !"false".equals(System.getProperty("qms.aot"))
				&& ClassUtils.isPresent(source.getName() + "__ApplicationContextInitializer", source.getClassLoader());
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	org.springframework.core.env.Environment environment() {
		return this.context.getEnvironment();
	}

	QmsProperties properties() {
		return bean(QmsProperties.class);
	}

	Locale locale() {
		return Locale.forLanguageTag(properties().language());
	}

	@Override
	public void close() {
		this.context.close();
	}

	/**
	 * The database the context opens: {@code --db}, else QMS_DB_URL, else the default.
	 */
	private static String databaseUrl(Main options) {
		return (options.database != null) ? options.database : System.getenv("QMS_DB_URL");
	}

	/** QMS_DB_USER if set, else the usual administrator of the database kind. */
	private static String defaultUser(String url) {
		String user = System.getenv("QMS_DB_USER");
		if (user != null) {
			return user;
		}
		return url.startsWith("jdbc:postgresql:") ? "postgres" : "sa";
	}

}
