package vn.qms.stats.system;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * The Spring context of the commands that read a file without the database
 * ({@code inspect}): the settings of {@code config/application.yml} as {@code ingest}
 * reads them, and the reference units from their CSV files ({@code qms.reference}, else
 * {@code config/reference/}, else the jar's), the very units {@code ingest} checks a
 * title block and unit codes against, and the working-day calendar ({@code qms.calendar},
 * else {@code config/calendar/holidays.csv}, else the jar's), the very calendar
 * {@code ingest} counts working days with; nothing else, so nothing is written.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ QmsProperties.class, GuardProperties.class, IngestProperties.class })
@ComponentScan(basePackages = "vn.qms.stats.reference", useDefaultFilters = false,
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "vn\\.qms\\.stats\\.reference\\.(CsvReferenceUnits|ReferenceSource|calendar\\.CalendarConfiguration)"))
public class SettingsApplication {

	/**
	 * What the build's ahead-of-time processing runs ({@code process-aot-settings} in
	 * {@code pom.xml}): the commands start this context through the command line.
	 */
	public static void main(String[] args) {
		SpringApplication.run(SettingsApplication.class, args);
	}

}
