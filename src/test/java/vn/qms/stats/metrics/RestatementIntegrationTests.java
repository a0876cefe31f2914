package vn.qms.stats.metrics;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qms.stats.metrics.FigureServiceIntegrationTests.scope;
import static vn.qms.stats.metrics.Lines.line;

/**
 * Units identified by (code, validity), restating in today's units, and carrying forward,
 * on H2 and PostgreSQL with the shipped reference units and succession table.
 */
class RestatementIntegrationTests {

	private static final SharedDatabases DATABASES = new SharedDatabases();

	@AfterAll
	static void dropDatabases() {
		DATABASES.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldReadCode91AsKienGiangIn2019AndAnGiangIn2026(String kind) {
		// given the national summary of 2019 and An Giang's own summary of 2026
		ConfigurableApplicationContext context = DATABASES.context(kind);
		Fixture fixture = new Fixture(context.getBean(JdbcTemplate.class));
		givenSummary2019(fixture);
		fixture.bm02(fixture.submission("BM02", "91", "2026"), "91", 7, 7);
		FigureService service = context.getBean(FigureService.class);
		// when
		List<Figure> in2019 = service.figures(scope("91", "2019"));
		List<Figure> in2026 = service.figures(scope("91", "2026"));
		// then
		assertThat(in2019.get(0).unitName()).isEqualTo("Kiên Giang");
		assertThat(line(in2019, "mandatory_announced_rate", "91")).isEqualTo("20/20=1");
		assertThat(in2026.get(0).unitName()).isEqualTo("An Giang");
		assertThat(line(in2026, "mandatory_announced_rate", "91")).isEqualTo("7/7=1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldAddOldAnGiangAndKienGiangIntoTheNewAnGiangWhenRestating(String kind) {
		// given 2019: old An Giang (89) 8/10 mandatory, 50/100 communes; Kiên Giang (91)
		// 20/20, 50/50; Hà Nội 5/5
		ConfigurableApplicationContext context = DATABASES.context(kind);
		givenSummary2019(new Fixture(context.getBean(JdbcTemplate.class)));
		FigureService service = context.getBean(FigureService.class);
		// when
		List<Figure> anGiang = service.figures(scope("91", "2019").restatedInCurrentUnits());
		List<Figure> nation = service.figures(scope("VN", "2019").restatedInCurrentUnits());
		// then rates from summed counts, the merged unit compliant only if the sum is
		assertThat(anGiang.get(0).unitName()).isEqualTo("An Giang");
		assertThat(line(anGiang, "mandatory_announced_rate", "91")).isEqualTo("28/30=0.933333");
		assertThat(line(anGiang, "commune_announced_rate", "91")).isEqualTo("100/150=0.666667");
		assertThat(line(anGiang, "units_compliant_rate", "91")).isEqualTo("0/1=0");
		assertThat(line(anGiang, "reporting_rate", "91")).isEqualTo("1/1=1");
		assertThat(line(nation, "units_compliant_rate", Branch.PROVINCES)).isEqualTo("1/2=0.5");
		assertThat(line(nation, "reporting_rate", Branch.PROVINCES)).isEqualTo("2/34=0.058824");
		assertThat(line(nation, "mandatory_announced_rate", Branch.ALL)).isEqualTo("33/35=0.942857");
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldCountAMissingUnitAsMissingUnlessCarriedForwardAndThenMarkIt(String kind) {
		// given Hà Nội's own summary for 2016-Q1 (6/10) and nothing for 2016-Q2
		ConfigurableApplicationContext context = DATABASES.context(kind);
		Fixture fixture = new Fixture(context.getBean(JdbcTemplate.class));
		fixture.bm02(fixture.submission("BM02", "01", "2016-Q1"), "01", 10, 6);
		FigureService service = context.getBean(FigureService.class);
		// when
		List<Figure> missing = service.figures(scope("01", "2016-Q2"));
		List<Figure> carried = service.figures(scope("01", "2016-Q2").carryingForward());
		// then
		assertThat(line(missing, "reporting_rate", "01")).isEqualTo("0/1=0");
		assertThat(line(missing, "mandatory_announced_rate", "01")).isEqualTo("0/0=–");
		assertThat(missing).noneMatch(Figure::carried);
		assertThat(line(carried, "reporting_rate", "01")).isEqualTo("1/1=1");
		assertThat(line(carried, "mandatory_announced_rate", "01")).isEqualTo("6/10=0.6");
		assertThat(Lines.find(carried, "mandatory_announced_rate", (f) -> true).carriedFrom())
			.containsExactly(new CarriedForward("01", "2016-Q1"));
		StringWriter json = new StringWriter();
		FigureJson.write(carried, json);
		assertThat(json.toString()).contains("\"carried_from\"", "\"period\" : \"2016-Q1\"");
	}

	private static void givenSummary2019(Fixture fixture) {
		long national = fixture.submission("BM02", "VN", "2019");
		fixture.bm02(national, "89", 10, 8, "commune_total=100", "commune_announced=50");
		fixture.bm02(national, "91", 20, 20, "commune_total=50", "commune_announced=50");
		fixture.bm02(national, "01", 5, 5);
	}

}
