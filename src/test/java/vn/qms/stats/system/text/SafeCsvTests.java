package vn.qms.stats.system.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeCsvTests {

	@Test
	void shouldPrefixAndQuoteTextThatASpreadsheetWouldRunAsAFormula() {
		// given
		StringBuilder out = new StringBuilder();
		// when
		new SafeCsv(out).record("=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "Bộ Y tế", "a,b", "");
		// then
		assertThat(out).hasToString("\"'=1+2\",\"'+1\",\"'-1\",\"'@SUM(A1)\",\"'\tx\",\"'\rx\",Bộ Y tế,\"a,b\",\n");
	}

	@Test
	void shouldWriteComputedNumbersAsTheyAreNegativeOnesIncluded() {
		// given
		StringBuilder out = new StringBuilder();
		// when
		new SafeCsv(out).record("x", SafeCsv.number("-3"), SafeCsv.number("-0.250000"), SafeCsv.number(null));
		// then
		assertThat(out).hasToString("x,-3,-0.250000,\n");
	}

}
