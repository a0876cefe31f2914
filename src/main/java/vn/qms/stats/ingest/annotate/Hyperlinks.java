package vn.qms.stats.ingest.annotate;

import java.util.ArrayList;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Takes out the cell links that lead out of the workbook (a web address, a file, an
 * e-mail address); the text of the cell stays, and so do links to a place in the workbook
 * itself.
 */
final class Hyperlinks {

	private Hyperlinks() {
	}

	static void dropOutward(Workbook workbook) {
		for (Sheet sheet : workbook) {
			for (Hyperlink link : new ArrayList<>(sheet.getHyperlinkList())) {
				if (link.getType() == HyperlinkType.DOCUMENT) {
					continue;
				}
				if (sheet instanceof XSSFSheet xssf && link instanceof XSSFHyperlink xlink) {
					// its address is a relationship of the sheet, which POI would keep
					String id = xlink.getCTHyperlink().getId();
					xssf.removeHyperlink(xlink);
					if (id != null && !id.isEmpty()) {
						xssf.getPackagePart().removeRelationship(id);
					}
				}
				else {
					Row row = (sheet.getRow(link.getFirstRow()) != null) ? sheet.getRow(link.getFirstRow())
							: sheet.createRow(link.getFirstRow());
					Cell cell = row.getCell(link.getFirstColumn(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
					cell.removeHyperlink();
				}
			}
		}
	}

}
