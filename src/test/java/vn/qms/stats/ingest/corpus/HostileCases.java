package vn.qms.stats.ingest.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.qms.stats.ingest.guard.HostileSamples;

/**
 * Files the guard must refuse (or, for a renamed .xls, read with a warning) before any
 * parser sees them: truncated, encrypted, renamed, empty, zip bomb, .ods, junk, CSV in
 * Windows-1258.
 */
final class HostileCases {

	private HostileCases() {
	}

	static List<Case> write(Path folder, Path scratch) throws Exception {
		List<Case> cases = new ArrayList<>();
		cases.add(guard(move(HostileSamples.truncatedXlsx(scratch), folder, "h01-chep-do.xlsx"), "truncated",
				"Tệp bị thiếu phần cuối (chép hoặc gửi chưa xong). Xin gửi lại tệp đầy đủ.",
				"The end of the file is missing (copying or sending did not finish). Please send the complete file again."));
		cases.add(guard(move(HostileSamples.encryptedXlsx(scratch), folder, "h02-mat-khau.xlsx"), "encrypted",
				"Tệp được đặt mật khẩu nên không đọc được. Xin gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, để trống) rồi gửi lại.",
				"The file is protected by a password and cannot be read. Please remove the password (File > Info > Protect Workbook > Encrypt with Password, leave it empty) and send it again."));
		cases.add(guard(move(HostileSamples.encryptedXls(scratch), folder, "h03-mat-khau.xls"), "encrypted",
				"Tệp được đặt mật khẩu nên không đọc được. Xin gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, để trống) rồi gửi lại.",
				"The file is protected by a password and cannot be read. Please remove the password (File > Info > Protect Workbook > Encrypt with Password, leave it empty) and send it again."));
		cases.add(guard(move(HostileSamples.zipBomb(scratch), folder, "h04-bom-nen.xlsx"), "zip.ratio",
				"Tệp có tỉ lệ nén bất thường (thành phần xl/worksheets/sheet1.xml nén 1028:1, tối đa 100:1), có thể là \"bom nén\"; bị từ chối để bảo vệ hệ thống.",
				"The file has a suspicious compression ratio (part xl/worksheets/sheet1.xml packed 1028:1, at most 100:1), possibly a \"zip bomb\"; refused to protect the system."));
		cases.add(guard(move(HostileSamples.ods(scratch), folder, "h05-bang-tinh.ods.xlsx"), "ods",
				"Tệp là bảng tính OpenDocument (.ods), chưa được hỗ trợ. Xin mở tệp và chọn \"Lưu thành\" Excel (.xlsx).",
				"The file is an OpenDocument spreadsheet (.ods), which is not supported. Please open it and \"Save as\" Excel (.xlsx)."));
		cases.add(guard(move(HostileSamples.junkNamedXlsx(scratch), folder, "h06-rac.xlsx"), "not-spreadsheet",
				"Tệp không phải là bảng tính Excel hay CSV. Xin lưu bảng tính dưới dạng .xlsx rồi gửi lại.",
				"The file is not an Excel or CSV spreadsheet. Please save the spreadsheet as .xlsx and send it again."));
		cases.add(guard(move(HostileSamples.windows1258Csv(scratch), folder, "h07-windows-1258.csv"), "csv.encoding",
				"Tệp CSV không ở bảng mã UTF-8 hay UTF-16 nên chữ tiếng Việt sẽ bị sai. Xin chọn \"Lưu thành\" > \"CSV UTF-8 (phân cách bằng dấu phẩy)\" rồi gửi lại.",
				"The CSV file is not in UTF-8 or UTF-16, so Vietnamese letters would be garbled. Please \"Save as\" > \"CSV UTF-8 (Comma delimited)\" and send it again."));
		return cases;
	}

	/** Files made here: empty, a PDF, junk, random bytes behind a zip signature. */
	static List<Case> writeJunk(Path folder) throws IOException {
		List<Case> cases = new ArrayList<>();
		Files.write(folder.resolve("h08-trong.xlsx"), new byte[0]);
		cases.add(guard("h08-trong.xlsx", "empty", "Tệp trống (0 byte). Xin gửi lại tệp có dữ liệu.",
				"The file is empty (0 bytes). Please send a file with data."));
		String pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
		Files.writeString(folder.resolve("h09-pdf.xlsx"), pdf, StandardCharsets.US_ASCII);
		cases.add(
				guard("h09-pdf.xlsx", "pdf", "Tệp là văn bản PDF, không phải bảng tính. Xin gửi tệp Excel (.xlsx) gốc.",
						"The file is a PDF document, not a spreadsheet. Please send the original Excel file (.xlsx)."));
		byte[] junk = new byte[64 * 1024];
		new Random(7).nextBytes(junk);
		Files.write(folder.resolve("h10-rac-nhi-phan.xls"), junk);
		cases.add(guard("h10-rac-nhi-phan.xls", "not-spreadsheet",
				"Tệp không phải là bảng tính Excel hay CSV. Xin lưu bảng tính dưới dạng .xlsx rồi gửi lại.",
				"The file is not an Excel or CSV spreadsheet. Please save the spreadsheet as .xlsx and send it again."));
		junk[0] = 'P';
		junk[1] = 'K';
		junk[2] = 3;
		junk[3] = 4;
		Files.write(folder.resolve("h11-zip-hong.xlsx"), junk);
		// random bytes behind a zip signature: no central directory at the end
		cases.add(guard("h11-zip-hong.xlsx", "truncated",
				"Tệp bị thiếu phần cuối (chép hoặc gửi chưa xong). Xin gửi lại tệp đầy đủ.",
				"The end of the file is missing (copying or sending did not finish). Please send the complete file again."));
		return cases;
	}

	private static String move(Path file, Path folder, String name) throws IOException {
		Files.move(file, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
		return name;
	}

	/** A guard refusal: the message is that of {@code guard.<reason>}. */
	private static Case guard(String file, String reason, String vi, String en) {
		return Case.rejected(file, "ingest.guard." + reason, vi, en);
	}

}
