package vn.qms.stats.system;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

import vn.qms.stats.approval.Approvals;
import vn.qms.stats.ingest.Ingestor;
import vn.qms.stats.reference.ReferenceUnits;

/**
 * The Spring context of the {@code ingest} command: the data source, the schema
 * ({@link SchemaMigration}), the batch job repository and {@code ingestJob}, the
 * reference units and calendar, and the approvals (an approved key holds a file in
 * {@code held/}). No Quartz, reports, metrics or web console: {@link QmsStatsApplication}
 * has them, and {@code serve} polls the input folder in its context. Its
 * auto-configurations are listed rather than discovered, so that starting it costs what
 * ingesting uses.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, ConfigurationPropertiesAutoConfiguration.class,
		DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
		TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, BatchAutoConfiguration.class,
		BatchJdbcAutoConfiguration.class })
@ComponentScan(basePackageClasses = { Ingestor.class, ReferenceUnits.class, Approvals.class })
@Import(SystemConfiguration.class)
public class IngestApplication {

	static {
		// before any H2 class reads it: the embedded database's server on loopback only
		EmbeddedDatabase.bindToLoopback();
	}

	/**
	 * What the build's ahead-of-time processing runs ({@code process-aot-ingest} in
	 * {@code pom.xml}): the command starts this context through the command line.
	 */
	public static void main(String[] args) {
		SpringApplication.run(IngestApplication.class, args);
	}

}
