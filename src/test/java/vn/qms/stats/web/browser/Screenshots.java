package vn.qms.stats.web.browser;

import java.nio.file.Path;

/**
 * Whether this run writes the console's screenshots for the documentation
 * ({@code SCREENSHOTS=1}, as a system property or an environment variable), and where.
 */
final class Screenshots {

	private Screenshots() {
	}

	static boolean wanted() {
		String value = System.getProperty("SCREENSHOTS", System.getenv("SCREENSHOTS"));
		return "1".equals(value) || "true".equalsIgnoreCase(value);
	}

	/**
	 * The folder docs/screenshots of the project (Maven runs the tests in its folder).
	 */
	static Path folder() {
		return Path.of(System.getProperty("basedir", "."), "docs", "screenshots").toAbsolutePath().normalize();
	}

}
