package vn.qms.stats.forms;

import vn.qms.stats.ingest.form.Choice;
import vn.qms.stats.ingest.form.Column;

/**
 * Column widths, in characters, that show a column's values whole on a 1366×768 screen
 * without wasting it: codes and numbers narrow, names wide, a list as wide as its longest
 * label. Headers wrap.
 */
final class BlankWidths {

	/** The first column also shows the title block's labels. */
	private static final int FIRST_COLUMN = 20;

	private static final int LONG_TEXT = 36;

	private BlankWidths() {
	}

	static int of(Column column, int index) {
		int width = switch (column.type()) {
			case TEXT -> (column.maxLength() > 0 && column.maxLength() <= 100) ? 16 : LONG_TEXT;
			case COUNT, DECIMAL -> 12;
			case DATE -> 12;
			case DATETIME -> 17;
			case YES_NO, ENUM -> Math.min(Math.max(longest(column) + 3, 10), 28);
		};
		return (index == 0) ? Math.max(width, FIRST_COLUMN) : width;
	}

	private static int longest(Column column) {
		return column.choices().stream().map(Choice::labelVi).mapToInt(String::length).max().orElse(0);
	}

}
