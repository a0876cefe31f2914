package vn.qms.stats.ingest.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLDocumentPart.RelationPart;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;

/**
 * Takes out of an {@code .xlsx} the parts through which Excel reaches outside the file:
 * external links (other workbooks, DDE and OLE servers, with their last values), data
 * connections and the query tables they fill. A table that a query filled stays, as an
 * ordinary table with its last values.
 */
final class ExternalParts {

	static final String CONNECTIONS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/connections";

	static final String QUERY_TABLE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/queryTable";

	private ExternalParts() {
	}

	static void remove(XSSFWorkbook workbook) throws InvalidFormatException {
		if (workbook.getCTWorkbook().isSetExternalReferences()) {
			workbook.getCTWorkbook().unsetExternalReferences();
		}
		workbook.getExternalLinksTable().clear();
		removeRelated(workbook, Set.of(XSSFRelation.EXTERNAL_LINKS.getRelation(), CONNECTIONS));
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			XSSFSheet sheet = workbook.getSheetAt(i);
			removeRelated(sheet, Set.of(QUERY_TABLE));
			for (XSSFTable table : sheet.getTables()) {
				removeRelated(table, Set.of(QUERY_TABLE));
				if (table.getCTTable().isSetTableType()) {
					// a query table, or one filled from an XML map: an ordinary one now
					table.getCTTable().unsetTableType();
				}
				if (table.getCTTable().isSetConnectionId()) {
					table.getCTTable().unsetConnectionId();
				}
				if (table.getCTTable().getTableColumns() != null) {
					for (CTTableColumn column : table.getCTTable().getTableColumns().getTableColumnList()) {
						if (column.isSetQueryTableFieldId()) {
							column.unsetQueryTableFieldId();
						}
					}
				}
			}
		}
	}

	/**
	 * Removes the parts of these relationship types under a part, and the relationships;
	 * a part POI has read is marked saved, so that writing the workbook does not bring it
	 * back.
	 */
	static void removeRelated(POIXMLDocumentPart parent, Set<String> types) throws InvalidFormatException {
		for (RelationPart related : parent.getRelationParts()) {
			if (types.contains(related.getRelationship().getRelationshipType())) {
				related.getDocumentPart().setCommitted(true);
			}
		}
		PackagePart part = parent.getPackagePart();
		for (String type : types) {
			List<PackageRelationship> relationships = new ArrayList<>();
			part.getRelationshipsByType(type).forEach(relationships::add);
			for (PackageRelationship relationship : relationships) {
				if (relationship.getTargetMode() != TargetMode.EXTERNAL) {
					PackagePartName target = PackagingURIHelper.createPartName(PackagingURIHelper
						.resolvePartUri(part.getPartName().getURI(), relationship.getTargetURI()));
					if (part.getPackage().containPart(target)) {
						part.getPackage().removePart(target);
					}
				}
				part.removeRelationship(relationship.getId());
			}
		}
	}

}
