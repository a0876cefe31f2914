package vn.qms.stats.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import sun.misc.Signal;

import vn.qms.stats.schedule.Server;

@Command(name = "serve", mixinStandardHelpOptions = true,
		description = "Chạy theo lịch: theo dõi thư mục đầu vào, lập báo cáo định kỳ / "
				+ "Run the schedule: watch the input folder, render scheduled reports; stop with Ctrl-C or SIGTERM")
class ServeCommand implements Callable<Integer> {

	@ParentCommand
	Main main;

	@Option(names = "--input", paramLabel = "DIR", description = "Input folder (default: qms.input, ./input)")
	Path input;

	@Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: qms.output, ./out)")
	Path out;

	@Option(names = "--port", paramLabel = "PORT",
			description = "Port of the web console (default: qms.http.port, 8080; 0 picks a free one)")
	Integer port;

	@Option(names = "--no-console", description = "Run the schedule without the web console")
	boolean noConsole;

	@Override
	public Integer call() throws Exception {
		List<String> properties = new ArrayList<>();
		if (!this.noConsole) {
			properties.add("spring.main.web-application-type=servlet");
		}
		if (this.port != null) {
			properties.add("qms.http.port=" + this.port);
		}
		if (this.input != null) {
			properties.add("qms.input=" + this.input.toAbsolutePath());
		}
		if (this.out != null) {
			properties.add("qms.output=" + this.out.toAbsolutePath());
		}
		try (Application app = Application.start(this.main, properties.toArray(String[]::new))) {
			Server server = app.bean(Server.class);
			if (!this.noConsole) {
				System.out.println(ConsoleAddress.describe(app.environment()));
			}
			// SIGTERM and Ctrl-C stop the server cleanly, and the process exits 0
			for (String name : new String[] { "TERM", "INT" }) {
				try {
					Signal.handle(new Signal(name), (signal) -> server.stop());
				}
				catch (IllegalArgumentException ex) {
					// no such signal here: the JVM's shutdown still closes the context
				}
			}
			server.run();
		}
		return 0;
	}

}
