package vn.qms.stats.ingest.form;

import java.util.List;

import static vn.qms.stats.ingest.form.Choice.of;

/**
 * The values of the enumeration columns of {@code docs/forms.md}, with the stable codes
 * they are stored as.
 */
public final class Choices {

	/** The agency type of a district people's committee, abolished from 1 July 2025. */
	public static final String DISTRICT_PC = "DISTRICT_PC";

	public static final List<Choice> AGENCY_TYPES = List.of(
			of("MINISTRY", "Bộ, cơ quan ngang bộ", "Ministry", "Bộ", "Cơ quan ngang bộ"),
			of("GOVERNMENT_AGENCY", "Cơ quan thuộc Chính phủ", "Government agency"),
			of("GENERAL_DEPARTMENT", "Tổng cục, Cục", "General department", "Tổng cục", "Cục"),
			of("PROVINCIAL_PC", "UBND cấp tỉnh", "Provincial people's committee", "Ủy ban nhân dân cấp tỉnh",
					"UBND tỉnh"),
			of("DEPARTMENT", "Sở, ban, ngành", "Department", "Sở", "Sở, ngành"),
			of("SUB_DEPARTMENT", "Chi cục", "Sub-department"),
			of(DISTRICT_PC, "UBND cấp huyện", "District people's committee", "Ủy ban nhân dân cấp huyện", "UBND huyện"),
			of("COMMUNE_PC", "UBND cấp xã", "Commune people's committee", "Ủy ban nhân dân cấp xã", "UBND xã"),
			of("PUBLIC_SERVICE_UNIT", "Đơn vị sự nghiệp", "Public service unit", "Đơn vị sự nghiệp công lập"),
			of("OTHER", "Khác", "Other"));

	public static final List<Choice> OBLIGATIONS = List.of(of("MANDATORY", "Bắt buộc", "Mandatory"),
			of("ENCOURAGED", "Khuyến khích", "Encouraged"));

	public static final List<Choice> STATUSES = List.of(of("NOT_STARTED", "Chưa triển khai", "Not started"),
			of("BUILDING", "Đang xây dựng", "Building"), of("APPLIED", "Đã áp dụng", "Applied"),
			of("ANNOUNCED", "Đã công bố", "Announced"));

	public static final List<Choice> STANDARD_VERSIONS = List.of(
			of("2000", "TCVN ISO 9001:2000", "ISO 9001:2000", "9001:2000"),
			of("2008", "TCVN ISO 9001:2008", "ISO 9001:2008", "9001:2008"),
			of("2015", "TCVN ISO 9001:2015", "ISO 9001:2015", "9001:2015"));

	/**
	 * A yes/no column's values: {@code TRUE} and {@code FALSE}, read as booleans; an
	 * empty cell means "not stated".
	 */
	public static final List<Choice> YES_NO = List.of(of("TRUE", "Có", "Yes", "x", "1", "Đạt", "Y"),
			of("FALSE", "Không", "No", "0", "Chưa đạt", "N"));

	public static final List<Choice> CHANNELS = List.of(of("IN_PERSON", "Trực tiếp", "In person", "Nộp trực tiếp"),
			of("ONLINE", "Trực tuyến", "Online", "Dịch vụ công trực tuyến", "Nộp trực tuyến"),
			of("POSTAL", "Bưu chính", "Postal", "Bưu chính công ích", "Dịch vụ bưu chính công ích"));

	private Choices() {
	}

}
