package vn.qms.stats.metrics;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qms.stats.metrics.FigureServiceIntegrationTests.scope;
import static vn.qms.stats.metrics.Lines.line;

/**
 * The units under a unit ({@code figures --children}, a drill-down): named and coded as
 * the period knew them, or today's units with history added in when restating, on H2 and
 * PostgreSQL with the shipped reference units and succession table.
 */
class ChildFiguresIntegrationTests {

	private static final SharedDatabases DATABASES = new SharedDatabases();

	@AfterAll
	static void dropDatabases() {
		DATABASES.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldNameTheNationsChildrenAsEachPeriodKnewThem(String kind) {
		// given the national summary of 2019 and An Giang's own summary for 2026-Q3
		ConfigurableApplicationContext context = DATABASES.context(kind);
		Fixture fixture = new Fixture(context.getBean(JdbcTemplate.class));
		givenSummary2019(fixture);
		fixture.bm02(fixture.submission("BM02", "91", "2026-Q3"), "91", 7, 6);
		FigureService service = context.getBean(FigureService.class);
		// when
		Map<String, String> in2019 = names(service.children(scope("VN", "2019")));
		Map<String, String> in2026 = names(service.children(scope("VN", "2026-Q3")));
		// then 22 ministries and 63 provinces in 2019, 17 and 34 in 2026
		assertThat(in2019).hasSize(85)
			.containsEntry("91", "Kiên Giang")
			.containsEntry("44", "Quảng Bình")
			.containsEntry("89", "An Giang")
			.containsEntry("BLDTBXH", "Bộ Lao động - Thương binh và Xã hội");
		assertThat(in2026).hasSize(51)
			.containsEntry("91", "An Giang")
			.containsEntry("44", "Quảng Trị")
			.doesNotContainKeys("89", "45", "BLDTBXH");
		assertThat(List.copyOf(in2019.keySet()).subList(0, 22))
			.allMatch((code) -> code.startsWith("B") || List.of("UBDT", "NHNN", "TTCP", "VPCP").contains(code));
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldGiveEachChildItsOwnFiguresUnderItsCodeAndNameOfThePeriod(String kind) {
		// given
		ConfigurableApplicationContext context = DATABASES.context(kind);
		Fixture fixture = new Fixture(context.getBean(JdbcTemplate.class));
		givenSummary2019(fixture);
		fixture.bm02(fixture.submission("BM02", "91", "2026-Q3"), "91", 7, 6);
		FigureService service = context.getBean(FigureService.class);
		// when
		List<Figure> in2019 = new ArrayList<>();
		service.childFigures(scope("VN", "2019"), in2019::add);
		List<Figure> in2026 = new ArrayList<>();
		service.childFigures(scope("VN", "2026-Q3"), in2026::add);
		// then
		assertThat(Lines.find(in2019, "mandatory_announced_rate", (f) -> f.unitCode().equals("91")).unitName())
			.isEqualTo("Kiên Giang");
		assertThat(line(in2019, "mandatory_announced_rate", "91")).isEqualTo("20/20=1");
		assertThat(line(in2019, "mandatory_announced_rate", "89")).isEqualTo("8/10=0.8");
		assertThat(line(in2019, "reporting_rate", "96")).isEqualTo("0/1=0");
		assertThat(Lines.find(in2026, "mandatory_announced_rate", (f) -> f.unitCode().equals("91")).unitName())
			.isEqualTo("An Giang");
		assertThat(line(in2026, "mandatory_announced_rate", "91")).isEqualTo("6/7=0.857143");
		assertThat(Lines.find(in2026, "reporting_rate", (f) -> f.unitCode().equals("44")).unitName())
			.isEqualTo("Quảng Trị");
		assertThat(in2019).allMatch((figure) -> figure.branch() == Branch.ALL && figure.period().equals("2019"));
		assertThat(in2019).hasSize(85 * FigureQueries.FIGURES.size());
		// and each child's figures are those of the child asked for itself
		assertThat(line(in2019, "commune_announced_rate", "91"))
			.isEqualTo(line(service.figures(scope("91", "2019")), "commune_announced_rate", "91"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldAddHistoryIntoTodaysUnitsWhenRestating(String kind) {
		// given 2019: old An Giang (89) 8/10, Kiên Giang (91) 20/20, Quảng Bình (44) 3/4,
		// Quảng Trị (45) 2/2
		ConfigurableApplicationContext context = DATABASES.context(kind);
		givenSummary2019(new Fixture(context.getBean(JdbcTemplate.class)));
		FigureService service = context.getBean(FigureService.class);
		FigureScope restated = scope("VN", "2019").restatedInCurrentUnits();
		// when
		List<ChildScope> children = service.children(restated);
		List<Figure> figures = new ArrayList<>();
		service.childFigures(restated, figures::add);
		// then today's 34 provinces and 17 ministries, and the split ministry as itself
		assertThat(names(children)).hasSize(52)
			.containsEntry("91", "An Giang")
			.containsEntry("44", "Quảng Trị")
			.containsEntry("BLDTBXH", "Bộ Lao động - Thương binh và Xã hội")
			.doesNotContainKeys("89", "45", "BKHDT");
		assertThat(line(figures, "mandatory_announced_rate", "91")).isEqualTo("28/30=0.933333");
		assertThat(line(figures, "commune_announced_rate", "91")).isEqualTo("100/150=0.666667");
		assertThat(line(figures, "mandatory_announced_rate", "44")).isEqualTo("5/6=0.833333");
		assertThat(line(figures, "reporting_rate", "44")).isEqualTo("1/1=1");
		assertThat(Lines.find(figures, "reporting_rate", (f) -> f.unitCode().equals("44")).unitName())
			.isEqualTo("Quảng Trị");
		// and a child's scope asks the same of the child alone
		ChildScope anGiang = children.stream().filter((child) -> child.unitCode().equals("91")).findFirst().get();
		assertThat(anGiang.scope().restated()).isTrue();
		assertThat(anGiang.referenceUnit()).isTrue();
		assertThat(line(service.figures(anGiang.scope()), "mandatory_announced_rate", "91"))
			.isEqualTo("28/30=0.933333");
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldGiveAProvinceTheDistrictsOfItsOwnSummaryAndNoChildrenWithoutThem(String kind) {
		// given Hà Nội's own summary of two districts, Hải Phòng's of itself only
		ConfigurableApplicationContext context = DATABASES.context(kind);
		Fixture fixture = new Fixture(context.getBean(JdbcTemplate.class));
		long hanoi = fixture.submission("BM02", "01", "2012");
		fixture.bm02(hanoi, "002", 5, 4, "unit_name=Quận Hoàn Kiếm", "unit_kind=DISTRICT");
		fixture.bm02(hanoi, "001", 5, 5, "unit_name=Quận Ba Đình", "unit_kind=DISTRICT");
		fixture.bm02(fixture.submission("BM02", "31", "2012"), "31", 9, 9);
		FigureService service = context.getBean(FigureService.class);
		// when
		List<ChildScope> children = service.children(scope("01", "2012"));
		List<Figure> figures = new ArrayList<>();
		service.childFigures(scope("01", "2012"), figures::add);
		// then
		assertThat(names(children)).containsExactly(Map.entry("001", "Quận Ba Đình"),
				Map.entry("002", "Quận Hoàn Kiếm"));
		assertThat(children).noneMatch(ChildScope::referenceUnit);
		assertThat(line(figures, "mandatory_announced_rate", "002")).isEqualTo("4/5=0.8");
		assertThat(service.children(scope("31", "2012"))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldWriteEachChildsCodeAndNameInCsvAndJson(String kind) throws Exception {
		// given
		ConfigurableApplicationContext context = DATABASES.context(kind);
		givenSummary2019(new Fixture(context.getBean(JdbcTemplate.class)));
		FigureService service = context.getBean(FigureService.class);
		StringBuilder csv = new StringBuilder();
		StringWriter json = new StringWriter();
		// when
		try (FigureSink sink = FigureCsv.open(csv)) {
			service.childFigures(scope("VN", "2019"), sink);
		}
		try (FigureSink sink = FigureJson.open(json)) {
			service.childFigures(scope("VN", "2019"), sink);
		}
		// then
		assertThat(csv.toString()).contains("mandatory_announced_rate,all,91,Kiên Giang,2019,20,20,1.000000\n")
			.contains("mandatory_announced_rate,all,44,Quảng Bình,2019,3,4,0.750000\n")
			.doesNotContain(",VN,Việt Nam,");
		JsonNode objects = new ObjectMapper().readTree(json.toString());
		assertThat(objects).hasSize(85 * FigureQueries.FIGURES.size());
		assertThat(objects.findValues("unit_code")).noneMatch((code) -> code.asText().equals("VN"));
		assertThat(objects).filteredOn((object) -> object.get("unit_code").asText().equals("91"))
			.isNotEmpty()
			.allMatch((object) -> object.get("unit_name").asText().equals("Kiên Giang"));
	}

	private static Map<String, String> names(List<ChildScope> children) {
		return children.stream()
			.collect(Collectors.toMap(ChildScope::unitCode, ChildScope::unitName, (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

	private static void givenSummary2019(Fixture fixture) {
		long national = fixture.submission("BM02", "VN", "2019");
		fixture.bm02(national, "89", 10, 8, "commune_total=100", "commune_announced=50");
		fixture.bm02(national, "91", 20, 20, "commune_total=50", "commune_announced=50");
		fixture.bm02(national, "44", 4, 3);
		fixture.bm02(national, "45", 2, 2);
	}

}
