package vn.qms.stats.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import vn.qms.stats.ingest.FileInspector;
import vn.qms.stats.ingest.IngestJobConfiguration;
import vn.qms.stats.ingest.worker.ParseWorkers;
import vn.qms.stats.reference.ReferenceUnits;
import vn.qms.stats.reference.calendar.WorkingCalendar;
import vn.qms.stats.system.GuardProperties;
import vn.qms.stats.system.IngestProperties;
import vn.qms.stats.system.SettingsApplication;

@Command(name = "inspect", mixinStandardHelpOptions = true,
		description = "Xem công cụ đọc được gì trong tệp, không lưu / "
				+ "What the tool sees in a file, without storing anything")
class InspectCommand implements Callable<Integer> {

	/** The exit status of a file {@code ingest} would reject (docs/cli.md). */
	private static final int REJECTED = 3;

	@ParentCommand
	Main main;

	@Parameters(paramLabel = "FILE")
	Path file;

	@Option(names = "--text", description = "Every non-empty row as tab-separated text (TCVN3/VNI decoded)")
	boolean text;

	@Override
	public Integer call() {
		// the parsing worker starts while the settings are read (as for ingest)
		ParseWorkers.startAhead(Integer.parseInt(IngestProperties.DEFAULT_WORKER_HEAP_MB));
		// The settings of config/application.yml, the reference units and the working-day
		// calendar (qms.calendar), as ingest reads them, but no database
		try (Application settings = Application.settings(SettingsApplication.class, this.main);
				ParseWorkers workers = IngestJobConfiguration.workers(settings.bean(GuardProperties.class),
						settings.bean(IngestProperties.class))) {
			FileInspector inspector = FileInspector.of(settings.bean(IngestProperties.class), workers,
					settings.bean(ReferenceUnits.class), settings.bean(WorkingCalendar.class));
			FileInspector.Inspection inspection = inspector.inspect(this.file, this.text, settings.locale());
			System.out.print(inspection.text());
			// as ingest ends for a file it rejects
			return inspection.rejected() ? REJECTED : 0;
		}
		finally {
			ParseWorkers.dropAhead();
		}
	}

}
