package vn.qms.stats.ingest.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import vn.qms.stats.ingest.form.Column;
import vn.qms.stats.ingest.form.FormDefinition;
import vn.qms.stats.system.text.VietnameseText;

/**
 * Recognises the header cells of one form: Vietnamese label or English alias, folded; a
 * trailing {@code (ngày)}-style unit hint is dropped only when the label still matches
 * one column.
 */
public final class HeaderMatcher {

	private static final Pattern HINT = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

	private static final Set<String> IGNORED = Set.of("stt", "tt", "no", "no.", "so tt", "so thu tu");

	private final FormDefinition form;

	private final Map<String, Column> exact = new HashMap<>();

	private final Map<String, List<Column>> withoutHint = new HashMap<>();

	public HeaderMatcher(FormDefinition form) {
		this.form = form;
		for (Column column : form.columns()) {
			for (String label : List.of(column.labelVi(), column.labelEn())) {
				String folded = normal(label);
				this.exact.put(folded, column);
				this.withoutHint.computeIfAbsent(HINT.matcher(folded).replaceAll(""), (key) -> new ArrayList<>())
					.add(column);
			}
		}
	}

	FormDefinition form() {
		return this.form;
	}

	/**
	 * Longer than any label a form has: such a cell is data, looked at no further (a
	 * sheet of long texts would otherwise be folded cell by cell looking for a header).
	 */
	static final int MAX_LABEL = 200;

	/** The column a header text names, if any. */
	public Optional<Column> match(String text) {
		if (text.length() > MAX_LABEL) {
			return Optional.empty();
		}
		String folded = normal(text);
		Column column = this.exact.get(folded);
		if (column != null) {
			return Optional.of(column);
		}
		List<Column> candidates = this.withoutHint.get(HINT.matcher(folded).replaceAll(""));
		if (candidates != null && candidates.stream().distinct().count() == 1) {
			return Optional.of(candidates.get(0));
		}
		return Optional.empty();
	}

	/**
	 * The recognised columns of a row by column index, when it holds every required
	 * column of the form; empty otherwise.
	 */
	Optional<Map<Integer, Column>> headerOf(SourceRow row) {
		Map<Integer, Column> columns = new LinkedHashMap<>();
		for (SourceCell cell : row.cells()) {
			if (cell.kind() == SourceCell.Kind.TEXT) {
				match(cell.text()).ifPresent((column) -> columns.put(cell.column(), column));
			}
		}
		boolean complete = this.form.requiredColumns().stream().allMatch(columns::containsValue);
		return complete ? Optional.of(columns) : Optional.empty();
	}

	/** {@code STT}, {@code No.}: row numbers of the form, never data. */
	static boolean isIgnored(String text) {
		return text.length() <= MAX_LABEL && IGNORED.contains(normal(text));
	}

	private static String normal(String text) {
		String folded = VietnameseText.fold(text);
		while (folded.endsWith(":") || folded.endsWith("*")) {
			folded = folded.substring(0, folded.length() - 1).trim();
		}
		return folded;
	}

}
