package vn.qms.stats.ingest.annotate;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Takes the VBA project out of an {@code .xlsm} workbook, so that its annotated copy is a
 * plain {@code .xlsx} that Excel opens without a macro warning.
 */
final class MacroParts {

	private MacroParts() {
	}

	static void remove(XSSFWorkbook workbook) throws InvalidFormatException {
		PackagePart part = workbook.getPackagePart();
		List<PackageRelationship> macros = new ArrayList<>();
		part.getRelationshipsByType(XSSFRelation.VBA_MACROS.getRelation()).forEach(macros::add);
		for (PackageRelationship macro : macros) {
			part.getPackage()
				.removePart(PackagingURIHelper.createPartName(
						PackagingURIHelper.resolvePartUri(part.getPartName().getURI(), macro.getTargetURI())));
			part.removeRelationship(macro.getId());
		}
	}

}
