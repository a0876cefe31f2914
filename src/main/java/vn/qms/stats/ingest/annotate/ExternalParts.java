package vn.qms.stats.ingest.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLDocumentPart.RelationPart;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
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
	 * Removes the parts of these relationship types under a part, and the relationships
	 * ({@link #removeRelated(POIXMLDocumentPart, Predicate)}).
	 */
	static void removeRelated(POIXMLDocumentPart parent, Set<String> types) throws InvalidFormatException {
		removeRelated(parent, (relationship) -> types.contains(relationship.getRelationshipType()));
	}

	/**
	 * Removes the relationships of a part that pass, and the parts they lead to, with the
	 * parts those lead to in turn (the binary of an ActiveX control, the signature of a
	 * VBA project) unless another part still uses them; a part POI has read is marked
	 * saved, so that writing the workbook does not bring it back.
	 */
	static void removeRelated(POIXMLDocumentPart parent, Predicate<PackageRelationship> which)
			throws InvalidFormatException {
		for (RelationPart related : parent.getRelationParts()) {
			if (which.test(related.getRelationship())) {
				related.getDocumentPart().setCommitted(true);
			}
		}
		PackagePart part = parent.getPackagePart();
		List<PackageRelationship> relationships = new ArrayList<>();
		part.getRelationships().forEach((relationship) -> {
			if (which.test(relationship)) {
				relationships.add(relationship);
			}
		});
		for (PackageRelationship relationship : relationships) {
			part.removeRelationship(relationship.getId());
			PackagePartName target = targetOrNull(relationship);
			if (relationship.getTargetMode() != TargetMode.EXTERNAL && target != null) {
				removeUnused(part.getPackage(), target);
			}
		}
	}

	/** Removes a part that no relationship leads to, then those it led to. */
	private static void removeUnused(OPCPackage opc, PackagePartName name) throws InvalidFormatException {
		if (!opc.containPart(name) || isTarget(opc, name)) {
			return;
		}
		PackagePart part = opc.getPart(name);
		List<PackagePartName> children = new ArrayList<>();
		if (!part.isRelationshipPart()) {
			for (PackageRelationship relationship : part.getRelationships()) {
				PackagePartName target = targetOrNull(relationship);
				if (relationship.getTargetMode() != TargetMode.EXTERNAL && target != null) {
					children.add(target);
				}
			}
		}
		opc.removePart(name);
		for (PackagePartName child : children) {
			removeUnused(opc, child);
		}
	}

	private static boolean isTarget(OPCPackage opc, PackagePartName name) throws InvalidFormatException {
		for (PackagePart part : opc.getParts()) {
			if (part.isRelationshipPart()) {
				continue;
			}
			for (PackageRelationship relationship : part.getRelationships()) {
				if (relationship.getTargetMode() != TargetMode.EXTERNAL && name.equals(targetOrNull(relationship))) {
					return true;
				}
			}
		}
		return false;
	}

	/** The part a relationship leads to, or null for one that names no part. */
	private static PackagePartName targetOrNull(PackageRelationship relationship) {
		try {
			return PackagingURIHelper.createPartName(
					PackagingURIHelper.resolvePartUri(relationship.getSourceURI(), relationship.getTargetURI()));
		}
		catch (InvalidFormatException | IllegalArgumentException ex) {
			return null;
		}
	}

}
