package vn.qms.stats.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.qms.stats.system.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures from BM02 summaries, on hand-computed inputs, on H2 and PostgreSQL. The units
 * are made up (valid 1990-1999) so that they cannot clash with the shipped reference
 * units.
 */
class FigureServiceIntegrationTests {

	private static final FigureScope SCOPE = new FigureScope("XX", "1995", LocalDate.of(1995, 1, 1),
			LocalDate.of(1995, 12, 31));

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldComputeEachRateFromSummedCountsPerBranch(String kind) {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given
			ConfigurableApplicationContext context = database.start();
			givenSummary(context.getBean(JdbcTemplate.class));
			// when
			List<Figure> figures = context.getBean(FigureService.class).figures(SCOPE);
			// then: ministries M1 5/5, M2 4/5, M3 0/0; provinces P1 10/10, P2 9/10
			assertThat(line(figures, "units_compliant_rate", Branch.ALL)).isEqualTo("2/5=0.4");
			assertThat(line(figures, "units_compliant_rate", Branch.MINISTRIES)).isEqualTo("1/3=0.333333");
			assertThat(line(figures, "units_compliant_rate", Branch.PROVINCES)).isEqualTo("1/2=0.5");
			assertThat(line(figures, "mandatory_announced_rate", Branch.ALL)).isEqualTo("28/30=0.933333");
			assertThat(line(figures, "mandatory_announced_rate", Branch.PROVINCES)).isEqualTo("19/20=0.95");
			assertThat(line(figures, "commune_announced_rate", Branch.PROVINCES)).isEqualTo("4/8=0.5");
			assertThat(line(figures, "tthc_coverage_rate", Branch.ALL)).isEqualTo("150/200=0.75");
			assertThat(line(figures, "process_total", Branch.ALL)).isEqualTo("40=40");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldShowARateWithoutDenominatorAsNotApplicable(String kind) {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given no encouraged bodies anywhere, and no communes under ministries
			ConfigurableApplicationContext context = database.start();
			givenSummary(context.getBean(JdbcTemplate.class));
			// when
			List<Figure> figures = context.getBean(FigureService.class).figures(SCOPE);
			// then
			assertThat(line(figures, "encouraged_announced_rate", Branch.ALL)).isEqualTo("0/0=–");
			assertThat(line(figures, "commune_announced_rate", Branch.MINISTRIES)).isEqualTo("0/0=–");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldGiveEachUnitItsOwnFigures(String kind) {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given
			ConfigurableApplicationContext context = database.start();
			givenSummary(context.getBean(JdbcTemplate.class));
			// when
			Map<String, List<Figure>> byUnit = context.getBean(FigureService.class).figuresByUnit(SCOPE);
			// then
			assertThat(byUnit).containsOnlyKeys("M1", "M2", "M3", "P1", "P2");
			assertThat(line(byUnit.get("M2"), "mandatory_announced_rate", Branch.ALL)).isEqualTo("4/5=0.8");
			assertThat(line(byUnit.get("M3"), "mandatory_announced_rate", Branch.ALL)).isEqualTo("0/0=–");
			assertThat(byUnit.get("P1").get(0).unitName()).isEqualTo("Tỉnh Một");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldCountOnlyTheCurrentSubmission(String kind) {
		try (TestDatabase database = TestDatabase.of(kind)) {
			// given a replaced submission with other numbers
			ConfigurableApplicationContext context = database.start();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			givenSummary(jdbc);
			jdbc.update("insert into submission (id, form, reporting_unit, period, file_name, file_sha256, received_at,"
					+ " row_count, warning_count, replaced_by) values (9, 'BM02', 'XX', '1995', 'old.xlsx', 'b',"
					+ " current_timestamp, 1, 0, 1)");
			row(jdbc, 9, "M1", "Bộ Một", 100, 1, null, null, null, null);
			// when
			List<Figure> figures = context.getBean(FigureService.class).figures(SCOPE);
			// then
			assertThat(line(figures, "mandatory_announced_rate", Branch.ALL)).isEqualTo("28/30=0.933333");
		}
	}

	private static void givenSummary(JdbcTemplate jdbc) {
		for (String[] unit : new String[][] { { "M1", "MINISTRY" }, { "M2", "MINISTRY" }, { "M3", "MINISTRY" },
				{ "P1", "PROVINCE" }, { "P2", "PROVINCE" } }) {
			jdbc.update(
					"insert into ref_unit (code, valid_from, valid_to, kind, name_vi, parent_code)"
							+ " values (?, date '1990-01-01', date '1999-12-31', ?, ?, 'XX')",
					unit[0], unit[1], unit[0]);
		}
		jdbc.update("insert into submission (id, form, reporting_unit, period, file_name, file_sha256, received_at,"
				+ " row_count, warning_count) values (1, 'BM02', 'XX', '1995', 'a.xlsx', 'a', current_timestamp, 5, 0)");
		jdbc.update("insert into submission_current (form, reporting_unit, period, submission_id)"
				+ " values ('BM02', 'XX', '1995', 1)");
		row(jdbc, 1, "M1", "Bộ Một", 5, 5, null, null, 40, 30);
		row(jdbc, 1, "M2", "Bộ Hai", 5, 4, null, null, 60, 40);
		row(jdbc, 1, "M3", "Bộ Ba", 0, 0, null, null, null, null);
		row(jdbc, 1, "P1", "Tỉnh Một", 10, 10, 4, 3, 50, 40);
		row(jdbc, 1, "P2", "Tỉnh Hai", 10, 9, 4, 1, 50, 40);
		jdbc.update("update bm02_row set process_total = 20 where unit_code in ('P1', 'P2')");
	}

	private static void row(JdbcTemplate jdbc, long submission, String code, String name, int mandatoryTotal,
			int mandatoryAnnounced, Integer communeTotal, Integer communeAnnounced, Integer tthcTotal,
			Integer tthcWithProcess) {
		jdbc.update(
				"insert into bm02_row (submission_id, sheet, row_no, unit_code, unit_name, mandatory_total,"
						+ " mandatory_announced, commune_total, commune_announced, tthc_total, tthc_with_process)"
						+ " values (?, 'S', 1, ?, ?, ?, ?, ?, ?, ?, ?)",
				submission, code, name, mandatoryTotal, mandatoryAnnounced, communeTotal, communeAnnounced, tthcTotal,
				tthcWithProcess);
	}

	private static String line(List<Figure> figures, String id, Branch branch) {
		Figure figure = figures.stream()
			.filter((f) -> f.id().equals(id) && f.branch() == branch)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + id + " " + branch + " in " + figures));
		String value = (figure.value() != null)
				? figure.value().setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() : "–";
		String counts = (figure.denominator() != null) ? plain(figure.numerator()) + "/" + plain(figure.denominator())
				: plain(figure.numerator());
		return counts + "=" + value;
	}

	private static String plain(BigDecimal number) {
		return number.toPlainString();
	}

}
