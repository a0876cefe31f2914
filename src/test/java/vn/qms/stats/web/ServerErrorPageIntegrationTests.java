package vn.qms.stats.web;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.qms.stats.system.QmsStatsApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request Tomcat refuses before Spring Security sees it gets the console's short page
 * with the same security headers as every other answer, and no word of Tomcat or its
 * version. Over a raw socket ({@link RawHttp}), so that the address goes out exactly as
 * written (a client library may normalise it).
 */
@SpringBootTest(classes = QmsStatsApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = TestConsole.SERVLET)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class ServerErrorPageIntegrationTests {

	private static final TestConsole console = new TestConsole();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void console(DynamicPropertyRegistry registry) {
		console.register(registry);
	}

	@AfterAll
	void close() {
		console.close();
	}

	@Test
	void shouldSendTheSecurityHeadersAndNoVersionWithTomcatsOwnRefusalOfAnEncodedSlash() throws Exception {
		// when an address with an encoded slash is sent as written
		String answer = sentAsWritten("GET /reports/files/..%2f..%2fetc%2fpasswd", "");
		// then
		assertRefusedWithOurPage(answer);
	}

	@Test
	void shouldSendTheSecurityHeadersAndNoVersionWithTomcatsOwnRefusalOfAnAddressThatIsNoUri() throws Exception {
		// when
		String answer = sentAsWritten("GET /%", "");
		// then
		assertRefusedWithOurPage(answer);
	}

	@Test
	void shouldSendTheSecurityHeadersAndNoVersionWithTomcatsOwnRefusalOfAHeaderTooLarge() throws Exception {
		// when
		String answer = sentAsWritten("GET /login", "X-Large: " + "a".repeat(64 * 1024) + "\r\n\r\n");
		// then
		assertRefusedWithOurPage(answer);
	}

	private static void assertRefusedWithOurPage(String answer) {
		assertThat(answer).startsWith("HTTP/1.1 400 ");
		String head = RawHttp.head(answer);
		SecurityHeaders.all().forEach((name, value) -> assertThat(head).containsIgnoringCase(name + ": " + value));
		assertThat(answer).contains("Mã HTTP 400", "HTTP status 400")
			.doesNotContain("Apache Tomcat/", "Tomcat", "HTTP Status 400 –", "Exception");
	}

	/** Sends a request line and headers exactly as written; answers the whole answer. */
	private String sentAsWritten(String line, String rest) throws IOException {
		RawHttp http = new RawHttp(this.port);
		return http.send(line + " HTTP/1.1\r\n" + http.ownHost() + "Accept: text/html\r\nConnection: close\r\n"
				+ (rest.isEmpty() ? "\r\n" : rest));
	}

}
