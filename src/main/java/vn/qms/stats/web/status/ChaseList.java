package vn.qms.stats.web.status;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.qms.stats.metrics.ReportingStatus;
import vn.qms.stats.web.WebScope;

/**
 * The chase list: the units expected to report for a period that have sent nothing, as a
 * workbook a secretariat can mail-merge from. Every value is written as text or a number,
 * never as a formula.
 */
final class ChaseList {

	private ChaseList() {
	}

	static void write(List<ReportingStatus> toChase, WebScope scope, Locale locale, OutputStream out)
			throws IOException {
		boolean english = "en".equals(locale.getLanguage());
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(english ? "Chase list" : "Danh sách đôn đốc");
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row title = sheet.createRow(0);
			title.createCell(0)
				.setCellValue((english ? "Units that have not reported: " : "Đơn vị chưa gửi báo cáo: ") + scope.unit()
						+ ", " + scope.period().label(locale));
			title.getCell(0).setCellStyle(bold);
			Row header = sheet.createRow(2);
			String[] headers = english ? new String[] { "No.", "Unit code", "Unit", "Level" }
					: new String[] { "STT", "Mã đơn vị", "Tên đơn vị", "Cấp" };
			for (int i = 0; i < headers.length; i++) {
				header.createCell(i).setCellValue(headers[i]);
				header.getCell(i).setCellStyle(bold);
			}
			int r = 3;
			for (ReportingStatus status : toChase) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(r - 2);
				row.createCell(1).setCellValue(status.unitCode());
				row.createCell(2).setCellValue(status.unitName());
				row.createCell(3).setCellValue(status.grain());
				r++;
			}
			sheet.setColumnWidth(0, 6 * 256);
			sheet.setColumnWidth(1, 12 * 256);
			sheet.setColumnWidth(2, 48 * 256);
			sheet.setColumnWidth(3, 14 * 256);
			sheet.createFreezePane(0, 3);
			workbook.write(out);
		}
	}

}
