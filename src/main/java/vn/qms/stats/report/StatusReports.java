package vn.qms.stats.report;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.reference.ReferenceUnits;
import vn.qms.stats.reference.Unit;
import vn.qms.stats.reference.UnitKind;
import vn.qms.stats.report.StatusModel.ExpectedUnit;
import vn.qms.stats.report.StatusModel.Submitted;

/**
 * The reporting status ({@code status}) of a period: the expected units (for the nation,
 * the ministries and provinces that existed in the period; else the unit itself) against
 * the current submissions. A unit reported as a row of another unit's BM02 (the national
 * summary) counts as submitted, as the reporting rate counts it.
 */
@Service
public class StatusReports {

	private static final String CURRENT = """
			select s.reporting_unit, s.form, s.file_name, s.received_at, s.row_count
			from submission_current c join submission s on s.id = c.submission_id
			where c.period = :period order by s.received_at, s.form""";

	/** Units reported in another unit's BM02 (a row each), as metrics counts them. */
	private static final String IN_OTHERS_BM02 = """
			select b.unit_code as reporting_unit, s.reporting_unit as sender, s.form, s.file_name, s.received_at
			from submission_current c join submission s on s.id = c.submission_id
			join bm02_row b on b.submission_id = s.id
			where c.period = :period and c.form = 'BM02' and b.unit_code <> s.reporting_unit
			order by s.received_at""";

	private static final String LAST_EARLIER = """
			select reporting_unit, max(received_at) as last_received from submission
			where period <> :period group by reporting_unit""";

	private final NamedParameterJdbcTemplate jdbc;

	private final ReferenceUnits units;

	private final StatusReportRenderer renderer;

	public StatusReports(NamedParameterJdbcTemplate jdbc, ReferenceUnits units, StatusReportRenderer renderer) {
		this.jdbc = jdbc;
		this.units = units;
		this.renderer = renderer;
	}

	public List<Path> render(FigureScope scope, Locale locale, Set<ReportFormat> formats, Path outDir)
			throws IOException {
		return this.renderer.render(model(scope, locale), locale, formats, outDir);
	}

	StatusModel model(FigureScope scope, Locale locale) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("period", scope.periodCode());
		Map<String, List<Submitted>> submitted = new HashMap<>();
		this.jdbc.query(CURRENT, parameters,
				(RowCallbackHandler) (rs) -> submitted
					.computeIfAbsent(rs.getString("reporting_unit"), (code) -> new ArrayList<>())
					.add(new Submitted(rs.getString("form"), rs.getString("file_name"),
							time(rs.getTimestamp("received_at")), rs.getInt("row_count"))));
		this.jdbc.query(IN_OTHERS_BM02, parameters,
				(RowCallbackHandler) (rs) -> submitted
					.computeIfAbsent(rs.getString("reporting_unit"), (code) -> new ArrayList<>())
					.add(new Submitted(rs.getString("form") + " (" + rs.getString("sender") + ")",
							rs.getString("file_name"), time(rs.getTimestamp("received_at")), 1)));
		Map<String, LocalDateTime> earlier = new HashMap<>();
		this.jdbc.query(LAST_EARLIER, parameters, (RowCallbackHandler) (rs) -> earlier
			.put(rs.getString("reporting_unit"), time(rs.getTimestamp("last_received"))));
		List<ExpectedUnit> expected = expected(scope).stream()
			.map((unit) -> new ExpectedUnit(unit.code(), unit.nameVi(), unit.kind().name(),
					submitted.getOrDefault(unit.code(), List.of()), earlier.get(unit.code())))
			.toList();
		Issuer issuer = Issuer.of(this.units, scope);
		return new StatusModel(scope.unitCode(), issuer.name(), scope.periodCode(), scope.period().label(locale),
				issuer.place(), LocalDate.now(), expected);
	}

	/** The ministries and provinces for the nation; the unit itself for any other. */
	private List<Unit> expected(FigureScope scope) {
		Unit unit = this.units.find(scope.unitCode(), scope.periodStart(), scope.periodEnd()).orElse(null);
		if (unit == null || unit.kind() == UnitKind.NATION) {
			List<Unit> all = new ArrayList<>(
					this.units.existing(UnitKind.MINISTRY, scope.periodStart(), scope.periodEnd()));
			all.addAll(this.units.existing(UnitKind.PROVINCE, scope.periodStart(), scope.periodEnd()));
			return all;
		}
		return List.of(unit);
	}

	private static LocalDateTime time(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toLocalDateTime() : null;
	}

}
