package vn.qms.stats.ingest.bulk;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.qms.stats.ingest.guard.ExhaustingFiles;
import vn.qms.stats.ingest.samples.HardLinkedFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The streaming path finds a dossier log's header as the form engine does (the route sent
 * the log there because the engine recognised it), unit hints and marks included.
 */
class Bm04SheetParserTests {

	@TempDir
	Path folder;

	@Test
	void shouldFindAHeaderWithUnitHintsAndMarksAsTheFormEngineDoes() throws Exception {
		// given
		Path file = write(this.folder.resolve("so-ho-so.xlsx"), List.of("Mã hồ sơ *", "Mã TTHC:", "Mã cơ quan",
				"Ngày tiếp nhận (ngày/tháng/năm giờ:phút)", "Ngày hẹn trả (ngày/tháng/năm)"));
		List<Bm04Row> rows = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		// when
		Bm04Reading.Bm04Damage damage = new Bm04SheetParser().read(file, 0, 0, (block, found, size) -> {
			rows.addAll(block);
			problems.addAll(found);
		});
		// then
		assertThat(damage).isNull();
		assertThat(problems).isEmpty();
		assertThat(rows).extracting(Bm04Row::dossierCode).containsExactly("H91.26.001", "H91.26.002", "H91.26.003");
	}

	@Test
	void shouldReadNoRowOfAFileThatHasOtherNamesByNow() throws Exception {
		// given a log the route passed, given a second name (a hard link) since
		Path file = write(this.folder.resolve("so-ho-so.xlsx"), List.of("Mã hồ sơ *", "Mã TTHC:", "Mã cơ quan",
				"Ngày tiếp nhận (ngày/tháng/năm giờ:phút)", "Ngày hẹn trả (ngày/tháng/năm)"));
		HardLinkedFiles.link(this.folder.resolve("elsewhere.xlsx"), file);
		List<Bm04Row> rows = new ArrayList<>();
		// when, then: a failure of the run, not a verdict on rows never read
		assertThatIOException()
			.isThrownBy(() -> new Bm04SheetParser().read(file, 0, 0, (block, found, size) -> rows.addAll(block)))
			.withMessageContaining("hard links");
		assertThat(rows).isEmpty();
	}

	@Test
	void shouldEndTheSheetAsDamagedAtACellPastExcelsLimit() throws Exception {
		// given
		Path file = write(this.folder.resolve("o-dai.xlsx"),
				List.of("Mã hồ sơ", "Mã TTHC", "Mã cơ quan", "Ngày tiếp nhận", "Ngày hẹn trả"));
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			workbook.getSheetAt(0).getRow(5).createCell(5).setCellValue("CELL-TO-GROW");
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		// POI refuses to write more than Excel allows: the text is grown in the part
		// itself
		grow(file, "CELL-TO-GROW", ExhaustingFiles.randomText(40_000));
		List<Bm04Row> rows = new ArrayList<>();
		// when
		Bm04Reading.Bm04Damage damage = new Bm04SheetParser().read(file, 0, 0,
				(block, found, size) -> rows.addAll(block));
		// then
		assertThat(damage).isNotNull();
		assertThat(damage.messageKey()).isEqualTo("ingest.file.damaged");
		assertThat(damage.row()).isEqualTo(6);
		assertThat(rows).hasSize(1);
	}

	@Test
	void shouldEndTheSheetAsDamagedAtARowNumberGivenAgain() throws Exception {
		// given the second dossier (row 6) stored as a second row 5: a spreadsheet shows
		// one of them only
		Path file = write(this.folder.resolve("dong-lap.xlsx"),
				List.of("Mã hồ sơ", "Mã TTHC", "Mã cơ quan", "Ngày tiếp nhận", "Ngày hẹn trả"));
		grow(file, "<row r=\"6\"", "<row r=\"5\"");
		List<Bm04Row> rows = new ArrayList<>();
		// when
		Bm04Reading.Bm04Damage damage = new Bm04SheetParser().read(file, 0, 0,
				(block, found, size) -> rows.addAll(block));
		// then: the file is rejected at that row, never read as two dossiers of row 5
		assertThat(damage).isNotNull();
		assertThat(damage.messageKey()).isEqualTo("ingest.file.damaged");
		assertThat(damage.row()).isEqualTo(5);
		assertThat(rows).extracting(Bm04Row::dossierCode).containsExactly("H91.26.001");
	}

	@Test
	void shouldEndTheSheetAsDamagedAtADossierStoredBelowTheSignatureBlock() throws Exception {
		// given the second dossier (row 6) stored after the footer that ends the data
		Path file = write(this.folder.resolve("sau-chu-ky.xlsx"),
				List.of("Mã hồ sơ", "Mã TTHC", "Mã cơ quan", "Ngày tiếp nhận", "Ngày hẹn trả"));
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			workbook.getSheetAt(0).createRow(8).createCell(0).setCellValue("Người lập biểu");
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		move(file, "<row r=\"6\"", "<row r=\"7\"");
		// when
		Bm04Reading.Bm04Damage damage = new Bm04SheetParser().read(file, 0, 0, (block, found, size) -> {
		});
		// then: rejected, never two dossiers read and the third dropped unsaid
		assertThat(damage).isNotNull();
		assertThat(damage.messageKey()).isEqualTo("ingest.file.damaged");
		assertThat(damage.row()).isEqualTo(6);
	}

	@Test
	void shouldEndTheSheetAsDamagedAtACellThatNamesAnotherRow() throws Exception {
		// given
		Path file = write(this.folder.resolve("o-lac.xlsx"),
				List.of("Mã hồ sơ", "Mã TTHC", "Mã cơ quan", "Ngày tiếp nhận", "Ngày hẹn trả"));
		grow(file, "r=\"B6\"", "r=\"B9\"");
		// when
		Bm04Reading.Bm04Damage damage = new Bm04SheetParser().read(file, 0, 0, (block, found, size) -> {
		});
		// then
		assertThat(damage).isNotNull();
		assertThat(damage.messageKey()).isEqualTo("ingest.file.damaged");
		assertThat(damage.row()).isEqualTo(6);
	}

	@Test
	void shouldReadTheRowsBelowAnEmptyRowAndEndAtAPlaceAndDate() throws Exception {
		// given a log with a row left out (not written, as Excel saves an empty row), one
		// written empty, and below the last dossier a place and date, then a signature
		Path file = write(this.folder.resolve("dong-trong.xlsx"),
				List.of("Mã hồ sơ", "Mã TTHC", "Mã cơ quan", "Ngày tiếp nhận", "Ngày hẹn trả"));
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			Sheet sheet = workbook.getSheetAt(0);
			dossier(sheet.createRow(8), "H91.26.008");
			sheet.createRow(9).createCell(0).setCellValue(" ");
			dossier(sheet.createRow(10), "H91.26.010");
			sheet.createRow(12).createCell(1).setCellValue("An Giang, ngày 05 tháng 10 năm 2026");
			dossier(sheet.createRow(14), "H91.26.014");
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		List<Bm04Row> rows = new ArrayList<>();
		// when
		Bm04Reading.Bm04Damage damage = new Bm04SheetParser().read(file, 0, 0,
				(block, found, size) -> rows.addAll(block));
		// then
		assertThat(damage).isNull();
		assertThat(rows).extracting(Bm04Row::dossierCode)
			.containsExactly("H91.26.001", "H91.26.002", "H91.26.003", "H91.26.008", "H91.26.010");
	}

	@Test
	void shouldSkipAtTheirCellsDatesOutsideTheFormsRangeAsTheInMemoryPathDoes() throws Exception {
		// given below three good dossiers (rows 5 to 7): a date cell of 31/12/9999, a
		// text
		// 01/01/1000, a text due 9999-12-31, a date cell completed 01/01/2100, and the
		// first and last minutes allowed (a date cell of 01/01/1990, a text of
		// 31/12/2099)
		Path file = write(this.folder.resolve("nam-la.xlsx"),
				List.of("Mã hồ sơ", "Mã TTHC", "Mã cơ quan", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả kết quả"));
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			Sheet sheet = workbook.getSheetAt(0);
			dossier(sheet.createRow(7), "H91.26.008");
			sheet.getRow(7).getCell(3).setCellValue(2_958_465);
			dossier(sheet.createRow(8), "H91.26.009");
			sheet.getRow(8).getCell(3).setCellValue("01/01/1000");
			dossier(sheet.createRow(9), "H91.26.010");
			sheet.getRow(9).getCell(4).setCellValue("9999-12-31");
			dossier(sheet.createRow(10), "H91.26.011");
			sheet.getRow(10).createCell(5).setCellValue(73_051);
			dossier(sheet.createRow(11), "H91.26.012");
			sheet.getRow(11).getCell(3).setCellValue(32_874);
			sheet.getRow(11).getCell(4).setCellValue("31/12/2099 23:59");
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		List<Bm04Row> rows = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		// when
		Bm04Reading.Bm04Damage damage = new Bm04SheetParser().read(file, 0, 0, (block, found, size) -> {
			rows.addAll(block);
			problems.addAll(found);
		});
		// then each is a problem at its cell (D, E, F: 3, 4, 5), with the key and range
		// of
		// the in-memory path, the value as the file holds it (POI writes 2958465.0), and
		// no second problem of the same date
		List<String> range = List.of("01/01/1990", "31/12/2099");
		assertThat(damage).isNull();
		assertThat(problems)
			.extracting(RowProblem::row, RowProblem::column, RowProblem::value, RowProblem::messageKey,
					RowProblem::arguments)
			.containsExactly(
					tuple(8, 3, "2958465.0", "ingest.cell.date.out.of.range",
							List.of("31/12/9999", range.get(0), range.get(1))),
					tuple(9, 3, "01/01/1000", "ingest.cell.date.out.of.range",
							List.of("01/01/1000", range.get(0), range.get(1))),
					tuple(10, 4, "9999-12-31", "ingest.cell.date.out.of.range",
							List.of("31/12/9999", range.get(0), range.get(1))),
					tuple(11, 5, "73051.0", "ingest.cell.date.out.of.range",
							List.of("01/01/2100", range.get(0), range.get(1))));
		assertThat(rows).extracting(Bm04Row::dossierCode, Bm04Row::receivedAt, Bm04Row::dueAt)
			.endsWith(tuple("H91.26.012", LocalDateTime.of(1990, 1, 1, 0, 0), LocalDateTime.of(2099, 12, 31, 23, 59)));
		assertThat(rows).hasSize(4);
	}

	@Test
	void shouldSkipAtTheirCellsNumberCellsThatHoldNaNOrInfinityAsTheInMemoryPathDoes() throws Exception {
		// given below three good dossiers a received date cell and a dossier code cell
		// whose XML values are forged to NaN and -Infinity (fastexcel refuses both)
		Path file = write(this.folder.resolve("so-hong.xlsx"),
				List.of("Mã hồ sơ", "Mã TTHC", "Mã cơ quan", "Ngày tiếp nhận", "Ngày hẹn trả"));
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			Sheet sheet = workbook.getSheetAt(0);
			dossier(sheet.createRow(7), "H91.26.008");
			sheet.getRow(7).getCell(3).setCellValue(46_250.25);
			dossier(sheet.createRow(8), "H91.26.009");
			sheet.getRow(8).getCell(0).setCellValue(777);
			dossier(sheet.createRow(9), "H91.26.010");
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		grow(file, "<v>46250.25</v>", "<v>NaN</v>");
		grow(file, "<v>777.0</v>", "<v>-Infinity</v>");
		List<Bm04Row> rows = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		// when
		Bm04Reading.Bm04Damage damage = new Bm04SheetParser().read(file, 0, 0, (block, found, size) -> {
			rows.addAll(block);
			problems.addAll(found);
		});
		// then a problem at each cell, the rows around them read
		assertThat(damage).isNull();
		assertThat(problems)
			.extracting(RowProblem::row, RowProblem::column, RowProblem::value, RowProblem::messageKey,
					RowProblem::arguments)
			.containsExactly(tuple(8, 3, "NaN", "ingest.cell.number.not.finite", List.of("NaN")),
					tuple(9, 0, "-Infinity", "ingest.cell.number.not.finite", List.of("-Infinity")));
		assertThat(rows).extracting(Bm04Row::dossierCode)
			.containsExactly("H91.26.001", "H91.26.002", "H91.26.003", "H91.26.010");
	}

	/**
	 * Moves the row that starts at {@code from} (up to {@code to}) to the end of the
	 * data.
	 */
	private static void move(Path file, String from, String to) throws Exception {
		Path copy = file.resolveSibling("moved.xlsx");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] bytes = in.readAllBytes();
				String part = new String(bytes, StandardCharsets.UTF_8);
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (part.contains(from)) {
					String row = part.substring(part.indexOf(from), part.indexOf(to));
					part = part.replace(row, "").replace("</sheetData>", row + "</sheetData>");
				}
				out.write(part.getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING);
	}

	private static void grow(Path file, String marker, String text) throws Exception {
		Path copy = file.resolveSibling("grown.xlsx");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] bytes = in.readAllBytes();
				String part = new String(bytes, StandardCharsets.UTF_8);
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(part.contains(marker) ? part.replace(marker, text).getBytes(StandardCharsets.UTF_8) : bytes);
				out.closeEntry();
			}
		}
		Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING);
	}

	private static Path write(Path file, List<String> header) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("BM04");
			sheet.createRow(0).createCell(0).setCellValue("SỔ THEO DÕI HỒ SƠ THỦ TỤC HÀNH CHÍNH");
			sheet.createRow(1).createCell(0).setCellValue("Kỳ báo cáo: Quý III/2026");
			sheet.createRow(2).createCell(0).setCellValue("Mã đơn vị báo cáo: 91");
			Row labels = sheet.createRow(3);
			for (int i = 0; i < header.size(); i++) {
				labels.createCell(i).setCellValue(header.get(i));
			}
			for (int i = 1; i <= 3; i++) {
				dossier(sheet.createRow(3 + i), "H91.26.00" + i);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		return file;
	}

	private static void dossier(Row row, String code) {
		row.createCell(0).setCellValue(code);
		row.createCell(1).setCellValue("1.001001");
		row.createCell(2).setCellValue("91.001");
		row.createCell(3).setCellValue("15/08/2026 08:30");
		row.createCell(4).setCellValue("20/08/2026 16:30");
	}

}
