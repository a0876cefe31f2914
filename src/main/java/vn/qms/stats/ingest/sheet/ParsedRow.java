package vn.qms.stats.ingest.sheet;

import java.util.Map;

/**
 * One data row: its Excel row number and its values by column key (null when empty).
 */
public record ParsedRow(int row, Map<String, Object> values) {

	public Object get(String key) {
		return this.values.get(key);
	}

}
