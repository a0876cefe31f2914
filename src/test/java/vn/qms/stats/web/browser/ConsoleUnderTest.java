package vn.qms.stats.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;

import vn.qms.stats.system.TestDatabase;

/**
 * Gives the console of one test class an in-memory H2 database and a temporary folder
 * holding its {@code qms.input}, {@code qms.output} and {@code qms.http.staging}, deleted
 * when the context closes.
 */
class ConsoleUnderTest implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Path root;
		try {
			root = Files.createTempDirectory("qms-console");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		TestDatabase database = TestDatabase.h2();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("console-under-test",
					Map.of("spring.datasource.url", database.url(), "spring.datasource.username", database.user(),
							"spring.datasource.password", "", "qms.input", root.resolve("input").toString(),
							"qms.output", root.resolve("out").toString(), "qms.http.staging",
							root.resolve("uploads").toString())));
		// registered first, so destroyed last: after the upload and report threads have
		// stopped (a bean registered as a singleton alone is never destroyed)
		((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean("consoleFolders",
				new Folders(root));
	}

	/** The temporary folder of a console under test. */
	record Folders(Path root) implements DisposableBean {

		@Override
		public void destroy() {
			FileSystemUtils.deleteRecursively(this.root.toFile());
		}

	}

}
