package vn.qms.stats.web.browser;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.qms.stats.ingest.form.Choice;
import vn.qms.stats.ingest.form.Choices;

/** Rows of a BM01 agency list as an agency of An Giang types them. */
final class Bm01Rows {

	private Bm01Rows() {
	}

	/** A department that has announced its QMS, with every required value right. */
	static Map<String, Object> announcedDepartment(String code, String name) {
		Map<String, Object> row = new HashMap<>();
		row.put("agency_code", code);
		row.put("agency_name", name);
		row.put("agency_type", label(Choices.AGENCY_TYPES, "DEPARTMENT"));
		row.put("obligation", label(Choices.OBLIGATIONS, "MANDATORY"));
		row.put("status", label(Choices.STATUSES, "ANNOUNCED"));
		row.put("standard_version", label(Choices.STANDARD_VERSIONS, "2015"));
		row.put("announced_on", LocalDate.of(2026, 8, 14));
		row.put("tthc_total", 120);
		row.put("tthc_with_process", 96);
		row.put("docs_complete", label(Choices.YES_NO, "TRUE"));
		row.put("nc_found", 4);
		row.put("nc_closed", 3);
		return row;
	}

	static Map<String, Object> with(Map<String, Object> row, String key, Object value) {
		Map<String, Object> changed = new HashMap<>(row);
		changed.put(key, value);
		return changed;
	}

	static String label(List<Choice> choices, String code) {
		return choices.stream()
			.filter((choice) -> choice.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(code))
			.labelVi();
	}

}
