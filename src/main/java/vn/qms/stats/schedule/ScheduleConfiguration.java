package vn.qms.stats.schedule;

import java.util.Properties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import vn.qms.stats.system.ScheduleProperties;

/**
 * Quartz set-up: the JDBC delegate that matches the product's database (Spring's job
 * store does not detect it).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScheduleProperties.class)
class ScheduleConfiguration {

	static final String DELEGATE = "org.quartz.jobStore.driverDelegateClass";

	@Bean
	SchedulerFactoryBeanCustomizer quartzDelegate(QuartzProperties quartz, Environment environment) {
		return (factory) -> {
			Properties properties = new Properties();
			properties.putAll(quartz.getProperties());
			String url = environment.getProperty("spring.datasource.url", "");
			properties.putIfAbsent(DELEGATE,
					url.startsWith("jdbc:postgresql:") ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
							: "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
			factory.setQuartzProperties(properties);
		};
	}

}
