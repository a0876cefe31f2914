package vn.qms.stats.system;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

import vn.qms.stats.metrics.FigureService;
import vn.qms.stats.reference.ReferenceUnits;

/**
 * The Spring context of the commands that only read the database ({@code figures},
 * {@code jobs}): the data source, the schema ({@link SchemaMigration}), the reference
 * units and calendar (loaded when changed) and the figures. No batch jobs, Quartz,
 * reports or web console: {@link QmsStatsApplication} has them. Its auto-configurations
 * are listed rather than discovered, so that starting it costs what these commands use.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, ConfigurationPropertiesAutoConfiguration.class,
		DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
		JdbcTemplateAutoConfiguration.class })
@ComponentScan(basePackageClasses = { FigureService.class, ReferenceUnits.class })
@Import({ SystemConfiguration.class, JobHistory.class })
public class DatabaseApplication {

	/**
	 * What the read commands start it with: closing the embedded database does not
	 * compact its file ({@link EmbeddedDatabasePool}).
	 */
	public static final String READ_ONLY = EmbeddedDatabasePool.COMPACT_ON_CLOSE + "=false";

	static {
		// before any H2 class reads it: the embedded database's server on loopback only
		EmbeddedDatabase.bindToLoopback();
	}

	/**
	 * What the build's ahead-of-time processing runs ({@code process-aot} in
	 * {@code pom.xml}): the commands start this context through the command line.
	 */
	public static void main(String[] args) {
		SpringApplication.run(DatabaseApplication.class, args);
	}

}
