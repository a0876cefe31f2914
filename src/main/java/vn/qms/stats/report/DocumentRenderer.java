package vn.qms.stats.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * Fills {@code document.jrxml} (PDF, A4 for signing) or {@code document-xlsx.jrxml} (one
 * sheet of numeric cells) with a {@link ReportDocument} and writes
 * {@code <report>_<unit>_<period>.<ext>} atomically. The one place the reports touch
 * Jasper's fill API.
 */
final class DocumentRenderer {

	private static final String PDF_TEMPLATE = "document";

	private static final String XLSX_TEMPLATE = "document-xlsx";

	private final ReportTemplates templates;

	private final ReportExporter exporter;

	private final Signatures signatures;

	DocumentRenderer(ReportTemplates templates, Signatures signatures) {
		this.templates = templates;
		this.exporter = new ReportExporter(templates.context());
		this.signatures = signatures;
	}

	/**
	 * Writes the document in each format (in the order of {@link ReportFormat}).
	 * @param reportLocale the locale of {@link ReportMessages#reportLocale}
	 */
	List<Path> render(ReportDocument document, Locale reportLocale, Set<ReportFormat> formats, Path outDir)
			throws IOException {
		ResourceBundle messages = ReportMessages.bundle(reportLocale);
		Map<String, Object> parameters = parameters(document, reportLocale, messages);
		putSignature(parameters, this.signatures.of(document.unitCode()), reportLocale, messages);
		String title = parameters.get("TITLE") + " " + parameters.get("SUBTITLE");
		Files.createDirectories(outDir);
		List<Path> written = new ArrayList<>();
		for (ReportFormat format : ReportFormat.values()) {
			if (formats.contains(format)) {
				Path target = outDir.resolve(
						ReportFiles.fileName(document.report(), document.unitCode(), document.periodCode(), format));
				String template = (format == ReportFormat.XLSX) ? XLSX_TEMPLATE : PDF_TEMPLATE;
				JasperPrint print = fill(template, parameters, document.rows());
				this.exporter.export(print, format, target, title, messages.getString(document.report() + ".sheet"));
				written.add(target);
			}
		}
		return written;
	}

	private JasperPrint fill(String template, Map<String, Object> parameters, List<Map<String, ?>> rows) {
		try {
			return JasperFillManager.getInstance(this.templates.context())
				.fill(this.templates.get(template), new HashMap<>(parameters), new JRMapCollectionDataSource(rows));
		}
		catch (JRException ex) {
			throw new ReportException("Cannot fill report " + template + ": " + ex.getMessage(), ex);
		}
	}

	private static Map<String, Object> parameters(ReportDocument document, Locale locale, ResourceBundle messages) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put(JRParameter.REPORT_LOCALE, locale);
		parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, messages);
		parameters.put("ISSUER", document.issuer());
		parameters.put("TITLE", messages.getString(document.report() + ".title"));
		parameters.put("SUBTITLE", messages.getString(document.report() + ".subtitle"));
		parameters.put("PERIOD_LINE", new MessageFormat(messages.getString("report.period"), locale)
			.format(new Object[] { document.periodLabel() }));
		parameters.put("DATE_LINE", DateLine.of(document.place(), document.issuedOn(), locale, messages));
		parameters.put("MARKER", document.marker());
		return parameters;
	}

	private static void putSignature(Map<String, Object> parameters, Signature signature, Locale locale,
			ResourceBundle messages) {
		parameters.put("PREPARER", signature.preparer());
		parameters.put("SIGNER_TITLE", signature.title(locale, messages));
		parameters.put("SIGNER", signature.name());
		parameters.put("RECIPIENTS", signature.recipientLines(messages));
	}

}
