package vn.qms.stats.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

import org.springframework.stereotype.Component;

/**
 * Renders the national review ({@code review}) to
 * {@code review_<unit>_<period>.pdf|.xlsx}: the PDF from {@code review.jrxml} (A4, for
 * signing), the XLSX from {@code review-xlsx.jrxml} (one sheet of numeric cells).
 */
@Component
public class ReviewReportRenderer implements ReportRenderer<ReviewModel> {

	static final String REPORT = "review";

	private final ReportTemplates templates;

	private final ReportExporter exporter;

	public ReviewReportRenderer(ReportTemplates templates) {
		this.templates = templates;
		this.exporter = new ReportExporter(templates.context());
	}

	@Override
	public List<Path> render(ReviewModel model, Locale locale, Set<ReportFormat> formats, Path outDir)
			throws IOException {
		Locale reportLocale = ReportMessages.reportLocale(locale);
		ResourceBundle messages = ReportMessages.bundle(reportLocale);
		List<Map<String, ?>> rows = ReviewRows.of(model, NumberStyle.of(reportLocale));
		Map<String, Object> parameters = parameters(model, reportLocale, messages);
		String title = messages.getString("report.title") + " " + messages.getString("report.subtitle");
		Files.createDirectories(outDir);
		List<Path> written = new ArrayList<>();
		for (ReportFormat format : ReportFormat.values()) {
			if (formats.contains(format)) {
				Path target = outDir
					.resolve(ReportFiles.fileName(REPORT, model.unitCode(), model.periodCode(), format));
				JasperPrint print = fill(templateFor(format), parameters, rows);
				this.exporter.export(print, format, target, title, messages.getString("report.sheet"));
				written.add(target);
			}
		}
		return written;
	}

	private static String templateFor(ReportFormat format) {
		return (format == ReportFormat.XLSX) ? REPORT + "-xlsx" : REPORT;
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

	private static Map<String, Object> parameters(ReviewModel model, Locale locale, ResourceBundle messages) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put(JRParameter.REPORT_LOCALE, locale);
		parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, messages);
		parameters.put("UNIT_NAME", model.unitName());
		parameters.put("PERIOD_LABEL", model.periodLabel());
		parameters.put("DATE_LINE", DateLine.of(model.place(), model.issuedOn(), locale, messages));
		return parameters;
	}

}
