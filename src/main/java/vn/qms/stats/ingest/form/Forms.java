package vn.qms.stats.ingest.form;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static vn.qms.stats.ingest.form.Column.optional;
import static vn.qms.stats.ingest.form.Column.required;
import static vn.qms.stats.ingest.form.ColumnType.COUNT;
import static vn.qms.stats.ingest.form.ColumnType.DATE;
import static vn.qms.stats.ingest.form.ColumnType.DATETIME;
import static vn.qms.stats.ingest.form.ColumnType.DECIMAL;
import static vn.qms.stats.ingest.form.ColumnType.ENUM;
import static vn.qms.stats.ingest.form.ColumnType.TEXT;
import static vn.qms.stats.ingest.form.ColumnType.YES_NO;

/**
 * The input forms of {@code docs/forms.md}. Adding a column is one line here (and one
 * column in the form's table). A text column holds at most what its column of the form's
 * table does (migrations V3, V4, V8): a longer value is an error at its cell.
 */
public final class Forms {

	/** BM01: one row per agency, its QMS status at the period end. */
	public static final FormDefinition BM01 = new FormDefinition("BM01",
			"Tình hình xây dựng, áp dụng HTQLCL của các cơ quan", "bm01_row",
			List.of(required("agency_code", "Mã cơ quan", "Agency code", TEXT).atMost(64),
					required("agency_name", "Tên cơ quan", "Agency name", TEXT).atMost(500),
					required("agency_type", "Loại cơ quan", "Agency type", ENUM).withChoices(Choices.AGENCY_TYPES),
					optional("parent_code", "Mã cơ quan cấp trên", "Parent code", TEXT).atMost(64),
					required("obligation", "Đối tượng áp dụng", "Obligation", ENUM).withChoices(Choices.OBLIGATIONS),
					required("status", "Tình trạng", "Status", ENUM).withChoices(Choices.STATUSES),
					optional("standard_version", "Phiên bản tiêu chuẩn", "Standard version", ENUM)
						.withChoices(Choices.STANDARD_VERSIONS),
					optional("announced_on", "Ngày công bố", "Announcement date", DATE),
					required("tthc_total", "Số TTHC thuộc thẩm quyền", "Procedures in scope", COUNT),
					required("tthc_with_process", "Số TTHC đã xây dựng quy trình", "Procedures with ISO process",
							COUNT),
					optional("tthc_process_count", "Số quy trình giải quyết TTHC", "Procedure processes", COUNT),
					optional("support_process_count", "Số quy trình nội bộ, hỗ trợ", "Support processes", COUNT),
					optional("docs_complete", "Đủ tài liệu bắt buộc", "Mandatory documents complete", YES_NO),
					optional("internal_audit_done", "Đã đánh giá nội bộ", "Internal audit done", YES_NO),
					optional("management_review_done", "Đã xem xét của lãnh đạo", "Management review done", YES_NO),
					optional("nc_found", "Số điểm không phù hợp", "Nonconformities found", COUNT),
					optional("nc_closed", "Số điểm không phù hợp đã khắc phục", "Nonconformities closed", COUNT),
					optional("e_iso", "Áp dụng ISO điện tử", "Electronic ISO", YES_NO),
					optional("note", "Ghi chú", "Note", TEXT).atMost(2000)),
			List.of(),
			List.of(Rule.unique("agency_code"), new Rule.KnownParent("parent_code", "agency_code"),
					Rule.notGreater("tthc_with_process", "tthc_total"), Rule.notGreater("nc_closed", "nc_found"),
					Rule.requiredWhen("standard_version", "status", "APPLIED", "ANNOUNCED"),
					Rule.requiredWhen("announced_on", "status", "ANNOUNCED"),
					Rule.onlyWhen("announced_on", "status", "ANNOUNCED"), new Rule.NotAfterReportDate("announced_on"),
					new Rule.ChoiceUntil("agency_type", Choices.DISTRICT_PC, LocalDate.of(2025, 6, 30))));

	/** BM02: one row per ministry, province or district, pre-aggregated counts. */
	public static final FormDefinition BM02 = new FormDefinition("BM02",
			"Tổng hợp tình hình áp dụng HTQLCL theo đơn vị", "bm02_row",
			List.of(required("unit_code", "Mã đơn vị", "Unit code", TEXT).atMost(16),
					required("unit_name", "Tên đơn vị", "Unit name", TEXT).atMost(200),
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

	/** BM03: one row per administrative procedure (TTHC) at one agency. */
	public static final FormDefinition BM03 = new FormDefinition("BM03", "Thời gian giải quyết thủ tục hành chính",
			"bm03_row",
			List.of(required("procedure_code", "Mã TTHC", "Procedure code", TEXT).atMost(32),
					required("procedure_name", "Tên TTHC", "Procedure name", TEXT).atMost(1000),
					optional("field", "Lĩnh vực", "Field", TEXT).atMost(500),
					required("agency_code", "Mã cơ quan", "Agency code", TEXT).atMost(64),
					required("statutory_days", "Thời hạn giải quyết theo quy định (ngày)", "Statutory days", DECIMAL),
					optional("actual_days", "Thời hạn giải quyết sau cắt giảm (ngày)", "Days after reduction", DECIMAL),
					optional("reduced_days", "Số ngày cắt giảm", "Days cut", DECIMAL),
					optional("has_iso_process", "Có quy trình ISO", "Has ISO process", YES_NO),
					optional("dossiers_received", "Số hồ sơ tiếp nhận", "Dossiers received", COUNT),
					optional("dossiers_on_time", "Số hồ sơ giải quyết đúng hạn", "Dossiers resolved on time", COUNT),
					optional("dossiers_late", "Số hồ sơ giải quyết quá hạn", "Dossiers resolved late", COUNT)),
			List.of(),
			List.of(new Rule.UniqueWithin("procedure_code", "agency_code"),
					new Rule.Format("procedure_code", "\\d\\.\\d{6}", "d.dddddd"), new Rule.Positive("statutory_days"),
					new Rule.NotNegative("actual_days"), new Rule.NotNegative("reduced_days"),
					new Rule.OneRequired(List.of("actual_days", "reduced_days")),
					new Rule.Difference("statutory_days", "actual_days", "reduced_days"),
					Rule.warning(Rule.notGreater("actual_days", "statutory_days")),
					new Rule.SumNotGreater(List.of("dossiers_on_time", "dossiers_late"), "dossiers_received")));

	/**
	 * BM04: one row per dossier received by an agency; bad rows are skipped up to a rate.
	 */
	public static final FormDefinition BM04 = new FormDefinition("BM04", "Sổ theo dõi hồ sơ thủ tục hành chính",
			"bm04_row",
			List.of(required("dossier_code", "Mã hồ sơ", "Dossier code", TEXT).atMost(100),
					required("procedure_code", "Mã TTHC", "Procedure code", TEXT).atMost(32),
					required("agency_code", "Mã cơ quan", "Agency code", TEXT).atMost(64),
					required("received_at", "Ngày tiếp nhận", "Received", DATETIME),
					required("due_at", "Ngày hẹn trả", "Due", DATETIME),
					optional("completed_at", "Ngày trả kết quả", "Completed", DATETIME),
					optional("channel", "Hình thức nộp", "Channel", ENUM).withChoices(Choices.CHANNELS)),
			List.of(), List.of(new Rule.UniqueWithin("dossier_code", "agency_code"),
					new Rule.NotBefore("due_at", "received_at"), new Rule.NotBefore("completed_at", "received_at")),
			FormDefinition.BadRows.SKIP_UP_TO_RATE);

	private static final List<FormDefinition> ALL = List.of(BM01, BM02, BM03, BM04);

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
