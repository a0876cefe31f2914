package vn.qms.stats.ingest.sheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import vn.qms.stats.ingest.Problem;

/**
 * {@code .xls} (Excel 97-2003) through POI HSSF. Such files are small, so the workbook is
 * loaded whole; cells are given as the xlsx source gives them: formulas by their cached
 * value, dates as their serial number, errors by their text. What a sheet hides is
 * {@link XlsLayout}'s.
 */
final class XlsWorkbookSource implements WorkbookSource {

	private final POIFSFileSystem filesystem;

	private final HSSFWorkbook workbook;

	/** The sheets read, by index in the workbook: all but the very hidden ones. */
	private final List<Integer> read;

	private final List<Problem> warnings;

	XlsWorkbookSource(Path file) throws IOException {
		this(file, XlsLayout::scan);
	}

	/**
	 * With the scan of each sheet's layout given
	 * ({@link XlsLayout#warnings(Sheet, Function)}): a test makes it fail.
	 */
	XlsWorkbookSource(Path file, Function<Sheet, List<Problem>> layout) throws IOException {
		this.filesystem = new POIFSFileSystem(file.toFile(), true);
		try {
			this.workbook = new HSSFWorkbook(this.filesystem.getRoot(), true);
			// read here, where a damaged workbook is a damaged file
			this.read = IntStream.range(0, this.workbook.getNumberOfSheets())
				.filter((index) -> !this.workbook.isSheetVeryHidden(index))
				.boxed()
				.toList();
			List<Problem> warnings = new ArrayList<>();
			IntStream.range(0, this.workbook.getNumberOfSheets())
				.filter((index) -> this.workbook.isSheetHidden(index) || this.workbook.isSheetVeryHidden(index))
				.mapToObj((index) -> HiddenSheets.warning(this.workbook.getSheetName(index),
						this.workbook.isSheetVeryHidden(index)))
				.forEach(warnings::add);
			for (int index : this.read) {
				// a scan that fails gives no warnings, never a damaged file
				warnings.addAll(XlsLayout.warnings(this.workbook.getSheetAt(index), layout));
			}
			this.warnings = List.copyOf(warnings);
		}
		catch (IOException | RuntimeException ex) {
			this.filesystem.close();
			throw ex;
		}
	}

	@Override
	public List<String> sheetNames() {
		return this.read.stream().map(this.workbook::getSheetName).toList();
	}

	@Override
	public Stream<SourceRow> rows(int sheetIndex) {
		return StreamSupport.stream(this.workbook.getSheetAt(this.read.get(sheetIndex)).spliterator(), false)
			.map(XlsWorkbookSource::row);
	}

	@Override
	public List<Problem> warnings() {
		return this.warnings;
	}

	private static SourceRow row(Row row) {
		List<SourceCell> cells = new ArrayList<>();
		for (Cell cell : row) {
			SourceCell source = cell(cell);
			if (source != null) {
				cells.add(source);
			}
		}
		return new SourceRow(row.getRowNum() + 1, cells);
	}

	private static SourceCell cell(Cell cell) {
		int column = cell.getColumnIndex();
		return switch (cell.getCellType()) {
			case FORMULA -> cached(column, cell, cell.getCachedFormulaResultType());
			case BLANK, _NONE -> null;
			default -> cached(column, cell, cell.getCellType());
		};
	}

	/** A value cell, or the cached result of a formula cell, of the given type. */
	private static SourceCell cached(int column, Cell cell, CellType type) {
		return switch (type) {
			// date cells too: the serial number, which CellReader turns into a date
			case NUMERIC -> number(column, cell.getNumericCellValue());
			case STRING -> string(column, cell);
			case BOOLEAN ->
				new SourceCell(column, SourceCell.Kind.BOOLEAN, Boolean.toString(cell.getBooleanCellValue()), null);
			case ERROR -> new SourceCell(column, SourceCell.Kind.ERROR, errorText(cell.getErrorCellValue()), null);
			default -> new SourceCell(column, SourceCell.Kind.NO_CACHED_VALUE, null, null);
		};
	}

	/**
	 * A NUMBER record's double (a formula's cached number too), which a forged record may
	 * make NaN or an infinity: a bad cell then ({@link NonFinite}), not a
	 * {@code BigDecimal} that throws.
	 */
	private static SourceCell number(int column, double value) {
		return Double.isFinite(value) ? SourceCell.number(column, BigDecimal.valueOf(value))
				: SourceCell.notFinite(column, Double.toString(value));
	}

	/** As the xlsx source: a formula whose cached text is empty has no value. */
	private static SourceCell string(int column, Cell cell) {
		String text = cell.getStringCellValue();
		boolean formula = cell.getCellType() == CellType.FORMULA;
		if (formula && (text == null || text.isEmpty())) {
			return new SourceCell(column, SourceCell.Kind.NO_CACHED_VALUE, null, null);
		}
		return SourceCell.text(column, text);
	}

	private static String errorText(byte code) {
		return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#N/A";
	}

	@Override
	public void close() throws IOException {
		try {
			this.workbook.close();
		}
		finally {
			this.filesystem.close();
		}
	}

}
