package vn.qms.stats.ingest.form;

import java.util.List;
import java.util.Optional;

import static vn.qms.stats.ingest.form.Column.optional;
import static vn.qms.stats.ingest.form.Column.required;
import static vn.qms.stats.ingest.form.ColumnType.COUNT;
import static vn.qms.stats.ingest.form.ColumnType.TEXT;

/**
 * The input forms of input-templates.md. Adding a column is one line here (and one column
 * in the form's table).
 */
public final class Forms {

	/** BM02: one row per ministry, province or district, pre-aggregated counts. */
	public static final FormDefinition BM02 = new FormDefinition("BM02",
			"Tổng hợp tình hình áp dụng HTQLCL theo đơn vị", "bm02_row",
			List.of(required("unit_code", "Mã đơn vị", "Unit code", TEXT),
					required("unit_name", "Tên đơn vị", "Unit name", TEXT),
					required("mandatory_total", "Số cơ quan thuộc đối tượng bắt buộc", "Mandatory bodies", COUNT),
					required("mandatory_announced", "Số cơ quan bắt buộc đã công bố", "Mandatory bodies announced",
							COUNT),
					optional("encouraged_total", "Số cơ quan thuộc đối tượng khuyến khích", "Encouraged bodies", COUNT),
					optional("encouraged_announced", "Số cơ quan khuyến khích đã công bố",
							"Encouraged bodies announced", COUNT),
					optional("commune_total", "Số UBND cấp xã", "Commune people's committees", COUNT),
					optional("commune_announced", "Số UBND cấp xã đã công bố", "Commune PCs announced", COUNT),
					optional("tthc_total", "Số TTHC", "Procedures", COUNT),
					optional("tthc_with_process", "Số TTHC có quy trình ISO", "Procedures with ISO process", COUNT),
					optional("process_total", "Tổng số quy trình ISO", "ISO processes", COUNT),
					optional("version_2015_count", "Số cơ quan áp dụng phiên bản 2015", "Bodies on the 2015 version",
							COUNT)),
			List.of("unit_kind"),
			List.of(Rule.referenceUnit("unit_code", "unit_name", "unit_kind"), Rule.unique("unit_code"),
					Rule.notGreater("mandatory_announced", "mandatory_total"),
					Rule.notGreater("encouraged_announced", "encouraged_total"),
					Rule.notGreater("commune_announced", "commune_total"),
					Rule.notGreater("tthc_with_process", "tthc_total")));

	private static final List<FormDefinition> ALL = List.of(BM02);

	private Forms() {
	}

	/** Every form the engine recognises. */
	public static List<FormDefinition> all() {
		return ALL;
	}

	public static Optional<FormDefinition> byCode(String code) {
		return ALL.stream().filter((form) -> form.code().equalsIgnoreCase(code)).findFirst();
	}

}
