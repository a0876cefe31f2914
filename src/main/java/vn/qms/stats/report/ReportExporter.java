package vn.qms.stats.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;

import vn.qms.stats.system.io.AtomicFiles;

/**
 * Exports a filled report to a file, atomically: into a temporary file in the same
 * folder, then moved over the target, so a reader never sees a half-written report.
 */
final class ReportExporter {

	private final JasperReportsContext context;

	ReportExporter(JasperReportsContext context) {
		this.context = context;
	}

	/**
	 * @param title the PDF document title
	 * @param sheetName the XLSX sheet name
	 */
	void export(JasperPrint print, ReportFormat format, Path target, String title, String sheetName)
			throws IOException {
		AtomicFiles.write(target, (out) -> {
			try {
				exportTo(print, format, out, title, sheetName);
			}
			catch (JRException ex) {
				throw new ReportException("Cannot export " + target.getFileName() + ": " + ex.getMessage(), ex);
			}
		});
	}

	private void exportTo(JasperPrint print, ReportFormat format, OutputStream out, String title, String sheetName)
			throws JRException {
		switch (format) {
			case PDF -> exportPdf(print, out, title);
			case XLSX -> exportXlsx(print, out, sheetName);
		}
	}

	private void exportPdf(JasperPrint print, OutputStream out, String title) throws JRException {
		JRPdfExporter exporter = new JRPdfExporter(this.context);
		SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
		configuration.setMetadataTitle(title);
		configuration.setMetadataCreator("QMS Stats");
		configuration.setDisplayMetadataTitle(true);
		exporter.setConfiguration(configuration);
		exporter.setExporterInput(new SimpleExporterInput(print));
		exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
		exporter.exportReport();
	}

	private void exportXlsx(JasperPrint print, OutputStream out, String sheetName) throws JRException {
		JRXlsxExporter exporter = new JRXlsxExporter(this.context);
		SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
		// One sheet of real cells: numbers stay numbers, no empty spacer rows or columns
		configuration.setOnePagePerSheet(false);
		configuration.setDetectCellType(true);
		configuration.setRemoveEmptySpaceBetweenRows(true);
		configuration.setRemoveEmptySpaceBetweenColumns(true);
		configuration.setWhitePageBackground(false);
		configuration.setSheetNames(new String[] { sheetName });
		exporter.setConfiguration(configuration);
		exporter.setExporterInput(new SimpleExporterInput(print));
		exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
		exporter.exportReport();
	}

}
