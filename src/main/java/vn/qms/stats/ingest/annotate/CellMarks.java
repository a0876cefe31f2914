package vn.qms.stats.ingest.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;

import vn.qms.stats.ingest.Problem;

/**
 * Highlights the cells of problems (red for an error, yellow for a warning) and comments
 * each with its messages in Vietnamese and English; several problems of one cell share
 * one comment. The cell keeps its value, number format, font and borders; a comment the
 * sender had put on it stays, below ours. Any layout works: problems side by side, or
 * next to the sender's comments.
 */
final class CellMarks {

	static final String AUTHOR = "QMS Stats";

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** Heads the sender's own comment of a cell, kept below ours. */
	static final String EARLIER = "Ghi chú trước đó / Earlier comment:";

	/** How many cells right of a cell its comment box may start. */
	private static final int BOX_SEARCH = 8;

	private final Workbook workbook;

	private final CreationHelper factory;

	private final Map<String, CellStyle> styles = new HashMap<>();

	CellMarks(Workbook workbook) {
		this.workbook = workbook;
		this.factory = workbook.getCreationHelper();
	}

	/** Marks the problems that have a cell; answers those that have none. */
	List<Problem> mark(List<Problem> problems) {
		Map<String, List<Problem>> byCell = new LinkedHashMap<>();
		List<Problem> withoutCell = new ArrayList<>();
		for (Problem problem : problems) {
			if (hasCell(problem)) {
				byCell
					.computeIfAbsent(problem.sheet() + "!" + problem.column() + problem.row(),
							(key) -> new ArrayList<>())
					.add(problem);
			}
			else {
				withoutCell.add(problem);
			}
		}
		byCell.values().forEach(this::markCell);
		return withoutCell;
	}

	private boolean hasCell(Problem problem) {
		if (problem.sheet() == null || problem.row() == null || problem.column() == null
				|| this.workbook.getSheet(problem.sheet()) == null) {
			return false;
		}
		SpreadsheetVersion version = this.workbook.getSpreadsheetVersion();
		int column = CellReference.convertColStringToIndex(problem.column());
		return problem.row() >= 1 && problem.row() <= version.getMaxRows() && column >= 0
				&& column <= version.getLastColumnIndex();
	}

	private void markCell(List<Problem> problems) {
		Problem first = problems.get(0);
		Sheet sheet = this.workbook.getSheet(first.sheet());
		int rowIndex = first.row() - 1;
		Row row = (sheet.getRow(rowIndex) != null) ? sheet.getRow(rowIndex) : sheet.createRow(rowIndex);
		int columnIndex = CellReference.convertColStringToIndex(first.column());
		Cell cell = (row.getCell(columnIndex) != null) ? row.getCell(columnIndex) : row.createCell(columnIndex);
		boolean error = problems.stream().anyMatch(Problem::isError);
		cell.setCellStyle(highlighted(cell.getCellStyle(), error));
		comment(sheet, cell, text(problems));
	}

	private CellStyle highlighted(CellStyle original, boolean error) {
		return this.styles.computeIfAbsent(original.getIndex() + (error ? "E" : "W"), (key) -> {
			CellStyle style = this.workbook.createCellStyle();
			style.cloneStyleFrom(original);
			style.setFillForegroundColor((error ? IndexedColors.RED : IndexedColors.YELLOW).getIndex());
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			return style;
		});
	}

	private void comment(Sheet sheet, Cell cell, String text) {
		Comment earlier = cell.getCellComment();
		if (earlier != null) {
			// the sender's own comment on the cell is kept, below ours: a cell has one
			text = text + "\n\n" + EARLIER + "\n" + earlier.getString().getString();
			cell.removeCellComment();
		}
		Drawing<?> drawing = (sheet.getDrawingPatriarch() != null) ? sheet.getDrawingPatriarch()
				: sheet.createDrawingPatriarch();
		SpreadsheetVersion version = this.workbook.getSpreadsheetVersion();
		int left = boxColumn(sheet, cell.getRowIndex(), cell.getColumnIndex());
		ClientAnchor anchor = this.factory.createClientAnchor();
		anchor.setCol1(left);
		anchor.setCol2(Math.min(left + 5, version.getLastColumnIndex()));
		anchor.setRow1(cell.getRowIndex());
		anchor.setRow2(Math.min(cell.getRowIndex() + 2 + (int) text.lines().count() * 2, version.getLastRowIndex()));
		Comment comment = drawing.createCellComment(anchor);
		comment.setString(this.factory.createRichTextString(text));
		comment.setAuthor(AUTHOR);
		cell.setCellComment(comment);
	}

	/**
	 * The column where the comment box starts. POI files a new comment (.xlsx) under the
	 * top left cell of its box and only then moves it to its cell, and refuses a second
	 * comment in a cell: so the box starts at the first cell right of the cell that holds
	 * no comment (the sender's, or one of ours on a neighbouring problem), or, when the
	 * next few all hold one, on the cell itself, whose earlier comment is gone by then.
	 */
	private int boxColumn(Sheet sheet, int row, int column) {
		int last = Math.min(column + BOX_SEARCH, this.workbook.getSpreadsheetVersion().getLastColumnIndex());
		for (int left = column + 1; left <= last; left++) {
			if (sheet.getCellComment(new CellAddress(row, left)) == null) {
				return left;
			}
		}
		return column;
	}

	/**
	 * Each problem as "Lỗi: ..." then "Error: ...", problems separated by a blank line.
	 */
	static String text(List<Problem> problems) {
		List<String> parts = new ArrayList<>();
		for (Problem problem : problems) {
			String vi = problem.isError() ? "Lỗi" : "Cảnh báo";
			String en = problem.isError() ? "Error" : "Warning";
			parts.add(vi + ": " + problem.message(VIETNAMESE) + "\n" + en + ": " + problem.message(Locale.ENGLISH));
		}
		return String.join("\n\n", parts);
	}

}
