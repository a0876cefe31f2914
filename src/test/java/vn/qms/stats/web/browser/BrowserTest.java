package vn.qms.stats.web.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import vn.qms.stats.system.QmsStatsApplication;

/**
 * A test class that drives the web console in headless Chromium: the console as
 * {@code serve} runs it (servlet web application) on a random port of 127.0.0.1, with an
 * H2 database and input, output and staging folders of its own, closed after the class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(Chromium.class)
@SpringBootTest(classes = QmsStatsApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=servlet")
@ContextConfiguration(initializers = ConsoleUnderTest.class)
@DirtiesContext
@interface BrowserTest {

}
