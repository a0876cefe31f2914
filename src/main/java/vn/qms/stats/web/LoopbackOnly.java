package vn.qms.stats.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Keeps the console on this machine unless configured otherwise: an address that the
 * network can reach ({@code qms.http.address}) is refused, before anything listens,
 * unless {@code qms.http.secure-cookies} is true, that is, the console is served behind
 * HTTPS.
 */
@Component
class LoopbackOnly implements WebServerFactoryCustomizer<ConfigurableWebServerFactory> {

	private final String address;

	private final boolean secureCookies;

	LoopbackOnly(@Value("${server.address:}") String address,
			@Value("${qms.http.secure-cookies:false}") boolean secureCookies) {
		this.address = address;
		this.secureCookies = secureCookies;
	}

	@Override
	public void customize(ConfigurableWebServerFactory factory) {
		InetAddress address;
		try {
			// none given: every interface
			address = InetAddress.getByName(this.address.isBlank() ? "0.0.0.0" : this.address);
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("qms.http.address " + this.address + " is not an address of this machine");
		}
		if (!address.isLoopbackAddress() && !this.secureCookies) {
			throw new IllegalStateException("qms.http.address " + address.getHostAddress()
					+ " can be reached from the network: serve the console behind HTTPS and set "
					+ "qms.http.secure-cookies: true (README, \"The web console\")");
		}
	}

}
