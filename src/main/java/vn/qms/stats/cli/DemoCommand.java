package vn.qms.stats.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import vn.qms.stats.ingest.Ingestor;
import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.reference.CutOffRule;
import vn.qms.stats.reference.Period;
import vn.qms.stats.report.ReportFormat;
import vn.qms.stats.report.IngestReports;
import vn.qms.stats.account.Accounts;
import vn.qms.stats.account.Role;
import vn.qms.stats.audit.AuditLog;
import vn.qms.stats.report.QuarterlyReports;
import vn.qms.stats.report.ReviewReports;
import vn.qms.stats.report.StatusReports;

@Command(name = "demo", mixinStandardHelpOptions = true,
		description = "Nhập input-samples/ và lập các báo cáo mẫu vào out/ / "
				+ "Ingest input-samples/ and render the sample reports into out/")
class DemoCommand implements Callable<Integer> {

	static final String DEMO_ACCOUNT = "demo";

	@ParentCommand
	Main main;

	@Option(names = "--samples", defaultValue = "input-samples", paramLabel = "DIR")
	Path samples;

	@Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: qms.output, ./out)")
	Path out;

	@Override
	public Integer call() throws Exception {
		if (!Files.isDirectory(this.samples)) {
			throw new UsageException("No sample folder " + this.samples.toAbsolutePath()
					+ "; run demo from the repository root or give --samples DIR");
		}
		try (Application app = Application.start(this.main)) {
			Path outDir = (this.out != null) ? this.out : app.properties().output();
			// Copies go through the input-folder lifecycle (processed/, rejected/); the
			// samples stay
			Path inbox = copySamples(outDir.resolve("demo-input"));
			int status = IngestCommand.ingest(app.bean(Ingestor.class), List.of(inbox), false, app.locale());
			CutOffRule rule = CutOffRule.of(app.properties().cutOffRule());
			Set<ReportFormat> formats = EnumSet.allOf(ReportFormat.class);
			Locale locale = app.locale();
			FigureScope nation = FigureScope.of("VN", Period.ofYear(2020), rule);
			FigureScope province = FigureScope.of("91", Period.ofQuarter(2026, 3), rule);
			List<Path> files = new ArrayList<>();
			files.addAll(app.bean(ReviewReports.class).render(List.of(nation), locale, formats, outDir));
			files.addAll(app.bean(QuarterlyReports.class).render(province, locale, formats, outDir));
			files.addAll(app.bean(StatusReports.class).render(nation, locale, formats, outDir));
			files.addAll(app.bean(IngestReports.class).render(province, locale, formats, outDir));
			files.forEach((file) -> System.out.println(file));
			demoAccount(app);
			return status;
		}
	}

	/**
	 * The account to look around the console with: an administrator named
	 * {@value #DEMO_ACCOUNT}, given a new random password at every demo (there is no
	 * default one).
	 */
	private static void demoAccount(Application app) {
		Accounts accounts = app.bean(Accounts.class);
		char[] password = UsersCommand.password(true);
		if (accounts.find(DEMO_ACCOUNT).isPresent()) {
			accounts.setPassword(DEMO_ACCOUNT, password);
			accounts.setEnabled(DEMO_ACCOUNT, true);
		}
		else {
			accounts.add(DEMO_ACCOUNT, Role.ADMIN, "VN", password);
		}
		app.bean(AuditLog.class).record(AuditLog.commandLineActor(), "USER_PASSWORD", null, null, DEMO_ACCOUNT, null);
		System.out.println();
		System.out.println("Trang quản trị / Web console: java -jar target/qms-stats.jar serve, then open "
				+ ConsoleAddress.url(app.environment()));
		System.out.println("Tài khoản thử / Demo account: " + DEMO_ACCOUNT + " / " + new String(password)
				+ "  (ADMIN; `users add` makes the real ones)");
	}

	private Path copySamples(Path inbox) throws IOException {
		Files.createDirectories(inbox);
		try (Stream<Path> files = Files.list(this.samples)) {
			for (Path sample : files.filter(Files::isRegularFile).toList()) {
				Files.copy(sample, inbox.resolve(sample.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		return inbox;
	}

}
