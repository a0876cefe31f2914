package vn.qms.stats.ingest.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import vn.qms.stats.ingest.samples.Bm02Sheet;
import vn.qms.stats.ingest.samples.FormSheet;
import vn.qms.stats.ingest.samples.SampleWorkbooks;
import vn.qms.stats.ingest.samples.SheetLayout;
import vn.qms.stats.ingest.text.LegacyVietnamese;
import vn.qms.stats.ingest.text.LegacyVietnamese.Encoding;

/**
 * Odd workbooks: XXE, a cell in the last column XFD, formula errors and formulas never
 * calculated, merged and NFD headers, TCVN3 and VNI text, a renamed .xls, no form, no
 * period, an unknown reporting unit.
 */
final class OddCases {

	private OddCases() {
	}

	static List<Case> write(Path folder, Path scratch) throws IOException {
		List<Case> cases = new ArrayList<>();
		Path plain = SampleWorkbooks.write(scratch.resolve("plain.xlsx"), national());
		Workbooks.withExternalEntity(plain, folder.resolve("o01-xxe-sheet.xlsx"), "xl/worksheets/sheet1.xml");
		cases.add(Case.rejected("o01-xxe-sheet.xlsx", "ingest.guard.xml.doctype",
				"Tệp chứa khai báo XML không được phép (DOCTYPE trong xl/worksheets/sheet1.xml); bị từ chối để bảo vệ hệ thống. Xin mở bằng Excel và lưu lại.",
				"The file contains a forbidden XML declaration (DOCTYPE in xl/worksheets/sheet1.xml); refused to protect the system. Please open it in Excel and save it again."));
		Workbooks.withExternalEntity(plain, folder.resolve("o02-xxe-sharedstrings.xlsx"), "xl/sharedStrings.xml");
		cases.add(Case.rejected("o02-xxe-sharedstrings.xlsx", "ingest.guard.xml.doctype",
				"Tệp chứa khai báo XML không được phép (DOCTYPE trong xl/sharedStrings.xml); bị từ chối để bảo vệ hệ thống. Xin mở bằng Excel và lưu lại.",
				"The file contains a forbidden XML declaration (DOCTYPE in xl/sharedStrings.xml); refused to protect the system. Please open it in Excel and save it again."));
		Workbooks.copyAsXls(plain, folder.resolve("o03-xls-doi-ten.xlsx"));
		cases.add(Case.accepted("o03-xls-doi-ten.xlsx", "ingest.guard.renamed",
				"Tệp có đuôi .xlsx nhưng thực chất là tệp .xls; vẫn được đọc. Lần sau xin lưu đúng định dạng.",
				"The file is named .xlsx but is really a .xls file; it is read anyway. Please save it in the right format next time."));
		cases.add(lastColumn(folder));
		formulas(folder, cases);
		headers(folder, cases);
		legacy(folder, cases);
		titles(folder, cases);
		return cases;
	}

	/** A BM01 with a header and a value in column 16,384 (XFD). */
	private static Case lastColumn(Path folder) throws IOException {
		FormSheet sheet = Bm01Cases.bm01(Bm01Cases.committee());
		List<List<Object>> rows = new ArrayList<>(sheet.rows());
		int header = sheet.dataRowNumber(0) - 3;
		rows.set(header, wide(rows.get(header), "Cột cuối cùng"));
		rows.set(header + 2, wide(rows.get(header + 2), "giá trị ở XFD"));
		SampleWorkbooks.write(folder.resolve("o04-cot-xfd.xlsx"), layout(sheet.name(), rows));
		return Case
			.accepted("o04-cot-xfd.xlsx", "ingest.header.unknown", "Cột không thuộc biểu mẫu nên được bỏ qua",
					"Column not part of the form, ignored")
			.at(sheet.name(), header + 1, "XFD");
	}

	private static List<Object> wide(List<Object> row, Object last) {
		Object[] cells = Arrays.copyOf(row.toArray(), 16_384);
		cells[16_383] = last;
		return Arrays.asList(cells);
	}

	private static SheetLayout layout(String name, List<List<Object>> rows) {
		return new SheetLayout() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public List<List<Object>> rows() {
				return rows;
			}
		};
	}

	private static void formulas(Path folder, List<Case> cases) throws IOException {
		Object[] row = Bm01Cases.department();
		row[8] = new Bm02Sheet.Formula("1/0");
		FormSheet sheet = Bm01Cases.bm01(Bm01Cases.committee(), row);
		SampleWorkbooks.write(folder.resolve("o05-div0.xlsx"), sheet);
		cases.add(Case
			.rejected("o05-div0.xlsx", "ingest.cell.error.value", "Ô có giá trị lỗi #DIV/0!: hãy sửa công thức",
					"The cell holds the error value #DIV/0!: fix the formula")
			.at(Case.Cell.of(sheet, 1, "tthc_total")));
		row = Bm01Cases.department();
		row[15] = new Bm02Sheet.Formula("#REF!+1");
		sheet = Bm01Cases.bm01(Bm01Cases.committee(), row);
		SampleWorkbooks.write(folder.resolve("o06-ref.xlsx"), sheet);
		cases
			.add(Case
				.rejected("o06-ref.xlsx", "ingest.cell.error.value", "Ô có giá trị lỗi #REF!: hãy sửa công thức",
						"The cell holds the error value #REF!: fix the formula")
				.at(Case.Cell.of(sheet, 1, "nc_found")));
		FormSheet uncalculated = Bm01Cases.bm01(Bm01Cases.committee(), Bm01Cases.department());
		int rowNumber = uncalculated.dataRowNumber(1);
		SampleWorkbooks.write(folder.resolve("o07-chua-tinh.xlsx"), uncalculated);
		Workbooks.edit(folder.resolve("o07-chua-tinh.xlsx"), (workbook) -> {
			Row target = workbook.getSheetAt(0).getRow(rowNumber - 1);
			int index = org.apache.poi.ss.util.CellReference
				.convertColStringToIndex(uncalculated.columnLetter("tthc_total"));
			target.removeCell(target.getCell(index));
			target.createCell(index).setCellFormula("100+20");
		});
		cases.add(Case
			.rejected("o07-chua-tinh.xlsx", "ingest.cell.no.cached.value",
					"Công thức chưa được tính: hãy mở tệp bằng Excel và lưu lại",
					"The formula was never calculated: open the file in Excel and save it again")
			.at(Case.Cell.of(uncalculated, 1, "tthc_total")));
	}

	private static void headers(Path folder, List<Case> cases) throws IOException {
		FormSheet sheet = Bm01Cases.bm01(Bm01Cases.committee(), Bm01Cases.department());
		int header = sheet.dataRowNumber(0) - 3;
		SampleWorkbooks.write(folder.resolve("o08-tieu-de-gop.xlsx"), sheet);
		Workbooks.edit(folder.resolve("o08-tieu-de-gop.xlsx"), (workbook) -> mergeUp(workbook.getSheetAt(0), header));
		cases
			.add(Case.accepted("o08-tieu-de-gop.xlsx", "ingest.header.two.rows",
					"Tiêu đề cột nằm trên hai dòng " + header + " và " + (header + 1) + " (ô gộp); đã đọc gộp hai dòng",
					"The column header spans rows " + header + " and " + (header + 1)
							+ " (merged cells); the two rows were read together")
				.at(sheet.name(), header + 1, null));
		FormSheet nfd = Bm01Cases.bm01(Bm01Cases.committee(), Bm01Cases.department()).decomposedHeaders();
		SampleWorkbooks.write(folder.resolve("o09-tieu-de-nfd.xlsx"), nfd);
		// NFC normalisation makes NFD headers plain: accepted without any problem
		cases.add(Case.accepted("o09-tieu-de-nfd.xlsx", null, null, null));
	}

	/**
	 * Each header cell merged with the (empty) cell above it, the text in the top cell as
	 * Excel keeps it, and a group header over the count columns.
	 */
	private static void mergeUp(Sheet sheet, int header) {
		Row above = sheet.getRow(header - 1);
		if (above == null) {
			above = sheet.createRow(header - 1);
		}
		Row row = sheet.getRow(header);
		for (int c = 0; c < 9; c++) {
			Cell cell = row.getCell(c);
			above.createCell(c).setCellValue(cell.getStringCellValue());
			row.removeCell(cell);
			sheet.addMergedRegion(new CellRangeAddress(header - 1, header, c, c));
		}
		above.createCell(9).setCellValue("Thủ tục hành chính");
		sheet.addMergedRegion(new CellRangeAddress(header - 1, header - 1, 9, 12));
	}

	private static void legacy(Path folder, List<Case> cases) throws IOException {
		for (Encoding encoding : new Encoding[] { Encoding.TCVN3, Encoding.VNI }) {
			Object[] committee = Bm01Cases.committee();
			Object[] department = Bm01Cases.department();
			committee[1] = LegacyVietnamese.encode("Ủy ban nhân dân tỉnh An Giang", encoding);
			department[1] = LegacyVietnamese.encode("Sở Tư pháp tỉnh An Giang", encoding);
			String file = "o10-" + encoding.name().toLowerCase(java.util.Locale.ROOT) + ".xlsx";
			SampleWorkbooks.write(folder.resolve(file), Bm01Cases.bm01(committee, department));
			String cells = encoding.name() + ": C7, C8";
			cases.add(Case.accepted(file, "ingest.legacy.converted",
					"Chữ viết bằng bảng mã cũ đã được chuyển sang Unicode, lần sau xin dùng phông Unicode (Times New Roman): "
							+ cells,
					"Text in a legacy Vietnamese encoding was converted to Unicode; please use Unicode fonts (Times New Roman) next time: "
							+ cells)
				.at("BM01", null, null));
		}
	}

	private static void titles(Path folder, List<Case> cases) throws IOException {
		SampleWorkbooks.write(folder.resolve("o11-khong-co-bieu-mau.xlsx"), layout("Danh sách", List
			.of(List.of("Danh sách cán bộ"), List.of("STT", "Họ tên", "Chức vụ"), List.of(1, "Nguyễn Văn A", "x"))));
		cases.add(Case.rejected("o11-khong-co-bieu-mau.xlsx", "ingest.file.no.form",
				"Không trang tính nào có dòng tiêu đề cột của một biểu mẫu (BM01–BM04)",
				"No sheet has the column header row of a form (BM01–BM04)"));
		SampleWorkbooks.write(folder.resolve("o12-thieu-ky.xlsx"),
				new Bm02Sheet("Bộ ngành").title("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "Mã đơn vị báo cáo: VN")
					.row("BKHCN", "Bộ Khoa học và Công nghệ", 10, 10));
		cases.add(Case.rejected("o12-thieu-ky.xlsx", "ingest.title.period.missing",
				"Thiếu kỳ báo cáo (ô “Kỳ báo cáo: …” phía trên bảng)",
				"Reporting period missing (a “Period: …” cell above the table)")
			.at("Bộ ngành", null, null));
		SampleWorkbooks.write(folder.resolve("o13-don-vi-la.xlsx"),
				new Bm02Sheet("Sheet1").title("Kỳ báo cáo: Năm 2020", "Mã đơn vị báo cáo:|ZZ")
					.row("BKHCN", "Bộ Khoa học và Công nghệ", 10, 10));
		cases.add(Case.rejected("o13-don-vi-la.xlsx", "ingest.title.unit.unknown",
				"Đơn vị báo cáo không có trong danh mục đơn vị của kỳ 2020",
				"The reporting unit is not in the reference units of period 2020")
			.at("Sheet1", 2, "B"));
		Files.writeString(folder.resolve("o14-csv-utf8.csv"),
				"\uFEFFKỳ báo cáo;Năm 2020\nMã đơn vị báo cáo;VN\n\n"
						+ "Mã đơn vị;Tên đơn vị;Số cơ quan thuộc đối tượng bắt buộc;Số cơ quan bắt buộc đã công bố\n"
						+ "BKHCN;Bộ Khoa học và Công nghệ;10;12\n");
		cases.add(Case.rejected("o14-csv-utf8.csv", "ingest.rule.not.greater",
				"Số cơ quan bắt buộc đã công bố lớn hơn Số cơ quan thuộc đối tượng bắt buộc (10)",
				"Mandatory bodies announced is greater than Mandatory bodies (10)")
			.at("o14-csv-utf8", 5, "D"));
	}

	static Bm02Sheet national() {
		return new Bm02Sheet("Bộ ngành")
			.title("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "Kỳ báo cáo: Năm 2020", "Mã đơn vị báo cáo: VN")
			.row("BKHCN", "Bộ Khoa học và Công nghệ", 10, 10)
			.row("BYT", "Bộ Y tế", 12, 3);
	}

}
