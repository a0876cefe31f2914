package vn.qms.stats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.qms.stats.bench.Bm04Generator;

/**
 * Dossier logs (BM04) sent as {@code .csv}, so read in memory, with one error on every
 * row: found while reading the cells, or by the rules once every row is read.
 */
final class BadBm04Csv {

	/** What is wrong with each row. */
	enum Fault {

		/** Column D (received) holds no date: {@code ingest.cell.not.datetime}. */
		RECEIVED_NOT_A_DATE,

		/**
		 * Column E (due) is before column D (received): {@code ingest.rule.not.before}.
		 */
		DUE_BEFORE_RECEIVED,

		/**
		 * Column D (received) holds 2,000 characters of text:
		 * {@code ingest.cell.not.datetime}, with a value far longer than a date.
		 */
		RECEIVED_LONG_TEXT

	}

	/** The row of the first dossier, as a spreadsheet shows the file. */
	static final int FIRST_DATA_ROW = Bm04Generator.FIRST_DATA_ROW;

	private BadBm04Csv() {
	}

	static Path write(Path file, int rows, Fault fault) throws IOException {
		StringBuilder csv = new StringBuilder();
		csv.append("UBND TỈNH AN GIANG\nSỔ THEO DÕI HỒ SƠ THỦ TỤC HÀNH CHÍNH\n")
			.append("Kỳ báo cáo: ")
			.append(Bm04Generator.PERIOD)
			.append("\nMã đơn vị báo cáo: ")
			.append(Bm04Generator.UNIT)
			.append("\n\n")
			.append("Mã hồ sơ,Mã TTHC,Mã cơ quan,Ngày tiếp nhận,Ngày hẹn trả,Ngày trả kết quả,Hình thức nộp\n");
		for (int i = 1; i <= rows; i++) {
			String received = switch (fault) {
				case RECEIVED_NOT_A_DATE -> "ngày 32/13/2026";
				case RECEIVED_LONG_TEXT -> "ngày tiếp nhận không rõ ".repeat(84);
				case DUE_BEFORE_RECEIVED -> "15/08/2026 08:30";
			};
			csv.append(String.format("H001.26.%08d,1.001001,91.001,%s,10/08/2026 16:30,,Trực tiếp\n", i, received));
		}
		return Files.writeString(file, csv);
	}

}
