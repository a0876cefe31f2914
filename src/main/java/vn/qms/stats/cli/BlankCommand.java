package vn.qms.stats.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

import vn.qms.stats.forms.BlankForm;
import vn.qms.stats.forms.BlankFormException;
import vn.qms.stats.forms.BlankForms;
import vn.qms.stats.reference.Period;
import vn.qms.stats.system.QmsProperties;

@Command(name = "blank", mixinStandardHelpOptions = true,
		description = "Ghi biểu mẫu trống (.xlsx) cho đơn vị và kỳ báo cáo / "
				+ "Write a blank form (.xlsx) for a unit and a period")
class BlankCommand implements Callable<Integer> {

	@ParentCommand
	Main main;

	@Option(names = "--form", required = true, paramLabel = "BM01|BM02|BM03|BM04")
	String form;

	@Option(names = "--unit", required = true, paramLabel = "CODE",
			description = "Reporting unit code as of the period (VN, 91, BKHCN…)")
	String unit;

	@Option(names = "--period", required = true, paramLabel = "PERIOD",
			description = "2026-Q3, \"Quý III/2026\", 2012-H1, 2020…")
	String period;

	@Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: qms.output, ./out)")
	Path out;

	@Override
	public Integer call() throws Exception {
		Period parsed = PeriodOptions.of(this.period, null, null).periods().get(0);
		// the settings and reference units, without the database
		try (Application app = Application.settings(Settings.class, this.main)) {
			BlankForms forms = app.bean(BlankForms.class);
			BlankForm blank;
			try {
				blank = forms.blank(this.form, this.unit, parsed);
			}
			catch (BlankFormException ex) {
				throw new UsageException(ex.getMessage());
			}
			System.out.println(forms.write(blank, (this.out != null) ? this.out : app.properties().output()));
		}
		return 0;
	}

	/**
	 * The reference units (from {@code qms.reference}, as ingest reads them) and the
	 * forms.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(QmsProperties.class)
	@ComponentScan(basePackages = "vn.qms.stats.reference", useDefaultFilters = false,
			includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
					pattern = "vn\\.qms\\.stats\\.reference\\.(CsvReferenceUnits|ReferenceSource)"))
	@Import(BlankForms.class)
	static class Settings {

	}

}
