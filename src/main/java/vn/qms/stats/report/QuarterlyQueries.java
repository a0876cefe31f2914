package vn.qms.stats.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.qms.stats.report.QuarterlyModel.AttentionItem;
import vn.qms.stats.report.QuarterlyModel.AttentionList;
import vn.qms.stats.report.QuarterlyModel.ProcedureCut;

/**
 * The lists of the quarterly report read from the unit's own current BM01 and BM03 rows,
 * where the report wants more than metrics gives: the needs-attention lists of bodies
 * with the body each is under, the procedures with the largest cuts with the agency's
 * name and the actual days. Small set-based queries, one per list.
 */
@Component
class QuarterlyQueries {

	/** The agency types in print order; others follow. */
	static final List<String> TYPE_ORDER = List.of("MINISTRY", "GOVERNMENT_AGENCY", "GENERAL_DEPARTMENT",
			"PROVINCIAL_PC", "DEPARTMENT", "SUB_DEPARTMENT", "DISTRICT_PC", "COMMUNE_PC", "PUBLIC_SERVICE_UNIT",
			"OTHER");

	private static final String ROWS = """
			select r.* from submission_current c join bm01_row r on r.submission_id = c.submission_id
			where c.form = 'BM01' and c.reporting_unit = :unit and c.period = :period""";

	/** code, name, parent name, detail of each list. */
	private static final String ATTENTION = "select r.agency_code as code, r.agency_name as name,"
			+ " coalesce(p.agency_name, r.parent_code) as parent, %s as detail from (" + ROWS + ") r" + " left join ("
			+ ROWS + ") p on p.agency_code = r.parent_code where %s order by r.row_no";

	private static final Map<AttentionList, String[]> LISTS = Map.of(AttentionList.NOT_ANNOUNCED,
			new String[] { "r.status", "r.obligation = 'MANDATORY' and r.status <> 'ANNOUNCED'" },
			AttentionList.NO_AUDIT_OR_REVIEW,
			new String[] {
					"case when coalesce(r.internal_audit_done, false) then 'REVIEW'"
							+ " when coalesce(r.management_review_done, false) then 'AUDIT' else 'BOTH' end",
					"r.status in ('APPLIED', 'ANNOUNCED') and (not coalesce(r.internal_audit_done, false)"
							+ " or not coalesce(r.management_review_done, false))" },
			AttentionList.OPEN_NONCONFORMITIES,
			new String[] { "cast(r.nc_found - coalesce(r.nc_closed, 0) as varchar(12)) || '/'"
					+ " || cast(r.nc_found as varchar(12))", "r.nc_found > coalesce(r.nc_closed, 0)" },
			AttentionList.LEGACY_VERSION, new String[] { "r.standard_version",
					"r.status in ('APPLIED', 'ANNOUNCED') and r.standard_version in ('2000', '2008')" });

	private static final String LARGEST_CUTS = """
			select b.procedure_code, b.procedure_name, coalesce(a.agency_name, b.agency_code) as agency_name,
				b.statutory_days, b.actual_days, b.reduced_days
			from submission_current c join bm03_row b on b.submission_id = c.submission_id
			left join (select r.agency_code, max(r.agency_name) as agency_name from submission_current c1
				join bm01_row r on r.submission_id = c1.submission_id
				where c1.form = 'BM01' and c1.reporting_unit = :unit and c1.period = :period
				group by r.agency_code) a on a.agency_code = b.agency_code
			where c.form = 'BM03' and c.reporting_unit = :unit and c.period = :period
				and b.reduced_days > 0 and b.statutory_days > 0
			order by b.reduced_days / b.statutory_days desc, b.reduced_days desc, b.procedure_code
			limit :limit""";

	private static final String AGENCY_NAMES = """
			select r.agency_code, max(r.agency_name) as agency_name from submission_current c
			join bm01_row r on r.submission_id = c.submission_id
			where c.form = 'BM01' and c.reporting_unit = :unit and c.period = :period
			group by r.agency_code""";

	private final NamedParameterJdbcTemplate jdbc;

	QuarterlyQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The lists of bodies, with the name of the body each is under; details are codes (a
	 * status, a version, AUDIT, REVIEW or BOTH) or open/found nonconformities.
	 */
	List<AttentionItem> attention(String unit, String period) {
		List<AttentionItem> items = new ArrayList<>();
		for (AttentionList list : AttentionList.values()) {
			String[] query = LISTS.get(list);
			if (query != null) {
				items.addAll(this.jdbc.query(ATTENTION.formatted(query[0], query[1]), parameters(unit, period),
						(rs, i) -> new AttentionItem(list, rs.getString("code"), rs.getString("name"),
								rs.getString("parent"), rs.getString("detail"))));
			}
		}
		return items;
	}

	List<ProcedureCut> largestCuts(String unit, String period, int limit) {
		return this.jdbc.query(LARGEST_CUTS, parameters(unit, period).addValue("limit", limit),
				(rs, i) -> new ProcedureCut(rs.getString("procedure_code"), rs.getString("procedure_name"),
						rs.getString("agency_name"), rs.getBigDecimal("statutory_days"),
						rs.getBigDecimal("actual_days"), rs.getBigDecimal("reduced_days")));
	}

	/** The names of the agencies of the unit's current BM01, by agency code. */
	Map<String, String> agencyNames(String unit, String period) {
		Map<String, String> names = new HashMap<>();
		this.jdbc.query(AGENCY_NAMES, parameters(unit, period),
				(RowCallbackHandler) (rs) -> names.put(rs.getString("agency_code"), rs.getString("agency_name")));
		return names;
	}

	private static MapSqlParameterSource parameters(String unit, String period) {
		return new MapSqlParameterSource().addValue("unit", unit).addValue("period", period);
	}

}
