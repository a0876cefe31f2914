package vn.qms.stats.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

import org.springframework.stereotype.Component;

/**
 * The compiled report templates of the classpath folder {@code report-templates/}: each
 * {@code .jrxml} is compiled once, at first use, then shared (thread-safe). Also owns the
 * JasperReports settings of QMS Stats, kept out of the JVM-wide defaults.
 */
@Component
public class ReportTemplates {

	/** The font family of every report, shipped as a font extension (SIL OFL). */
	static final String FONT = "Liberation Serif";

	private static final String FOLDER = "report-templates/";

	private final SimpleJasperReportsContext context = new SimpleJasperReportsContext();

	private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

	public ReportTemplates() {
		// A font that is not there must fail the report, never fall back to a system font
		this.context.setProperty("net.sf.jasperreports.awt.ignore.missing.font", "false");
		this.context.setProperty("net.sf.jasperreports.default.font.name", FONT);
		this.context.setProperty("net.sf.jasperreports.default.pdf.encoding", "Identity-H");
		this.context.setProperty("net.sf.jasperreports.default.pdf.embedded", "true");
	}

	/**
	 * The compiled template {@code report-templates/<name>.jrxml}.
	 * @throws IllegalStateException if it is missing or does not compile
	 */
	JasperReport get(String name) {
		return this.compiled.computeIfAbsent(name, this::compile);
	}

	JasperReportsContext context() {
		return this.context;
	}

	private JasperReport compile(String name) {
		String resource = FOLDER + name + ".jrxml";
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Report template not found on the classpath: " + resource);
			}
			JasperDesign design = JRXmlLoader.load(this.context, in);
			return JasperCompileManager.getInstance(this.context).compile(design);
		}
		catch (JRException ex) {
			throw new IllegalStateException("Report template " + resource + " does not compile: " + ex.getMessage(),
					ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
