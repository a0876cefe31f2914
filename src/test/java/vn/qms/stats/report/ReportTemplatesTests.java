package vn.qms.stats.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.fonts.FontInfo;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.engine.util.JRFontNotFoundException;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportTemplatesTests {

	private final ReportTemplates templates = new ReportTemplates();

	@Test
	void shouldCompileEachTemplateOnceAndShareIt() {
		// given
		JasperReport first = this.templates.get("document");
		// when
		JasperReport second = this.templates.get("document");
		// then
		assertThat(second).isSameAs(first);
	}

	@Test
	void shouldSayWhichTemplateIsMissing() {
		// given no such template
		// when, then
		assertThatThrownBy(() -> this.templates.get("nope")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("report-templates/nope.jrxml");
	}

	@Test
	void shouldShipLiberationSerifAsAFontExtension() {
		// given the font extension on the classpath
		// when
		FontInfo font = FontUtil.getInstance(this.templates.context()).getFontInfo(ReportTemplates.FONT, null);
		// then
		assertThat(font).isNotNull();
		assertThat(font.getFontFamily().getPdfEncoding()).isEqualTo("Identity-H");
		assertThat(font.getFontFamily().isPdfEmbedded()).isTrue();
		assertThat(font.getFontFamily().getNormalFace().getTtf()).endsWith("LiberationSerif-Regular.ttf");
	}

	@Test
	void shouldFailLoudlyOnAFontThatIsNotShipped() throws Exception {
		// given a template asking for a font nobody ships
		String jrxml = """
				<jasperReport name="t" language="java" pageWidth="595" pageHeight="842" columnWidth="555" \
				leftMargin="20" rightMargin="20" topMargin="20" bottomMargin="20">
					<title height="20">
						<element kind="staticText" x="0" y="0" width="200" height="20" fontName="No Such Font">
							<text><![CDATA[Ửng]]></text>
						</element>
					</title>
				</jasperReport>
				""";
		JasperReport report = JasperCompileManager.getInstance(this.templates.context())
			.compile(JRXmlLoader.load(this.templates.context(),
					new ByteArrayInputStream(jrxml.getBytes(StandardCharsets.UTF_8))));
		// when, then
		assertThatThrownBy(() -> JasperFillManager.getInstance(this.templates.context())
			.fill(report, new HashMap<>(), new JREmptyDataSource())).isInstanceOf(JRFontNotFoundException.class)
			.hasMessageContaining("No Such Font");
	}

}
