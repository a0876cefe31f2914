package vn.qms.stats.ingest.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.qms.stats.ingest.guard.ExhaustingFiles;

/**
 * Files that pass the guard and then ask a reader for far more memory or time than their
 * size suggests, or pass Excel's own bounds: each is refused with a reason, and the next
 * file is read.
 */
final class ExhaustionCases {

	/** The default heap of a parsing worker, in MB. */
	static final int WORKER_HEAP_MB = 256;

	private ExhaustionCases() {
	}

	static List<Case> write(Path folder) throws IOException {
		List<Case> cases = new ArrayList<>();
		ExhaustingFiles.sharedStringIndex(folder.resolve("x01-chi-so-chuoi.xlsx"));
		cases.add(memory("x01-chi-so-chuoi.xlsx"));
		ExhaustingFiles.sharedStringBomb(folder.resolve("x02-bom-chuoi.xlsx"), 1, 12_000);
		cases.add(Case.rejected("x02-bom-chuoi.xlsx", "ingest.file.bound.cell",
				"Ô A1 của trang tính \"BM01\" chứa 1048576 ký tự, quá 32.767 ký tự Excel cho phép trong một ô: tệp không do Excel tạo ra nên không được đọc.",
				"Cell A1 of sheet \"BM01\" holds 1048576 characters, more than the 32,767 Excel allows in a cell: the file was not written by Excel and is not read."));
		ExhaustingFiles.rowPastExcel(folder.resolve("x03-dong-5-trieu.xlsx"));
		cases.add(Case.rejected("x03-dong-5-trieu.xlsx", "ingest.file.bound.row",
				"Trang tính \"BM01\" có dòng số 5000000, ngoài 1.048.576 dòng Excel cho phép: tệp không do Excel tạo ra nên không được đọc.",
				"Sheet \"BM01\" has a row numbered 5000000, beyond the 1,048,576 rows Excel allows: the file was not written by Excel and is not read."));
		ExhaustingFiles.longCell(folder.resolve("x04-o-qua-dai.xlsx"), 40_000);
		cases.add(Case.rejected("x04-o-qua-dai.xlsx", "ingest.file.bound.cell",
				"Ô B1 của trang tính \"BM01\" chứa 40000 ký tự, quá 32.767 ký tự Excel cho phép trong một ô: tệp không do Excel tạo ra nên không được đọc.",
				"Cell B1 of sheet \"BM01\" holds 40000 characters, more than the 32,767 Excel allows in a cell: the file was not written by Excel and is not read."));
		textOverCap(folder.resolve("x05-van-ban-qua-nhieu.csv"));
		cases.add(Case.rejected("x05-van-ban-qua-nhieu.csv", "ingest.file.bound.text",
				"Tệp chứa quá 32000000 ký tự văn bản (đến dòng 6404 của trang tính \"x05-van-ban-qua-nhieu\"), quá mức một tệp đọc trong bộ nhớ được phép. Xin chia nhỏ tệp, hoặc gửi sổ theo dõi hồ sơ (BM04) dưới dạng .xlsx chỉ có một trang tính.",
				"The file holds more than 32000000 characters of text (by row 6404 of sheet \"x05-van-ban-qua-nhieu\"), more than a file read in memory may. Please split it, or send a dossier log (BM04) as an .xlsx with a single sheet."));
		// found by the fuzzer: a cell reference of column ZZZZZZ makes fastexcel grow its
		// row to that column
		try (InputStream found = ExhaustionCases.class
			.getResourceAsStream("/vn/qms/stats/ingest/fuzz/findings/xlsx/handmade-column-zzzzzz.xlsx")) {
			Files.copy(found, folder.resolve("x06-cot-zzzzzz.xlsx"));
		}
		cases.add(memory("x06-cot-zzzzzz.xlsx"));
		// a CSV field or record the parser once grew until the reader's memory ran out
		csv(folder.resolve("x07-truong-40-trieu.csv"), "A".repeat(40_000_000));
		cases.add(Case.rejected("x07-truong-40-trieu.csv", "ingest.file.bound.field",
				"Ô B2 của trang tính \"x07-truong-40-trieu\" chứa hơn 32.767 ký tự Excel cho phép trong một ô: tệp không do Excel tạo ra nên không được đọc.",
				"Cell B2 of sheet \"x07-truong-40-trieu\" holds more than the 32,767 characters Excel allows in a cell: the file was not written by Excel and is not read."));
		csv(folder.resolve("x08-20-trieu-dau-phay.csv"), "x" + ",".repeat(20_000_000));
		cases.add(Case.rejected("x08-20-trieu-dau-phay.csv", "ingest.file.bound.column",
				"Trang tính \"x08-20-trieu-dau-phay\", dòng 2 có cột thứ 16385, ngoài 16.384 cột Excel cho phép: tệp không do Excel tạo ra nên không được đọc.",
				"Sheet \"x08-20-trieu-dau-phay\", row 2 has column number 16385, beyond the 16,384 columns Excel allows: the file was not written by Excel and is not read."));
		return cases;
	}

	private static Case memory(String file) {
		return Case.rejected(file, "ingest.worker.memory", "Đọc tệp cần nhiều bộ nhớ hơn mức cho phép một trình đọc ("
				+ WORKER_HEAP_MB
				+ " MB) nên đã dừng: tệp chứa nhiều hơn những gì một bảng tính cỡ này có thể chứa (ví dụ chỉ số chuỗi dùng chung không có thật). Không dòng nào của tệp được lưu; các tệp khác vẫn được xử lý. Xin mở tệp bằng Excel, lưu lại rồi gửi lại.",
				"Reading the file needed more memory than a reader is allowed (" + WORKER_HEAP_MB
						+ " MB) and was stopped: the file holds more than a spreadsheet of its size can (for example a shared-string index that does not exist). None of its rows were stored; other files are still processed. Please open it in Excel, save it again and send it again.");
	}

	/** A CSV of a header and one record: a procedure code and {@code value}. */
	private static void csv(Path file, String value) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("Mã TTHC,Tên thủ tục\n1.000001,");
			out.write(value);
			out.write("\n");
		}
	}

	/**
	 * A CSV (read in memory) of 10,000 rows whose one column holds 5,000 characters: 50
	 * MB of text, under the 200 MB size limit, once enough to corrupt the embedded
	 * database.
	 */
	private static void textOverCap(Path file) throws IOException {
		String value = "x".repeat(4_990);
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("Mã TTHC,Tên thủ tục\n");
			for (int i = 1; i <= 10_000; i++) {
				out.write(String.format("1.%06d,%s\n", i, value));
			}
		}
	}

}
