package vn.qms.stats.system;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The Spring context of the commands that read a file without the database
 * ({@code inspect}): the settings of {@code config/application.yml} as {@code ingest}
 * reads them, and nothing else.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ QmsProperties.class, GuardProperties.class, IngestProperties.class })
public class SettingsApplication {

	/**
	 * What the build's ahead-of-time processing runs ({@code process-aot-settings} in
	 * {@code pom.xml}): the commands start this context through the command line.
	 */
	public static void main(String[] args) {
		SpringApplication.run(SettingsApplication.class, args);
	}

}
