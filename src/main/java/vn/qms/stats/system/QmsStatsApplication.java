package vn.qms.stats.system;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The Spring context of QMS Stats. Started by the command line
 * ({@code vn.qms.stats.cli}), never on its own: every command boots it with the options
 * the user gave. The web console ({@code vn.qms.stats.web}) is left out of the scan: it
 * is added by {@link WebConsole} only in {@code serve}'s web application.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = "vn.qms.stats",
		excludeFilters = { @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
				@ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
				@ComponentScan.Filter(type = FilterType.REGEX, pattern = "vn\\.qms\\.stats\\.web\\..*") })
public class QmsStatsApplication {

	static {
		// before any H2 class reads it: the embedded database's server on loopback only
		EmbeddedDatabase.bindToLoopback();
	}

}
