package vn.qms.stats.ingest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.qms.stats.reference.ReferenceUnits;

/**
 * Added to a test's application context with {@code spring.main.sources} (never picked up
 * by component scanning): the in-test reference units, preferred over the shipped ones.
 */
public class TestReferenceUnitsSource {

	public static final String PROPERTY = "spring.main.sources=" + TestReferenceUnitsSource.class.getName();

	@Bean
	@Primary
	ReferenceUnits testReferenceUnits() {
		return new TestReferenceUnits();
	}

}
