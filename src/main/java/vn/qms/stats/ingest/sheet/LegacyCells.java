package vn.qms.stats.ingest.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.qms.stats.ingest.Problem;
import vn.qms.stats.ingest.text.LegacyVietnamese;
import vn.qms.stats.ingest.text.LegacyVietnamese.Encoding;

/**
 * Converts the text cells of one sheet written in TCVN3 or VNI into Unicode, before
 * labels, choices and values are read, and remembers which cells it converted for one
 * warning per sheet ({@code TCVN3: B5, B6; VNI: C7} and how many more). Cells without a
 * Latin-1 letter, the vast majority, cost one scan of their characters.
 */
public final class LegacyCells {

	/** Cells named in the warning; the rest are counted. */
	static final int LISTED = 20;

	private final Map<Encoding, List<String>> listed = new LinkedHashMap<>();

	private int converted;

	/** The row with its legacy text cells converted; the same row if none was. */
	public SourceRow decode(SourceRow row) {
		List<SourceCell> cells = null;
		for (int i = 0; i < row.cells().size(); i++) {
			SourceCell cell = row.cells().get(i);
			if (cell.kind() != SourceCell.Kind.TEXT || !mayBeLegacy(cell.text())) {
				continue;
			}
			LegacyVietnamese.Decoded decoded = LegacyVietnamese.decodeIfLegacy(cell.text());
			if (decoded.converted()) {
				cells = (cells != null) ? cells : new ArrayList<>(row.cells());
				cells.set(i, SourceCell.text(cell.column(), decoded.text()));
				remember(decoded.encoding(), Problem.columnLetter(cell.column()) + row.number());
			}
		}
		return (cells != null) ? new SourceRow(row.number(), cells) : row;
	}

	/** The one warning about the cells converted so far, if any was. */
	public Optional<Problem> warning() {
		if (this.converted == 0) {
			return Optional.empty();
		}
		String cells = this.listed.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + ": " + String.join(", ", entry.getValue()))
			.collect(Collectors.joining("; "));
		int more = this.converted - this.listed.values().stream().mapToInt(List::size).sum();
		return Optional.of((more > 0) ? Problem.warning("ingest.legacy.converted.more", cells, more)
				: Problem.warning("ingest.legacy.converted", cells));
	}

	private void remember(Encoding encoding, String cell) {
		// each code is named at least once, even past the listed cells
		if (this.converted < LISTED || !this.listed.containsKey(encoding)) {
			this.listed.computeIfAbsent(encoding, (key) -> new ArrayList<>()).add(cell);
		}
		this.converted++;
	}

	/** As the decoder's own test: legacy text read as Windows-1252 has a Latin-1 sign. */
	private static boolean mayBeLegacy(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c > 0xA0 && c <= 0xFF) {
				return true;
			}
		}
		return false;
	}

}
