package vn.qms.stats.cli;

import org.springframework.core.env.Environment;

/**
 * Where the web console answers, as {@code serve} and {@code demo} print it.
 */
final class ConsoleAddress {

	private ConsoleAddress() {
	}

	/** One line with the console's address, once the web server has started. */
	static String describe(Environment environment) {
		return "Trang quản trị / Web console: " + url(environment);
	}

	static String url(Environment environment) {
		String address = environment.getProperty("server.address", "127.0.0.1");
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		String host = address.contains(":") ? "[" + address + "]" : address;
		return "http://" + host + ":" + port + "/";
	}

}
