package vn.qms.stats.system;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

import org.springframework.boot.logging.LogFile;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemFactory;
import org.springframework.boot.logging.logback.LogbackLoggingSystem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Spring Boot's Logback logging, as it configures itself when the application has no
 * Logback file (levels, pattern and charset from {@code logging.*} in
 * {@code application.yml}), but writing to standard error: standard output is for what
 * the commands print (CSV, JSON, verdicts). Set in code rather than in a
 * {@code logback-spring.xml}, which every command had Logback's XML configurator read and
 * interpret at start. Chosen by its {@link Factory}, listed in
 * {@code META-INF/spring.factories}.
 */
public class StandardErrorLogging extends LogbackLoggingSystem {

	/** The name Spring Boot gives its console appender. */
	private static final String CONSOLE = "CONSOLE";

	public StandardErrorLogging(ClassLoader classLoader) {
		super(classLoader);
	}

	@Override
	protected void loadDefaults(LoggingInitializationContext initializationContext, @Nullable LogFile logFile) {
		super.loadDefaults(initializationContext, logFile);
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		Appender<ILoggingEvent> console = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(CONSOLE);
		if (console instanceof ConsoleAppender<ILoggingEvent> appender) {
			appender.stop();
			appender.setTarget("System.err");
			appender.start();
		}
	}

	/** Chooses this logging system before Spring Boot's own. */
	@Order(Ordered.HIGHEST_PRECEDENCE)
	public static final class Factory implements LoggingSystemFactory {

		@Override
		public LoggingSystem getLoggingSystem(ClassLoader classLoader) {
			return new StandardErrorLogging(classLoader);
		}

	}

}
