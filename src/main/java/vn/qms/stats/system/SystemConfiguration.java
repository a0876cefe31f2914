package vn.qms.stats.system;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ QmsProperties.class, SignerProperties.class, UploadQuotaProperties.class })
class SystemConfiguration {

	@Bean
	static EmbeddedDatabasePool embeddedDatabasePool() {
		return new EmbeddedDatabasePool();
	}

	/** The embedded database served to other commands outlives their work in it. */
	@Bean
	SharedDatabaseClose sharedDatabaseClose(DataSource dataSource) {
		return new SharedDatabaseClose(dataSource);
	}

	/** Flyway runs only when the schema history differs from the jar's migrations. */
	@Bean
	SchemaMigration schemaMigration(DataSource dataSource) {
		return new SchemaMigration(dataSource);
	}

}
