package vn.qms.stats.ingest.samples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbooks committed in {@code input-samples/} are the ones the code writes: the
 * same sheets and cells (the bytes differ, a workbook records when it was written).
 */
class SampleWorkbooksTests {

	private static final Path SAMPLES = Path.of("input-samples");

	@TempDir
	Path folder;

	@Test
	void shouldCommitEverySampleTheCodeWritesAndNoOther() throws IOException {
		try (Stream<Path> files = Files.list(SAMPLES)) {
			assertThat(files.map((file) -> file.getFileName().toString()))
				.containsExactlyInAnyOrderElementsOf(SampleWorkbooks.samples().keySet());
		}
	}

	@Test
	void shouldHoldInEachCommittedSampleTheCellsTheCodeWrites() throws IOException {
		for (Map.Entry<String, Supplier<SheetLayout[]>> sample : SampleWorkbooks.samples().entrySet()) {
			// given
			Path written = SampleWorkbooks.write(this.folder.resolve(sample.getKey()), sample.getValue().get());
			// when
			List<String> committed = cells(SAMPLES.resolve(sample.getKey()));
			// then
			assertThat(committed).as("%s: regenerate the samples (README, Development)", sample.getKey())
				.isNotEmpty()
				.isEqualTo(cells(written));
		}
	}

	/** Every non-empty cell as sheet!ref=value (formulas as their text). */
	private static List<String> cells(Path file) throws IOException {
		List<String> cells = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						String value = (cell.getCellType() == CellType.FORMULA) ? "=" + cell.getCellFormula()
								: formatter.formatCellValue(cell);
						if (!value.isEmpty()) {
							cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + value);
						}
					}
				}
			}
		}
		return cells;
	}

}
